import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dockerComposeLogs, dockerLogs, dockerServiceLogs } from '../../src/parsers/docker/grammar.js';
import { parse, plain, utc } from './lines.js';

// Lines quoted in ../shared/realworld/LOG-FORMATS.md §3 (sources there) and the redfix journal.
const ctx = { tz: 'UTC' };

// ── docker service logs: every prefix shape of docker/cli cli/command/service/logs.go ──────────
const service = suite('docker service logs envelope');

service('default prefix: <stack>_<service>.<slot>.<12-char task>@<node>', () => {
  assert.equal(plain(dockerServiceLogs.parse('myredis_redis.1.robvimouagqj@manager1    | 1:C 29 Dec 2019 02:35:54.400 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo', ctx)), {
    envelope: 'docker-service', stack: 'myredis', service: 'redis', slot: 1, task: 'robvimouagqj', node: 'manager1',
    message: '1:C 29 Dec 2019 02:35:54.400 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  });
});

service('a service outside any stack (no underscore) and a hyphenated node', () => {
  assert.equal(plain(dockerServiceLogs.parse('demo.1.463j2s3y4b5o@docker-desktop    | 64 bytes from 8.8.8.8: seq=0 ttl=37 time=13.005 ms', ctx)), {
    envelope: 'docker-service', service: 'demo', slot: 1, task: '463j2s3y4b5o', node: 'docker-desktop',
    message: '64 bytes from 8.8.8.8: seq=0 ttl=37 time=13.005 ms',
  });
});

service('--timestamps: RFC3339Nano before the prefix, truncated to milliseconds', () => {
  const lines = [
    ['2017-06-28T20:01:48.116581906Z swarm_gui.1.mwsnmqyifo5g@moby    | npm info it worked if it ends with ok', 1, 'mwsnmqyifo5g', utc(2017, 6, 28, 20, 1, 48, 116)],
    ['2017-06-28T20:08:07.423422090Z swarm_gui.3.z24pi5y9jpfx@moby    | npm info it worked if it ends with ok', 3, 'z24pi5y9jpfx', utc(2017, 6, 28, 20, 8, 7, 423)],
    ['2017-06-28T20:06:25.835096627Z swarm_gui.2.lozliiv26zw3@moby    | npm info it worked if it ends with ok', 2, 'lozliiv26zw3', utc(2017, 6, 28, 20, 6, 25, 835)],
  ] as const;
  for (const [line, slot, task, ts] of lines) {
    assert.equal(plain(dockerServiceLogs.parse(line, ctx)), {
      envelope: 'docker-service', ts, stack: 'swarm', service: 'gui', slot, task, node: 'moby', message: 'npm info it worked if it ends with ok',
    });
  }
});

service('--timestamps with a zone offset instead of Z', () => {
  const parsed = dockerServiceLogs.parse('2017-06-28T22:01:48.116581906+02:00 swarm_gui.1.mwsnmqyifo5g@moby    | npm info it worked if it ends with ok', ctx);
  assert.is(parsed?.ts, utc(2017, 6, 28, 20, 1, 48, 116));
});

service('--no-trunc: the full 25-char task id and an FQDN node', () => {
  assert.equal(plain(dockerServiceLogs.parse('front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    | The files belonging to this database system will be owned by user "postgres".', ctx)), {
    envelope: 'docker-service', stack: 'front', service: 'postgresql', slot: 1, task: 'kxmy65o33wv4yjygskpoqzhkv', node: 'dev-server02.jnrlabs.com',
    message: 'The files belonging to this database system will be owned by user "postgres".',
  });
});

service('an empty message line (nothing after the bar, with or without its trailing space)', () => {
  for (const line of ['front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    |', 'front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    | ']) {
    assert.equal(plain(dockerServiceLogs.parse(line, ctx)), {
      envelope: 'docker-service', stack: 'front', service: 'postgresql', slot: 1, task: 'kxmy65o33wv4yjygskpoqzhkv', node: 'dev-server02.jnrlabs.com', message: '',
    });
  }
});

service('a global service: slot 0', () => {
  assert.equal(plain(dockerServiceLogs.parse('docker_docker.0.x9u2y9noipp5@typer-pc    | hello from a global service', ctx)), {
    envelope: 'docker-service', stack: 'docker', service: 'docker', slot: 0, task: 'x9u2y9noipp5', node: 'typer-pc', message: 'hello from a global service',
  });
});

service('--no-task-ids: no task, slot kept', () => {
  assert.equal(plain(dockerServiceLogs.parse('web_app.1@node-1    | served without a task id', ctx)), {
    envelope: 'docker-service', stack: 'web', service: 'app', slot: 1, node: 'node-1', message: 'served without a task id',
  });
});

service('--details: sorted k=v attributes after the bar become details, the rest is the message', () => {
  assert.equal(plain(dockerServiceLogs.parse('web_app.1.abcdefghijkl@node-1    | com.docker.swarm.node.id=7o1di,com.docker.swarm.service.id=q1x9a,com.docker.swarm.task.id=abcdefghijkl hello', ctx)), {
    envelope: 'docker-service', stack: 'web', service: 'app', slot: 1, task: 'abcdefghijkl', node: 'node-1',
    details: { 'com.docker.swarm.node.id': '7o1di', 'com.docker.swarm.service.id': 'q1x9a', 'com.docker.swarm.task.id': 'abcdefghijkl' },
    message: 'hello',
  });
});

service('--details does not swallow a logfmt message (keys without dots)', () => {
  const parsed = dockerServiceLogs.parse('edgeone_reverse-proxy.1.si3c4s8mwvd6@ip-172-31-35-113    | time="2019-07-11T14:13:53Z" level=debug msg="x"', ctx);
  assert.is(parsed?.details, undefined);
  assert.is(parsed?.message, 'time="2019-07-11T14:13:53Z" level=debug msg="x"');
});

service('padding: slot widths of a 10-replica service line up, both parse', () => {
  for (const [line, slot] of [['web_app.1.abcdefghijkl@node-1     | hi', 1], ['web_app.10.mnopqrstuvwx@node-1    | hi', 10]] as const) {
    const parsed = dockerServiceLogs.parse(line, ctx);
    assert.is(parsed?.slot, slot);
    assert.is(parsed?.message, 'hi');
  }
});

service('the message keeps its own bars and leading spaces', () => {
  assert.is(dockerServiceLogs.parse('web_app.1.abcdefghijkl@node-1    |   a | b', ctx)?.message, '  a | b');
});

service('not a service line: the sniff refuses, so the line stays text', () => {
  for (const line of ['db_1             | hello', 'hello world', 'web_app@node-1 | no slot']) {
    assert.is(dockerServiceLogs.sniff.test(line), false, line);
  }
});

service.run();

// ── docker compose logs and docker logs -t ──────────────────────────────────────────────────────
const compose = suite('docker compose logs / docker logs envelopes');

compose('compose v1 `db_1 |`: the replica index is not part of the service', () => {
  assert.equal(plain(dockerComposeLogs.parse('db_1             | 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', ctx)), {
    envelope: 'docker-compose', service: 'db', message: '2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225',
  });
});

compose('compose v2 `<project>-<service>-1 |`: the index is dropped (project and service cannot be told apart)', () => {
  assert.equal(plain(dockerComposeLogs.parse('docker-managementportal-postgresql-1  | 2023-10-06 18:27:51.235 UTC [58] ERROR:  relation "public.databasechangeloglock" does not exist at character 22', ctx)), {
    envelope: 'docker-compose', service: 'docker-managementportal-postgresql',
    message: '2023-10-06 18:27:51.235 UTC [58] ERROR:  relation "public.databasechangeloglock" does not exist at character 22',
  });
});

compose('a container name without an index (caddy) and an empty message', () => {
  assert.equal(plain(dockerComposeLogs.parse('caddy                 | {"level":"error"}', ctx)), { envelope: 'docker-compose', service: 'caddy', message: '{"level":"error"}' });
  assert.equal(plain(dockerComposeLogs.parse('web_1  |', ctx)), { envelope: 'docker-compose', service: 'web', message: '' });
});

compose('docker logs -t: RFC3339Nano then the raw line', () => {
  assert.equal(plain(dockerLogs.parse('2024-04-09T17:33:12.238986028Z nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6', ctx)), {
    envelope: 'docker-logs', ts: utc(2024, 4, 9, 17, 33, 12, 238), message: 'nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6',
  });
  assert.equal(plain(dockerLogs.parse('2018-05-25T06:18:46.161351820Z LOG:  autovacuum launcher started', ctx)), {
    envelope: 'docker-logs', ts: utc(2018, 5, 25, 6, 18, 46, 161), message: 'LOG:  autovacuum launcher started',
  });
});

compose.run();

// ── envelope + payload, as parseLine does for a file detected with an envelope ─────────────────
const inner = suite('payloads inside docker envelopes');

inner('ANSI colour (compose prefixes, coloured levels) is stripped before matching', () => {
  const coloured = '\x1b[36mdb_1             |\x1b[0m 2022-06-29 20:09:39.436 UTC [97] \x1b[31mERROR\x1b[0m:  relation "user" does not exist at character 225';
  assert.equal(parse(coloured, 'docker-compose'), parse('db_1             | 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', 'docker-compose'));
  // The Windows console's rendering of ESC (caddyserver/caddy#4812).
  assert.equal(parse('2022/05/25 17:26:53.189 \u2190[34mINFO\u2190[0m   using adjacent Caddyfile'), {
    format: 'caddy', ts: utc(2022, 5, 25, 17, 26, 53, 189), level: 'info', message: 'using adjacent Caddyfile', fields: {},
  });
});

inner('Caddy JSON behind compose (TracecatHQ/tracecat#1331): fields, dial target, service', () => {
  const line = 'caddy                 | {"level":"error","ts":1754633393.458146,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused","request":{"remote_ip":"10.0.0.2","remote_port":"52069","proto":"HTTP/1.1","method":"GET","host":"x","uri":"/api//info"},"duration":0.000669913,"status":502,"err_id":"c0wkic63c","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}';
  assert.equal(parse(line, 'docker-compose'), {
    format: 'caddy', envelope: 'docker-compose', service: 'caddy', ts: 1754633393458, level: 'error',
    message: 'dial tcp 172.21.0.6:8000: connect: connection refused',
    fields: {
      level: 'error', ts: 1754633393.458146, logger: 'http.log.error', msg: 'dial tcp 172.21.0.6:8000: connect: connection refused',
      'request.remote_ip': '10.0.0.2', 'request.remote_port': '52069', 'request.proto': 'HTTP/1.1', 'request.method': 'GET', 'request.host': 'x', 'request.uri': '/api//info',
      duration: 0.000669913, status: 502, err_id: 'c0wkic63c', err_trace: 'reverseproxy.statusError (reverseproxy.go:1269)',
      dialTarget: '172.21.0.6:8000', dialHost: '172.21.0.6', dialPort: 8000, dialError: 'connection refused',
    },
  });
});

inner('Caddy console behind docker service logs (the bluesky warm stack)', () => {
  const line = '2026-06-18T00:31:07.412345678Z warm-bluesky-pds_ci_commoninternet_net_caddy.1.qk3v0n2m8x1z@cc-ci    | 2026/06/18 00:31:07.412\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "warm-bluesky-pds.ci.commoninternet.net", "error": "checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}';
  const parsed = parse(line, 'docker-service');
  assert.equal(parsed, {
    format: 'caddy', envelope: 'docker-service', ts: utc(2026, 6, 18, 0, 31, 7, 412), level: 'error',
    message: 'failed to get permission for on-demand certificate',
    stack: 'warm-bluesky-pds_ci_commoninternet_net', service: 'caddy', node: 'cc-ci', task: 'qk3v0n2m8x1z',
    fields: {
      logger: 'tls', domain: 'warm-bluesky-pds.ci.commoninternet.net',
      error: 'checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get "http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net": dial tcp 10.10.0.4:3000: connect: connection refused',
      dialTarget: '10.10.0.4:3000', dialHost: '10.10.0.4', dialPort: 3000, dialError: 'connection refused',
      askUrl: 'http://app:3000/tls-check', askHost: 'app:3000', slot: 1,
    },
  });
});

inner('gitea (journal): the read-only app.ini crash inside the warm-gitea service log', () => {
  const line = 'warm-gitea_ci_commoninternet_net_app.1.abcdefghijkl@cc-ci    | 2026/06/17 23:59:01 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system';
  assert.equal(parse(line, 'docker-service'), {
    format: 'gitea', envelope: 'docker-service', ts: utc(2026, 6, 17, 23, 59, 1), level: 'fatal',
    message: 'Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system',
    stack: 'warm-gitea_ci_commoninternet_net', service: 'app', node: 'cc-ci', task: 'abcdefghijkl',
    fields: { caller: 'modules/setting/setting.go:105:LoadCommonSettings()', callerFile: 'modules/setting/setting.go', callerLine: '105', callerFunc: 'LoadCommonSettings()', slot: 1 },
  });
});

inner('gitea eras behind docker logs -t: truncated caller, bracketed caller, no caller, [Macaron]', () => {
  const eras: Array<[string, Record<string, unknown>]> = [
    ['2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/forgejo/app.ini": open /etc/forgejo/app.ini: permission denied',
      { level: 'fatal', ts: utc(2026, 7, 14, 12, 26, 24), fields: { caller: '...s/setting/setting.go:107:LoadCommonSettings()', callerFile: '...s/setting/setting.go', callerLine: '107', callerFunc: 'LoadCommonSettings()' } }],
    ['2019/06/20 08:30:11 [...s/setting/setting.go:729 NewContext()] [E] Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: read-only file',
      { level: 'error', ts: utc(2019, 6, 20, 8, 30, 11), fields: { caller: '...s/setting/setting.go:729 NewContext()', callerFile: '...s/setting/setting.go', callerLine: '729', callerFunc: 'NewContext()' } }],
    ['2018/04/30 09:57:31 [T] AppPath: /app/gitea/gitea', { level: 'trace', ts: utc(2018, 4, 30, 9, 57, 31), fields: {} }],
    ['[Macaron] 2019-08-26 18:04:01: Completed GET /myorg/myrepo 500 Internal Server Error in 58.821377ms', { level: 'info', ts: utc(2019, 8, 26, 18, 4, 1), fields: { logger: 'Macaron' } }],
  ];
  for (const [payload, expected] of eras) {
    const parsed = parse(`2019-01-21T18:28:34.000000000Z ${payload}`, 'docker-logs');
    assert.is(parsed.format, 'gitea', payload);
    assert.is(parsed.envelope, 'docker-logs');
    assert.is(parsed.ts, utc(2019, 1, 21, 18, 28, 34), 'the envelope timestamp wins');
    assert.is(parsed.level, expected.level, payload);
    assert.equal(parsed.fields, expected.fields, payload);
    assert.is(parse(payload).ts, expected.ts, `own timestamp of ${payload}`);
  }
});

inner('postgres behind compose: ERROR, its STATEMENT continuation, and a multi-line statement continuation', () => {
  assert.equal(parse('db_1             | 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', 'docker-compose'), {
    format: 'postgres', envelope: 'docker-compose', service: 'db', ts: utc(2022, 6, 29, 20, 9, 39, 436), level: 'error',
    message: 'relation "user" does not exist at character 225', fields: { severity: 'ERROR', pid: 97, character: 225 },
  });
  assert.equal(parse('db_1             | 2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id, ... FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1', 'docker-compose'), {
    format: 'postgres', envelope: 'docker-compose', service: 'db', ts: utc(2022, 6, 29, 20, 9, 39, 436), level: 'info',
    message: 'SELECT "user".id AS user_id, ... FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1',
    fields: { severity: 'STATEMENT', pid: 97, continues: true },
  });
  // Further lines of a multi-line statement carry only the container prefix: kept as text, never dropped.
  assert.equal(parse('db_1             |         FROM "user"', 'docker-compose'), {
    format: 'text', envelope: 'docker-compose', service: 'db', message: '        FROM "user"', fields: {},
  });
});

inner('postgres behind compose v2 and behind docker logs -t without a log_line_prefix', () => {
  const v2 = parse('docker-managementportal-postgresql-1  | 2023-10-06 18:27:51.235 UTC [58] ERROR:  relation "public.databasechangeloglock" does not exist at character 22', 'docker-compose');
  assert.equal(v2.fields, { severity: 'ERROR', pid: 58, character: 22 });
  assert.is(v2.ts, utc(2023, 10, 6, 18, 27, 51, 235));
  // `LOG:  …` is a server with `log_line_prefix = ''` (getsentry/self-hosted#89): postgres, with the envelope's time.
  assert.equal(parse('2018-05-25T06:18:46.161351820Z LOG:  autovacuum launcher started', 'docker-logs'), {
    format: 'postgres', envelope: 'docker-logs', ts: utc(2018, 5, 25, 6, 18, 46, 161), level: 'info', message: 'autovacuum launcher started', fields: { severity: 'LOG' },
  });
});

inner('mumble behind compose (Johni0702/mumble-web#20)', () => {
  assert.equal(parse('murmur_1  | <W>2017-11-16 17:09:38.053 1 => <25:(-1)> Connection closed: Error during SSL handshake: error:140760FC:SSL routines:SSL23_GET_CLIENT_HELLO:unknown protocol [13]', 'docker-compose'), {
    format: 'mumble', envelope: 'docker-compose', service: 'murmur', ts: utc(2017, 11, 16, 17, 9, 38, 53), level: 'warn',
    message: 'Connection closed: Error during SSL handshake: error:140760FC:SSL routines:SSL23_GET_CLIENT_HELLO:unknown protocol [13]',
    fields: { server: 1, session: 25, user: '', userId: -1, socketError: 13 },
  });
});

inner('keycloak (java) behind docker service logs', () => {
  assert.equal(parse('warm-canon-keycloak_ci_commoninternet_net_app.1.abcdefghijkl@cc-ci    | 2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode', 'docker-service'), {
    format: 'java', envelope: 'docker-service', ts: utc(2022, 6, 29, 4, 32, 7, 232), level: 'error',
    message: 'ERROR: Failed to start server in (production) mode',
    stack: 'warm-canon-keycloak_ci_commoninternet_net', service: 'app', node: 'cc-ci', task: 'abcdefghijkl',
    fields: { logger: 'org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler', thread: 'main', slot: 1 },
  });
});

inner('mattermost JSON (7.x-10.x, `timestamp` string) behind docker service logs', () => {
  const parsed = parse('mattermost_app.1.abcdefghijkl@node-1    | {"timestamp":"2024-11-01 09:11:24.804 Z","level":"error","msg":"Failed to ping DB","caller":"sql/sql_utils.go:75","database":"master","retrying in seconds":10,"error":"dial tcp 172.18.0.8:5432: connect: connection refused"}', 'docker-service');
  assert.equal(parsed, {
    format: 'zap', envelope: 'docker-service', ts: utc(2024, 11, 1, 9, 11, 24, 804), level: 'error', message: 'Failed to ping DB',
    stack: 'mattermost', service: 'app', node: 'node-1', task: 'abcdefghijkl',
    fields: {
      timestamp: '2024-11-01 09:11:24.804 Z', level: 'error', msg: 'Failed to ping DB', caller: 'sql/sql_utils.go:75', database: 'master', 'retrying in seconds': 10,
      error: 'dial tcp 172.18.0.8:5432: connect: connection refused', dialTarget: '172.18.0.8:5432', dialHost: '172.18.0.8', dialPort: 5432, dialError: 'connection refused', slot: 1,
    },
  });
});

inner('traefik logfmt behind docker service logs (traefik/traefik#4426)', () => {
  assert.equal(parse('edgeone_reverse-proxy.1.si3c4s8mwvd6@ip-172-31-35-113    | time="2019-07-11T14:13:53Z" level=debug msg="\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout"', 'docker-service'), {
    format: 'logfmt', envelope: 'docker-service', ts: utc(2019, 7, 11, 14, 13, 53), level: 'debug',
    message: '\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout',
    stack: 'edgeone', service: 'reverse-proxy', node: 'ip-172-31-35-113', task: 'si3c4s8mwvd6',
    fields: {
      time: '2019-07-11T14:13:53Z', level: 'debug', msg: '\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout',
      dialTarget: '10.255.2.192:8080', dialHost: '10.255.2.192', dialPort: 8080, dialError: 'i/o timeout', slot: 1,
    },
  });
});

inner('--details attributes are kept as docker.* fields beside the payload fields', () => {
  const parsed = parse('web_app.1.abcdefghijkl@node-1    | com.docker.swarm.node.id=7o1di,com.docker.swarm.service.id=q1x9a,com.docker.swarm.task.id=abcdefghijkl FATA deploy timed out', 'docker-service');
  assert.equal(parsed.fields, {
    'docker.com.docker.swarm.node.id': '7o1di', 'docker.com.docker.swarm.service.id': 'q1x9a', 'docker.com.docker.swarm.task.id': 'abcdefghijkl', slot: 1,
  });
  assert.is(parsed.format, 'abra');
  assert.is(parsed.level, 'fatal');
  assert.is(parsed.message, 'deploy timed out');
});

inner('a line of another shape inside an enveloped file is parsed without the envelope', () => {
  // docker service logs interleaved with a plain line: no envelope, payload grammars still apply.
  assert.equal(parse('FATA[0000] rpc error: code = Unknown desc = authentication required', 'docker-service'), {
    format: 'abra', level: 'fatal', message: 'rpc error: code = Unknown desc = authentication required', fields: { elapsedSeconds: 0 },
  });
});

inner.run();
