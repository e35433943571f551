import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { caddyConsoleLog } from '../../src/parsers/caddy/console.js';
import { caddyDerivedFields } from '../../src/parsers/caddy/fields.js';
import { jsonLog } from '../../src/parsers/json/grammar.js';
import { runCli, tempDir } from '../helpers.js';
import { parse, plain, utc } from './lines.js';

// Caddy v2 lines from ../shared/realworld/LOG-FORMATS.md §2 and §9 (sources named per test).
const ctx = { tz: 'UTC' };
const test = suite('caddy');

test('JSON: every key is kept as a field, level/ts/msg fill the event (caddyserver/caddy#4014)', () => {
  const line = '{"level":"error","ts":1612956260.1230588,"logger":"tls.obtain","msg":"will retry","error":"[www.google.com] Obtain: [www.google.com] solving challenges: ... context deadline exceeded (order=https://acme.zerossl.com/v2/DV90/order/t5_xnYri2oz0ZOmnX1c8PA) (ca=https://acme.zerossl.com/v2/DV90)","attempt":1,"retrying_in":60,"elapsed":89.967249251,"max_duration":2592000}';
  assert.equal(plain(jsonLog.parse(line, ctx)), {
    format: 'caddy', ts: 1612956260123, level: 'error', message: 'will retry',
    fields: {
      level: 'error', ts: 1612956260.1230588, logger: 'tls.obtain', msg: 'will retry',
      error: '[www.google.com] Obtain: [www.google.com] solving challenges: ... context deadline exceeded (order=https://acme.zerossl.com/v2/DV90/order/t5_xnYri2oz0ZOmnX1c8PA) (ca=https://acme.zerossl.com/v2/DV90)',
      attempt: 1, retrying_in: 60, elapsed: 89.967249251, max_duration: 2592000,
    },
  });
  assert.equal(plain(jsonLog.parse('{"level":"info","ts":1612956285.5585608,"logger":"tls.on_demand","msg":"obtaining new certificate","server_name":"www.microsoft.com"}', ctx)), {
    format: 'caddy', ts: 1612956285559, level: 'info', message: 'obtaining new certificate',
    fields: { level: 'info', ts: 1612956285.5585608, logger: 'tls.on_demand', msg: 'obtaining new certificate', server_name: 'www.microsoft.com' },
  });
});

test('JSON: TLS handshake noise at debug (greenpau/caddy-security#49, caddyserver/caddy#5629)', () => {
  for (const [line, msg, ts] of [
    ['{"level":"debug","ts":1644501041.6169038,"logger":"http.stdlib","msg":"http: TLS handshake error from 192.168.1.103:52164: no certificate available for \'172.18.0.2\'"}', "http: TLS handshake error from 192.168.1.103:52164: no certificate available for '172.18.0.2'", 1644501041617],
    ['{"level":"debug","ts":1689233379.6217337,"logger":"http.stdlib","msg":"http: TLS handshake error from 2.3.209.219:60067: remote error: tls: unknown certificate"}', 'http: TLS handshake error from 2.3.209.219:60067: remote error: tls: unknown certificate', 1689233379622],
  ] as const) {
    assert.equal(plain(jsonLog.parse(line, ctx)), { format: 'caddy', ts, level: 'debug', message: msg, fields: { level: 'debug', ts: (JSON.parse(line) as { ts: number }).ts, logger: 'http.stdlib', msg } });
  }
});

test('JSON: the on-demand permission error: dial* and ask* extracted from `error` (bluesky warm promote)', () => {
  const line = '{"level":"error","ts":1750206667.129,"logger":"tls","msg":"failed to get permission for on-demand certificate","domain":"warm-bluesky-pds.ci.commoninternet.net","error":"checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}';
  const fields = jsonLog.parse(line, ctx)!.fields;
  assert.equal(fields, {
    level: 'error', ts: 1750206667.129, logger: 'tls', msg: 'failed to get permission for on-demand certificate', domain: 'warm-bluesky-pds.ci.commoninternet.net',
    error: 'checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get "http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net": dial tcp 10.10.0.4:3000: connect: connection refused',
    dialTarget: '10.10.0.4:3000', dialHost: '10.10.0.4', dialPort: 3000, dialError: 'connection refused',
    askUrl: 'http://app:3000/tls-check', askHost: 'app:3000',
  });
});

test('JSON: the ask target rotates over other stacks\' app addresses (journal: .2 .4 .5 … .12)', () => {
  const hosts = ['10.10.0.2', '10.10.0.4', '10.10.0.5', '10.10.0.6', '10.10.0.8', '10.10.0.9', '10.10.0.10', '10.10.0.12'];
  for (const host of hosts) {
    const error = `checking http://app:3000/tls-check to determine if certificate for hostname 'warm-bluesky-pds.ci.commoninternet.net' should be allowed: Get "http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net": dial tcp ${host}:3000: connect: connection refused`;
    assert.equal(caddyDerivedFields({ error }), { dialTarget: `${host}:3000`, dialHost: host, dialPort: 3000, dialError: 'connection refused', askUrl: 'http://app:3000/tls-check', askHost: 'app:3000' });
  }
});

test('derived fields: IPv6 targets, every dial failure, old and new ask wordings, DNS failures', () => {
  // The source-derived shape of LOG-FORMATS §2.2 (stopped ask service on localhost).
  assert.equal(caddyDerivedFields({ error: "checking http://localhost:8989/api/special/caddy/allowed-domain to determine if certificate for hostname 'x.example' should be allowed: Get \"http://localhost:8989/api/special/caddy/allowed-domain?domain=x.example\": dial tcp [::1]:8989: connect: connection refused" }), {
    dialTarget: '[::1]:8989', dialHost: '::1', dialPort: 8989, dialError: 'connection refused', askUrl: 'http://localhost:8989/api/special/caddy/allowed-domain', askHost: 'localhost:8989',
  });
  // Older releases: "error checking <ask> …"; an https ask without a port gets 443.
  assert.equal(caddyDerivedFields({ error: "error checking https://ask.example/check to determine if certificate for hostname 'x.example' should be allowed: Get \"https://ask.example/check?domain=x.example\": dial tcp: lookup ask.example on 127.0.0.11:53: no such host" }), {
    lookupHost: 'ask.example', dialError: 'no such host', askUrl: 'https://ask.example/check', askHost: 'ask.example:443',
  });
  for (const failure of ['connection refused', 'i/o timeout', 'no route to host', 'connection reset by peer', 'network is unreachable']) {
    assert.is(caddyDerivedFields({ error: `dial tcp 10.0.0.1:80: connect: ${failure}` }).dialError, failure);
  }
  // Traefik's i/o timeout has no "connect: " (traefik#4426); Caddy v1 has none either (caddy#546).
  assert.equal(caddyDerivedFields({}, "'504 Gateway Timeout' caused by: dial tcp 10.255.2.192:8080: i/o timeout"), { dialTarget: '10.255.2.192:8080', dialHost: '10.255.2.192', dialPort: 8080, dialError: 'i/o timeout' });
  assert.equal(caddyDerivedFields({}, '29/Jan/2016:15:17:26 +0100 [ERROR 502 /index.php] dial tcp 127.0.0.1:9000: connection refused'), { dialTarget: '127.0.0.1:9000', dialHost: '127.0.0.1', dialPort: 9000, dialError: 'connection refused' });
  // A denial is not an unreachable ask endpoint: nothing to extract.
  assert.equal(caddyDerivedFields({ error: 'x.example: certificate not allowed by permission module http://localhost:8989/check - non-2xx status code 403' }), {});
  // `error` wins over the message; a non-string error falls back to the message.
  assert.equal(caddyDerivedFields({ error: 'dial tcp 10.0.0.1:1: i/o timeout' }, 'dial tcp 10.0.0.2:2: connection refused').dialTarget, '10.0.0.1:1');
  assert.equal(caddyDerivedFields({ error: 5 }, 'dial tcp 10.0.0.2:2: connection refused').dialTarget, '10.0.0.2:2');
});

test('JSON: nested request objects flatten to dotted keys; header arrays stay JSON (TracecatHQ/tracecat#1331)', () => {
  const parsed = jsonLog.parse('{"level":"error","ts":1754633393.458146,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused","request":{"remote_ip":"10.0.0.2","headers":{"Accept":["*/*"],"User-Agent":["curl/8.5.0"]}},"status":502}', ctx)!;
  assert.is(parsed.fields['request.remote_ip'], '10.0.0.2');
  assert.is(parsed.fields['request.headers.Accept'], '["*/*"]');
  assert.is(parsed.fields['request.headers.User-Agent'], '["curl/8.5.0"]');
  assert.is(parsed.fields.status, 502);
  assert.is(parsed.fields.dialTarget, '172.21.0.6:8000', 'from msg, as there is no error key');
});

test('console encoder: tab-separated columns, logger, trailing JSON context (LOG-FORMATS §2.1)', () => {
  assert.equal(plain(caddyConsoleLog.parse('2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile', ctx)), {
    format: 'caddy', ts: utc(2025, 3, 17, 16, 58, 32, 357), level: 'info', message: 'using adjacent Caddyfile', fields: {},
  });
  assert.equal(plain(caddyConsoleLog.parse('2025/03/17 16:58:32.357 INFO    tls.cache.maintenance   start ...', ctx)), {
    format: 'caddy', ts: utc(2025, 3, 17, 16, 58, 32, 357), level: 'info', message: 'start ...', fields: { logger: 'tls.cache.maintenance' },
  });
  const tabbed = '2026/06/18 00:31:07.412\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "warm-bluesky-pds.ci.commoninternet.net", "error": "checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}';
  assert.equal(plain(caddyConsoleLog.parse(tabbed, ctx)), {
    format: 'caddy', ts: utc(2026, 6, 18, 0, 31, 7, 412), level: 'error', message: 'failed to get permission for on-demand certificate',
    fields: {
      logger: 'tls', domain: 'warm-bluesky-pds.ci.commoninternet.net',
      error: 'checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get "http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net": dial tcp 10.10.0.4:3000: connect: connection refused',
      dialTarget: '10.10.0.4:3000', dialHost: '10.10.0.4', dialPort: 3000, dialError: 'connection refused', askUrl: 'http://app:3000/tls-check', askHost: 'app:3000',
    },
  });
  // The same line as copied into an issue, tabs turned into runs of spaces.
  assert.equal(plain(caddyConsoleLog.parse(tabbed.replace(/\t/g, '    '), ctx)), plain(caddyConsoleLog.parse(tabbed, ctx)));
});

test('console encoder: a context that is not valid JSON is kept whole; every level', () => {
  const parsed = caddyConsoleLog.parse('2025/03/17 16:58:32.357\tWARN\ttls\tstorage cleaning\t{"truncated": }', ctx)!;
  assert.equal(parsed.fields, { logger: 'tls', context: '{"truncated": }' });
  const levels: Record<string, string> = { DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error', DPANIC: 'fatal', PANIC: 'fatal', FATAL: 'fatal' };
  for (const [word, level] of Object.entries(levels)) assert.is(caddyConsoleLog.parse(`2025/03/17 16:58:32.357 ${word}\tx`, ctx)?.level, level, word);
});

test('console encoder: times without a zone are read in --tz', () => {
  assert.is(parse('2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile', undefined, '-05:00').ts, utc(2025, 3, 17, 21, 58, 32, 357));
});

test('a non-JSON line inside a JSON log is kept as text (Caddy 2.0 CertMagic lines, ionorg/ion-app-web#27)', () => {
  const dir = tempDir();
  const file = path.join(dir, 'caddy.log');
  writeFileSync(file, [
    '{"level":"info","ts":1591196332.1,"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"0xc00053e370"}',
    '2020/06/03 14:58:52 [INFO][cache:0xc00053e370] Started certificate maintenance routine',
    '{"level":"error","ts":1591196333.2,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"',
    '{"level":"error","ts":1591196334.3,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"}',
    '',
  ].join('\n'));
  const run = runCli(['parse', file]);
  assert.is(run.status, 0, run.stderr);
  const events = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(events.map((e) => [e.line, e.format, e.message]), [
    [1, 'caddy', 'started background certificate maintenance'],
    [2, 'text', '2020/06/03 14:58:52 [INFO][cache:0xc00053e370] Started certificate maintenance routine'],
    [3, 'text', '{"level":"error","ts":1591196333.2,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"'],
    [4, 'caddy', 'dial tcp 172.21.0.6:8000: connect: connection refused'],
  ]);
  assert.equal(events[1].fields, {});
  assert.is((events[3].fields as Record<string, unknown>).dialTarget, '172.21.0.6:8000');
  const scan = JSON.parse(runCli(['--format', 'json', file]).stdout) as { inputs: Array<{ format: string; errors: unknown[] }> };
  assert.is(scan.inputs[0].format, 'caddy-json');
  assert.equal(scan.inputs[0].errors, []);
});

test.run();
