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

test('detection names the envelope of a whole file: Docker Desktop, kubectl --prefix, CRI, journald, CI runners', async () => {
  const { detectFormat } = await import('../../src/inputs/detect.js');
  const files: Array<[string, string]> = [
    ['docker-desktop', '2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13\n2024-02-13 16:45:25 2024-02-13 21:45:25.001 UTC [205] LOG:  statement: select 1\n'],
    ['kubectl', '[pod/gitea-0/gitea] 2024/06/02 18:04:21 cmd/web.go:106:runWeb() [I] Starting Gitea\n[pod/gitea-0/gitea] 2024/06/02 18:04:22 cmd/web.go:107:runWeb() [I] ready\n'],
    ['cri', '2024-01-09T10:12:44.123456789Z stderr F panic: boom\n2024-01-09T10:12:44.123456789Z stderr F goroutine 1 [running]:\n'],
    ['journald', '2024-05-01T10:00:00+0000 forge gitea[612]: hello\n2024-05-01T10:00:01+0000 forge gitea[612]: world\n'],
    ['gitlab-runner', '2026-05-08T09:28:43.725057Z 00O Running with gitlab-runner 18.11.1 (5265d41d)\n2026-05-08T09:28:43.725057Z 00O+Preparing the "shell" executor\n'],
    ['jenkins-timestamper', '[2023-12-03T19:30:12.803Z] Started by user Jason Zou\n[2023-12-03T19:30:12.861Z] [Pipeline] Start of Pipeline\n'],
    ['obs-build', '[    0s] Memory limit set to 43589324KB\n[    0s] Using BUILD_ROOT=/var/tmp/jng/standard-x86_64\n'],
    ['github-actions', '2024-05-01T12:00:00.1234567Z ##[group]Run npm test\n2024-05-01T12:00:01.7654321Z ##[error]Process completed with exit code 1.\n'],
    ['teamcity', '[14:36:30] :\t [Step 1/5] Starting: /opt/buildagent/temp/agentTmp/custom_script5396122011914164459\n[14:36:30] :\t [Step 1/5] in directory: /opt/buildagent/work/dc32f16b9fcfbc8c\n'],
    ['buildkit', '#11 89.59 npm ERR! code ELIFECYCLE\n#11 89.59 npm ERR! errno 1\n#11 89.60 npm ERR! Exit status 1\n'],
  ];
  for (const [envelope, text] of files) assert.is(detectFormat(Buffer.from(text), 'x.log').envelope, envelope, envelope);
});

test("a CI runner's prefix is peeled on any line: what the job printed is read at its own start", () => {
  // A raw GitLab job trace (runner 18.11.1, FF_TIMESTAMPS): the time, the stream number, O/E, `+` for a continued line.
  const gitlab = parse('2026-05-08T09:28:56.523082Z 01E ERROR: To modify pip, please run the following command:');
  assert.equal([gitlab.envelope, gitlab.level, gitlab.ts], ['gitlab-runner', 'error', utc(2026, 5, 8, 9, 28, 56, 523)]);
  assert.is(gitlab.message, 'ERROR: To modify pip, please run the following command:');
  assert.equal(gitlab.fields, { 'gitlab-runner.stream': 'stderr' });
  const result = parse('2026-05-28T22:02:21.589663Z 01O FAILED test_calc.py::test_add - assert 4 == 5');
  assert.equal([result.envelope, result.format, result.kind, result.level], ['gitlab-runner', 'pytest', 'test-result', 'error']);
  // Jenkins' Timestamper, both forms; OBS's seconds since the build began (openSUSE/obs-build#334).
  const jenkins = parse('[2023-12-03T19:30:38.596Z] Traceback (most recent call last):');
  assert.equal([jenkins.envelope, jenkins.ts], ['jenkins-timestamper', utc(2023, 12, 3, 19, 30, 38, 596)]);
  assert.is(jenkins.message, 'Traceback (most recent call last):');
  const clock = parse('18:17:25  [ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0:test');
  assert.equal([clock.envelope, clock.ts, clock.level], ['jenkins-timestamper', undefined, 'error']);
  const obs = parse('[   28s] FAILED f.py::test_answer - assert 4 == 5');
  assert.equal([obs.envelope, obs.format, obs.kind, obs.fields?.['obs-build.elapsed']], ['obs-build', 'pytest', 'test-result', 28]);
  // GitHub Actions' raw log: seven digits of fraction (ole/Ampere#24).
  const github = parse('2019-10-29T00:29:17.9614291Z /__w/Ampere/Ampere/Tests/AmpereTests/UnitAreaTests.swift:18: error: x');
  assert.equal([github.envelope, github.ts, String(github.message).slice(0, 8)], ['github-actions', utc(2019, 10, 29, 0, 29, 17, 961), '/__w/Amp']);
  // TeamCity's build log: the block is a field, the status letter a level
  // (rowhe/devops-diplom-yandexcloud, nd/lein-teamcity#1).
  const warned = parse('[14:36:30]W:\t [Step 1/5] From https://github.com/rowhe/devops-diplom-yandexcloud');
  assert.equal([warned.envelope, warned.level, warned.fields, warned.message], ['teamcity', 'warn', { 'teamcity.block': 'Step 1/5' }, 'From https://github.com/rowhe/devops-diplom-yandexcloud']);
  const nested = parse('[10:56:22]:          [test] Exception in thread "main" java.lang.RuntimeException: EOF while reading');
  assert.equal([nested.envelope, String(nested.message).slice(0, 19)], ['teamcity', 'Exception in thread']);
  assert.is(parse('[12:00:01] an application\'s own clock, no status colon').envelope, undefined);
  // BuildKit's plain progress: what a build step's command printed (microsoft/MHA#372), and npm's failure in it.
  const step = parse('#7 38.23 webpack 5.72.1 compiled with 17 errors in 9930 ms');
  assert.equal([step.envelope, step.message, step.fields], ['buildkit', 'webpack 5.72.1 compiled with 17 errors in 9930 ms', { 'buildkit.step': 7, 'buildkit.elapsed': 38.23 }]);
  assert.equal(parse('#8 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1').envelope, undefined);
  // Not those prefixes: a bracketed time with no date, a clock with one space, a docker logs -t line.
  assert.is(parse('[12:00:01] FAILED f.py::test_answer').envelope, undefined);
  assert.is(parse('18:17:25 [ERROR] one space: an application\'s own time').envelope, undefined);
  assert.is(parse('2026-05-08T09:28:56.523082Z 01E', 'docker-logs').envelope, 'docker-logs');
});

test('a job log ending on a tool\'s error is red behind its runner\'s prefix, as it is without one', async () => {
  const { runInProcess } = await import('../cli/fixtures.js');
  const trace = [
    '2026-05-08T09:28:48.934717Z 01O $ helm upgrade --install web ./chart',
    '2026-05-08T09:28:56.523082Z 01E Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress',
    '2026-05-08T09:28:56.669274Z 00O section_end:1778232536:step_script',
    '',
  ].join('\n');
  const run = await runInProcess(['--format', 'json', '-'], { input: trace });
  assert.is(run.status, 1);
  const obs = ['[   28s] E       assert 4 == 5', '[   28s] FAILED f.py::test_answer - assert 4 == 5', ''].join('\n');
  assert.is((await runInProcess(['--format', 'json', '-'], { input: obs })).status, 1);
});

test("a distributed job's worker prefix is peeled: what the worker printed is read at its own start", async () => {
  // torchrun's `[rank0]: ` (huggingface/trl#3436): a traceback's first line.
  const rank = parse('[rank0]: Traceback (most recent call last):');
  assert.equal([rank.envelope, rank.message, rank.fields], ['worker', 'Traceback (most recent call last):', { 'worker.launcher': 'torchrun', 'worker.rank': 0 }]);
  // Ray's actor inside a docker logs -t time (OpenRLHF/OpenRLHF#336), vLLM's own layout inside it.
  const ray = parse('2024-06-28T06:11:52.685302801Z (LLMRayActor pid=20770) ERROR 06-28 06:11:45 worker_base.py:145] Traceback (most recent call last):', 'docker-logs');
  assert.equal(ray.envelopes, ['docker-logs', 'worker']);
  assert.equal([ray.format, ray.level, ray.message], ['python', 'error', 'Traceback (most recent call last):']);
  assert.equal([ray.fields?.['worker.name'], ray.fields?.['worker.pid'], ray.fields?.logger], ['LLMRayActor', 20770, 'worker_base.py']);
  // Not a prefix: a conda environment before a shell prompt, a process list's `(pid 12)`.
  assert.is(parse('(abnn) mingzeya@c002:~/CGCNN_project/AbNN_benchmark/hform/case1    $ ').envelope, undefined);
  assert.is(parse('(pid 12) exited').envelope, undefined);
  // A worker's traceback behind its prefix is red, as it is without one (huggingface/trl#3436).
  const { runInProcess } = await import('../cli/fixtures.js');
  const traceback = [
    '[rank0]: Traceback (most recent call last):',
    '[rank0]:   File "/data/cy/LLMlable/grpo/sft/sft.py", line 67, in <module>',
    '[rank0]:     trainer.train()',
    '[rank0]: RuntimeError: boom',
    '',
  ].join('\n');
  assert.is((await runInProcess(['--format', 'json', '-'], { input: traceback })).status, 1);
});

test('a Django head with a month name that is no month gets no time, not last December', () => {
  assert.is(parse('[23/Apr/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /x').ts, utc(2025, 4, 23, 9, 40, 13));
  const odd = parse('[23/Xyz/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /x');
  assert.is(odd.format, 'python');
  assert.is(odd.ts, undefined);
});

test.run();
