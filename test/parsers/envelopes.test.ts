import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLine } from '../../src/parsers/line.js';
import { payloadFormat } from '../../src/parsers/registry.js';
import { parse, utc } from './lines.js';

// Envelopes nest as users capture them: each is detected and peeled in turn, then the payload
// grammars run on what is left.

test('syslog around docker compose around Caddy JSON (a systemd unit running `docker compose logs -f`)', () => {
  const line = 'Apr 03 23:40:56 vps sh[22948]: caddy  | {"level":"error","ts":1712187656.1,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused","status":502}';
  const parsed = parse(line, 'syslog');
  assert.equal(parsed.envelopes, ['syslog', 'docker-compose']);
  assert.is(parsed.envelope, 'syslog');
  assert.is(parsed.format, 'caddy');
  assert.is(parsed.level, 'error');
  assert.is(parsed.service, 'caddy', 'the innermost envelope names the unit');
  assert.is(parsed.node, 'vps');
});

test("Docker Desktop's local time in front of a postgres line: the postgres time (with its zone) is the event's", () => {
  const parsed = parse('2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13', 'docker-desktop');
  assert.is(parsed.envelope, 'docker-desktop');
  assert.is(parsed.format, 'postgres');
  assert.is(parsed.level, 'error');
  assert.is(parsed.ts, utc(2024, 2, 13, 21, 45, 24, 588));
});

test('a postgres %t line is not mistaken for a Docker Desktop prefix', () => {
  const parsed = parse('2024-02-13 21:45:24 UTC [205] LOG:  database system is ready to accept connections');
  assert.is(parsed.envelope, undefined);
  assert.is(parsed.format, 'postgres');
});

test('kubectl logs --prefix around logrus text', () => {
  const parsed = parse('[pod/traefik-55888dfd67-r8b2c/traefik] time="2020-12-11T04:54:32Z" level=error msg="backend down"');
  assert.is(parsed.envelope, 'kubectl');
  assert.is(parsed.format, 'logfmt');
  assert.is(parsed.level, 'error');
  assert.is(parsed.service, 'traefik');
  assert.is(parsed.task, 'traefik-55888dfd67-r8b2c');
});

test('a CRI log line around a gitea line, and a compose line with `docker logs -t` time inside', () => {
  const cri = parse('2024-01-09T10:12:44.123456789Z stderr F 2024/01/09 10:12:44 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config');
  assert.is(cri.envelope, 'cri');
  assert.is(cri.format, 'gitea');
  assert.is(cri.level, 'fatal');
  assert.is(cri.fields?.['cri.stream'], 'stderr');
  const compose = parse('db_1  | 2022-06-29T20:09:39.436123Z 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist', 'docker-compose');
  assert.equal(compose.envelopes, ['docker-compose', 'docker-logs']);
  assert.is(compose.format, 'postgres');
});

test('journalctl -o short-iso and -o json around gitea', () => {
  const iso = parse('2024-05-01T10:00:00+0000 forge gitea[612]: 2024/05/01 10:00:00 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config');
  assert.is(iso.envelope, 'journald');
  assert.is(iso.format, 'gitea');
  assert.is(iso.ts, utc(2024, 5, 1, 10, 0, 0));
  const json = parse('{"__REALTIME_TIMESTAMP":"1714557601000000","_SYSTEMD_UNIT":"gitea.service","PRIORITY":"2","MESSAGE":"gitea.service: Main process exited, code=exited, status=1/FAILURE"}');
  assert.is(json.envelope, 'journald-json');
  assert.is(json.level, 'fatal', 'PRIORITY 2 (crit) when the message has no level of its own');
  assert.is(json.ts, 1714557601000);
  assert.is(json.service, 'gitea');
});

test('docker service logs embedded in a run log are peeled; a `name | text` line of a run log is not compose', () => {
  const embedded = parse('2026-06-18T00:40:10.2Z warm-gitea_app.1.7ou9hlkwvwtp@cc-ci    | 2026/06/18 00:40:10 cmd/web.go:106:runWeb() [I] Starting Gitea');
  assert.is(embedded.envelope, 'docker-service');
  assert.is(embedded.format, 'gitea');
  const table = parse('recipe      | result');
  assert.is(table.envelope, undefined);
  assert.is(table.format, 'text');
});

test('nesting stops at four envelopes: the rest is the message', () => {
  const parsed = parseLine('a[1]: b[2]: c[3]: d[4]: e[5]: hello', {}, 'UTC');
  assert.equal(parsed.envelopes, ['journald-unit', 'journald-unit', 'journald-unit', 'journald-unit']);
  assert.is(parsed.message, 'e[5]: hello');
});

test('a forced payload format is the only one tried: a gitea line read as mumble is plain text', () => {
  const line = '2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config';
  assert.is(parseLine(line, {}, 'UTC').format, 'gitea');
  const forced = parseLine(line, { payload: payloadFormat('mumble') }, 'UTC');
  assert.is(forced.format, 'text');
  assert.is(forced.message, line);
});

test('detection names the envelope of a whole file: Docker Desktop, kubectl --prefix, CRI, journald', async () => {
  const { detectFormat } = await import('../../src/inputs/detect.js');
  const files: Array<[string, string]> = [
    ['docker-desktop', '2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13\n2024-02-13 16:45:25 2024-02-13 21:45:25.001 UTC [205] LOG:  statement: select 1\n'],
    ['kubectl', '[pod/gitea-0/gitea] 2024/06/02 18:04:21 cmd/web.go:106:runWeb() [I] Starting Gitea\n[pod/gitea-0/gitea] 2024/06/02 18:04:22 cmd/web.go:107:runWeb() [I] ready\n'],
    ['cri', '2024-01-09T10:12:44.123456789Z stderr F panic: boom\n2024-01-09T10:12:44.123456789Z stderr F goroutine 1 [running]:\n'],
    ['journald', '2024-05-01T10:00:00+0000 forge gitea[612]: hello\n2024-05-01T10:00:01+0000 forge gitea[612]: world\n'],
  ];
  for (const [envelope, text] of files) assert.is(detectFormat(Buffer.from(text), 'x.log').envelope, envelope, envelope);
});

test('a Django head with a month name that is no month gets no time, not last December', () => {
  assert.is(parse('[23/Apr/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /x').ts, utc(2025, 4, 23, 9, 40, 13));
  const odd = parse('[23/Xyz/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /x');
  assert.is(odd.format, 'python');
  assert.is(odd.ts, undefined);
});

test.run();
