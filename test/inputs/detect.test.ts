import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { detectFormat, INPUT_FORMATS } from '../../src/inputs/detect.js';
import { ENVELOPES, PAYLOADS } from '../../src/parsers/registry.js';
import { runCli, tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';

const test = suite('format detection');

// One real line (LOG-FORMATS.md, the redfix journal) per format; detection reads the first 40 lines.
const SAMPLES: Record<string, string> = {
  'docker-service': [
    'myredis_redis.1.robvimouagqj@manager1    | 1:C 29 Dec 2019 02:35:54.400 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
    'demo.1.463j2s3y4b5o@docker-desktop    | 64 bytes from 8.8.8.8: seq=0 ttl=37 time=13.005 ms',
    'front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    |',
  ].join('\n'),
  'docker-service --timestamps': [
    '2017-06-28T20:01:48.116581906Z swarm_gui.1.mwsnmqyifo5g@moby    | npm info it worked if it ends with ok',
    '2017-06-28T20:08:07.423422090Z swarm_gui.3.z24pi5y9jpfx@moby    | npm info it worked if it ends with ok',
  ].join('\n'),
  'docker-compose': [
    'db_1             | 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225',
    'db_1             | 2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id FROM "user" LIMIT 1',
  ].join('\n'),
  'docker-logs': [
    '2024-04-09T17:33:12.238986028Z nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6',
    '2018-05-25T06:18:46.161351820Z LOG:  autovacuum launcher started',
  ].join('\n'),
  syslog: 'Mar 08 22:06:22 DietPi gitea[580]: 2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580',
  'caddy-json': '{"level":"info","ts":1612956285.5585608,"logger":"tls.on_demand","msg":"obtaining new certificate","server_name":"www.microsoft.com"}',
  'json-lines': '{"timestamp":"2024-11-01 09:11:24.804 Z","level":"error","msg":"Failed to ping DB","caller":"sql/sql_utils.go:75","retrying in seconds":10,"error":"dial tcp 172.18.0.8:5432: connect: connection refused"}',
  'caddy-console': '2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile\n2025/03/17 16:58:32.357 INFO    tls.cache.maintenance   start ...',
  'sweep-log': [
    '2026-06-17T23:21:04Z [cc-ci] RECIPE=discourse VERSION=0.8.1+3.5.0 MODE=cold QUICK= REF=',
    'FATA deploy timed out',
    'Restoring Snapshot b0495d36 at /',
    'FAILED tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
  ].join('\n'),
  'sweep-log (pytest only)': 'tests/gitea/test_install.py::test_serves PASSED                        [ 50%]',
  gitea: '2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580\n2018/04/30 09:57:31 [T] AppPath: /app/gitea/gitea',
  postgres: '2021-08-04 09:25:15.421 GMT [168] ERROR:  relation "django_site" does not exist at character 78',
  mumble: '<W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: 109.105.249.191:55050',
  java: '2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode',
  logfmt: 'time="2019-07-11T14:13:53Z" level=debug msg="\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout"',
  abra: 'FATA deploy timed out\nFATA[0000] rpc error: code = Unknown desc = authentication required',
  text: 'Restoring Snapshot b0495d36 at /\nhello world',
  junit: '<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest"/></testsuites>',
  'junit (bare testsuite, BOM)': '\ufeff  <testsuite name="x"/>',
  'canonical-json': '{"recipe":"keycloak","version":"10.8.0+26.6.3","domain":"warm-canon-keycloak.ci.commoninternet.net","promoted":"20260618T034000Z"}',
};

const EXPECTED: Record<string, { format: string; structure: string; envelope?: string }> = {
  'docker-service': { format: 'docker-service', structure: 'lines', envelope: 'docker-service' },
  'docker-service --timestamps': { format: 'docker-service', structure: 'lines', envelope: 'docker-service' },
  'docker-compose': { format: 'docker-compose', structure: 'lines', envelope: 'docker-compose' },
  'docker-logs': { format: 'docker-logs', structure: 'lines', envelope: 'docker-logs' },
  syslog: { format: 'syslog', structure: 'lines', envelope: 'syslog' },
  'caddy-json': { format: 'caddy-json', structure: 'lines' },
  'json-lines': { format: 'json-lines', structure: 'lines' },
  'caddy-console': { format: 'caddy-console', structure: 'lines' },
  'sweep-log': { format: 'sweep-log', structure: 'lines' },
  'sweep-log (pytest only)': { format: 'sweep-log', structure: 'lines' },
  gitea: { format: 'gitea', structure: 'lines' },
  postgres: { format: 'postgres', structure: 'lines' },
  mumble: { format: 'mumble', structure: 'lines' },
  java: { format: 'java', structure: 'lines' },
  logfmt: { format: 'logfmt', structure: 'lines' },
  abra: { format: 'abra', structure: 'lines' },
  text: { format: 'text', structure: 'lines' },
  junit: { format: 'junit', structure: 'junit' },
  'junit (bare testsuite, BOM)': { format: 'junit', structure: 'junit' },
  'canonical-json': { format: 'canonical-json', structure: 'canonical' },
};

for (const [name, content] of Object.entries(SAMPLES)) {
  test(`${name}: detected from content alone (no telling file name), LF and CRLF`, () => {
    assert.equal(detectFormat(Buffer.from(content), '-'), EXPECTED[name]);
    assert.equal(detectFormat(Buffer.from(content.replace(/\n/g, '\r\n')), '-'), EXPECTED[name], 'CRLF');
  });
}

test('an input whose first lines hold the klog header is read for its keys, behind any envelope; others are not', () => {
  // kubernetes/kubelet#9: `systemctl status kubelet`, its journal under the unit's state.
  const journald = 'Apr 05 05:33:40 master kubelet[4759]: F0405 05:33:40.511159    4759 server.go:274] failed to run Kubelet: misconfigurati...ystemd"\nApr 05 05:33:40 master systemd[1]: Unit kubelet.service entered failed state.';
  assert.equal(detectFormat(Buffer.from(journald), 'kubelet.log').keyed, ['klog']);
  assert.equal(detectFormat(Buffer.from('I0124 08:33:25.301191       6 main.go:181] Creating API client for https://10.178.0.1:443\n'), 'x.log').keyed, ['klog']);
  assert.equal(detectFormat(Buffer.from('F0124 08:33:25 a line that only starts like one\n0xF0124 E0124\n'), 'x.log').keyed, undefined);
  assert.equal(detectFormat(Buffer.from('anything\n'), 'x.log', 'klog').keyed, ['klog']);
  // kubernetes/kubernetes#45787: a kube-apiserver's lines in docker's json-file.
  const json = '{"log":"E0515 12:10:55.461590       1 reflector.go:201] k8s.io/kubernetes/pkg/client/informers/informers_generated/internalversion/factory.go:70: Failed to list *api.Secret: Get https://localhost:443/api/v1/secrets?resourceVersion=0: dial tcp [::1]:443: getsockopt: connection refused\\n","stream":"stderr","time":"2017-05-15T12:10:55.461966945Z"}';
  assert.equal(detectFormat(Buffer.from(`${json}\n`), 'x-json.log').keyed, ['klog']);
  // tensorflow/tensorflow#51400: TensorFlow's own layout has keys of its own.
  const tensorflow = '2021-08-09 18:25:50.895134: I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library libcudart.so.10.1';
  assert.equal(detectFormat(Buffer.from(`>>> import tensorflow as tf\n${tensorflow}\n`), 'x.log').keyed, ['tensorflow']);
});

test('ANSI colour does not hide the format', () => {
  const coloured = '\x1b[36mdb_1             |\x1b[0m 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225';
  assert.equal(detectFormat(Buffer.from(coloured), '-'), EXPECTED['docker-compose']);
});

test('a pasted `docker compose up` terminal is a compose log: its own output counts for it', () => {
  // striot/striot#170 (v1): 10 of 17 lines are the services', the rest compose's progress.
  const v1 = [
    "$ docker-compose up",
    "Starting pipeline-mqtt_node3_1  ... done",
    "Recreating pipeline-mqtt_mqtt_1 ... done",
    "Recreating pipeline-mqtt_node2_1 ... done",
    "Recreating pipeline-mqtt_node1_1 ... done",
    "Attaching to pipeline-mqtt_node3_1, pipeline-mqtt_mqtt_1, pipeline-mqtt_node2_1, pipeline-mqtt_node1_1",
    "node1_1  | node: Network.Socket.connect: <socket: 4>: does not exist (Connection refused)",
    "mqtt_1   | 1680254431: mosquitto version 2.0.15 starting",
    "mqtt_1   | 1680254431: Config loaded from /mosquitto/config/mosquitto.conf.",
    "mqtt_1   | 1680254431: Starting in local only mode. Connections will only be possible from clients running on this machine.",
    "mqtt_1   | 1680254431: Create a configuration file which defines a listener to allow remote access.",
    "mqtt_1   | 1680254431: For more details see https://mosquitto.org/documentation/authentication-methods/",
    "mqtt_1   | 1680254431: Opening ipv4 listen socket on port 1883.",
    "mqtt_1   | 1680254431: Opening ipv6 listen socket on port 1883.",
    "mqtt_1   | 1680254431: Error: Address not available",
    "mqtt_1   | 1680254431: mosquitto version 2.0.15 running",
    "pipeline-mqtt_node1_1 exited with code 1",
  ].join('\n');
  // docker/compose#8920 (v2): the prompt, `[+] Running`, a spinner row, `Attaching to`, then nginx's lines.
  const v2 = [
    "❯ docker compose up",
    "[+] Running 1/0",
    " ⠿ Container docker_test-web1-1  Created                                                                  0.0s",
    "Attaching to docker_test-web1-1",
    "docker_test-web1-1  | /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
    "docker_test-web1-1  | /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
    "docker_test-web1-1  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
    "docker_test-web1-1  | 10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled",
    "docker_test-web1-1  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
    "no containers to start",
    "❯ echo $?",
    "1",
  ].join('\n');
  // big-data-europe/docker-flink#8 (v1, a zsh prompt): `Creating x` without dots.
  const flink = [
    "(docker-compose)➜  docker-flink git:(master) docker-compose up",
    "Creating dockerflink_flinkmaster_1",
    "Creating dockerflink_flinkworker_1",
    "Attaching to dockerflink_flinkmaster_1, dockerflink_flinkworker_1",
    "flinkmaster_1  | Starting Flink webclient",
    "flinkmaster_1  | Missing streaming mode (batch|streaming) argument. Using 'batch'.",
    "flinkmaster_1  | Starting jobmanager daemon on host flink-master.",
    "flinkmaster_1  | Cluster started.",
    "flinkworker_1  | Missing streaming mode (batch|streaming). Using 'batch'.",
    "flinkworker_1  | Starting taskmanager daemon on host flink-worker.",
    "dockerflink_flinkworker_1 exited with code 0",
  ].join('\n');
  for (const terminal of [v1, v2, flink]) assert.equal(detectFormat(Buffer.from(terminal), '-'), EXPECTED['docker-compose']);
  // Read as compose, a service's line is that service's.
  const parsed = runCli(['parse', '-'], { input: `${v1}\n` }).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(parsed.find((e) => String(e.text).includes('Error: Address not available'))?.service, 'mqtt');
});

test('compose\'s own output alone, or beside one prefixed line, is no compose log', () => {
  // docker-library/memcached#92: one service line among compose's progress.
  const memcached = [
    '[+] Running 1/0',
    ' ✔ Container memcached  Created                                                                 0.0s ',
    'Attaching to memcached',
    "memcached  | Can't start logger thread: Operation not permitted",
    'memcached exited with code 139',
  ].join('\n');
  assert.not.equal(detectFormat(Buffer.from(memcached), '-').envelope, 'docker-compose');
  const progress = ['$ docker compose up -d', '[+] Running 2/2', ' ✔ Network app_default  Created', ' ✔ Container app-db-1  Started'].join('\n');
  assert.not.equal(detectFormat(Buffer.from(progress), '-').envelope, 'docker-compose');
});

test('names help only where content cannot: .xml is junit, canonical*.json is canonical', () => {
  assert.equal(detectFormat(Buffer.from(''), 'enricomi/xml/empty.xml'), { format: 'junit', structure: 'junit' });
  assert.equal(detectFormat(Buffer.from('this is not xml'), 'report.XML'), { format: 'junit', structure: 'junit' });
  assert.equal(detectFormat(Buffer.from('{"a": 1}'), 'ci-warm-gitea/canonical.json'), { format: 'canonical-json', structure: 'canonical' });
  assert.equal(detectFormat(Buffer.from('{"a": 1}'), 'other.json'), { format: 'json-lines', structure: 'lines' });
});

test('an empty or blank input is text', () => {
  assert.equal(detectFormat(Buffer.alloc(0), '-'), { format: 'text', structure: 'lines' });
  assert.equal(detectFormat(Buffer.from('\n\r\n  \n'), '-'), { format: 'text', structure: 'lines' });
});

test('binary: NUL and control bytes in the head; a stray NUL in text is not binary', () => {
  const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0]);
  assert.equal(detectFormat(elf, 'a.out'), { format: 'binary', structure: 'binary' });
  assert.equal(detectFormat(Buffer.from(`FATA deploy timed out\nb\u0000c\n${'plain text line\n'.repeat(5)}`), '-').structure, 'lines');
});

test('an envelope needs most sampled lines; a minority of docker lines does not make the file docker', () => {
  const mixed = ['FATA deploy timed out', 'plain', 'plain', 'db_1             | x'].join('\n');
  assert.is(detectFormat(Buffer.from(mixed), '-').envelope, undefined);
});

// Real pastes, each line as posted: PHPUnit quoted into a Fedora package build (jbroadway/analog#3), a luigid
// traceback pasted as a Markdown code block (spotify/luigi#2793).
const PASTED_PHPUNIT = [
  '    + phpunit tests',
  '    PHPUnit 3.7.9 by Sebastian Bergmann.',
  '    Time: 0 seconds, Memory: 3.00Mb',
  '    There was 1 failure:',
  '    1) AnalogTest::test_default',
  '    Failed asserting that two strings are equal.',
].join('\n');
const PASTED_TRACEBACK = [
  '      File "/opt/virtualenv/luigi2/local/lib/python2.7/site-packages/luigi/scheduler.py", line 1202, in get_work',
  '        reply = self.count_pending(worker_id)',
  '      File "/opt/virtualenv/luigi2/local/lib/python2.7/site-packages/luigi/scheduler.py", line 1069, in count_pending',
  "        more_info = {'task_id': task.id, 'worker': str(other_worker)}",
  '    TypeError: __str__ returned non-string (type NoneType)',
].join('\n');

test('a log pasted with every line indented alike is read without the indentation, its text kept', () => {
  assert.is(detectFormat(Buffer.from(PASTED_PHPUNIT), '-').indent, 4);
  // stvchu/memcacheq#4, its syslog lines pasted as a code block.
  const syslog = [
    '    May  5 06:49:12 cache7 kernel: memcacheq[4940]: segfault at 8 ip 0000000000403fb5 sp 00007ff16c0efcf0 error 6 in memcacheq[400000+d000]',
    '    May  7 16:54:43 cache7 kernel: memcacheq[9075]: segfault at 8 ip 0000000000403fb5 sp 00007f41b7a3fcf0 error 6 in memcacheq[400000+d000]',
  ].join('\n');
  assert.equal(detectFormat(Buffer.from(syslog), '-'), { format: 'syslog', structure: 'lines', envelope: 'syslog', indent: 4 });
  for (const [name, input] of [['phpunit', PASTED_PHPUNIT], ['traceback', PASTED_TRACEBACK]]) {
    const run = runCli(['--format', 'json', '-'], { input });
    assert.is(run.status, 1, `${name}: ${run.stdout}`);
  }
  const parsed = runCli(['parse', '-'], { input: PASTED_TRACEBACK });
  const last = JSON.parse(parsed.stdout.trim().split('\n').at(-1)!) as { text: string; message: string };
  assert.is(last.text, '    TypeError: __str__ returned non-string (type NoneType)');
});

test('near miss: one line at column 0, or a single space, is no paste; a later unindented line is read as it is', () => {
  assert.is(detectFormat(Buffer.from(`${PASTED_PHPUNIT}\nOK (3 tests)`), '-').indent, undefined);
  assert.is(detectFormat(Buffer.from(PASTED_PHPUNIT.replace(/^ {4}/gm, ' ')), '-').indent, undefined);
  const run = runCli(['--format', 'json', '-'], { input: PASTED_PHPUNIT.replace(/^ {4}/gm, ' ') });
  assert.is(run.status, 0, 'one space before each line: the anchored verdicts do not read it');
});

test('--input-format wins over detection, and every label detection gives can be forced', () => {
  assert.equal(detectFormat(Buffer.from(SAMPLES['docker-compose']), '-', 'docker-service'), { format: 'docker-service', structure: 'lines', envelope: 'docker-service' });
  assert.equal(detectFormat(Buffer.from(SAMPLES.junit), 'x.xml', 'text'), { format: 'text', structure: 'lines', payload: 'text' });
  assert.equal(detectFormat(Buffer.from([0, 1, 2, 3, 0, 0]), 'a.out', 'text'), { format: 'text', structure: 'lines', payload: 'text' });
  assert.equal(detectFormat(Buffer.from(SAMPLES['docker-compose']), '-', 'mumble'), { format: 'mumble', structure: 'lines', payload: 'mumble' });
  const labels = new Set(Object.values(EXPECTED).map((e) => e.format));
  for (const grammar of PAYLOADS) if (!['json', 'harness', 'pytest'].includes(grammar.name)) labels.add(grammar.name);
  for (const name of Object.keys(ENVELOPES)) labels.add(name);
  // Before the fix `abra` was a detected label --input-format refused.
  for (const label of labels) assert.ok(label in INPUT_FORMATS, `--input-format ${label} is refused`);
});

test('stdin: detected from its head like a file, the head replayed before the rest', () => {
  const cases: Array<[string, string | Buffer, string]> = [
    ['docker-service', SAMPLES['docker-service'], 'docker-service'],
    ['junit', SAMPLES.junit, 'junit'],
    ['sweep-log', SAMPLES['sweep-log'], 'sweep-log'],
    ['gzip', gzipSync(SAMPLES.mumble), 'mumble'],
  ];
  for (const [name, input, format] of cases) {
    const run = runCli(['--format', 'json', '--fail-on', 'none', '-'], { input });
    const result = jsonOutput(run);
    assert.equal(result.inputs.map((i) => [i.path, i.format, i.errors]), [['-', format, []]], name);
  }
});

test('--input-format on the command line: forced for files and stdin, unknown names refused', () => {
  const dir = tempDir();
  const file = path.join(dir, 'compose.log');
  writeFileSync(file, `${SAMPLES['docker-compose']}\n`);
  const forced = runCli(['parse', '--input-format', 'text', file]);
  assert.is(forced.status, 0, forced.stderr);
  const events = forced.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  // As text, no envelope is taken off: the compose prefix stays part of the message.
  assert.equal(events.map((e) => [e.envelope, e.format, (e.message as string).slice(0, 7)]), [[undefined, 'text', 'db_1   '], [undefined, 'text', 'db_1   ']]);
  const detected = runCli(['parse', file]);
  assert.equal(detected.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Record<string, unknown>).envelope), ['docker-compose', 'docker-compose']);
  const stdin = runCli(['parse', '--input-format', 'docker-compose', '-'], { input: 'caddy                 | FATA deploy timed out\n' });
  assert.equal(JSON.parse(stdin.stdout), { path: '-', line: 1, format: 'abra', envelope: 'docker-compose', level: 'fatal', message: 'deploy timed out', fields: {}, service: 'caddy', text: 'caddy                 | FATA deploy timed out', run: '-', failure: { kind: 'fatal', detail: 'abra fatal level' } });
  const refused = runCli(['parse', '--input-format', 'bogus', file]);
  assert.is(refused.status, 2);
  assert.match(refused.stderr, /--input-format: "bogus" is not a format \(formats: .*docker-compose/);
});

test.run();
