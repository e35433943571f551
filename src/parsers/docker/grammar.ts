/**
 * Docker log envelopes: `docker service logs`, `docker compose logs` and `docker logs -t`.
 *
 *   [<RFC3339Nano> ]<service>.<slot>[.<taskid>]@<node><pad> | [<k=v,k=v> ]<message>
 *   <compose-name><pad> | <message>
 *   <RFC3339Nano> <message>
 *
 * Prefix shapes follow docker/cli `cli/command/service/logs.go` (see LOG-FORMATS.md §3):
 * 12-char task ids, 25-char with --no-trunc, none with --no-task-ids, slot 0 for global
 * services, `--details` attributes after the bar, and empty messages.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { DOCKER_TOKEN_PATTERNS, readServicePrefix, serviceEnvelope } from './service-prefix.js';
import { REST_OF_LINE, defineLineGrammar, image, type EnvelopeResult, type ParseContext, PARSER_CONFIG } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const Timestamp = createToken({ name: 'Timestamp', pattern: DOCKER_TOKEN_PATTERNS.timestamp });
const Space = createToken({ name: 'Space', pattern: DOCKER_TOKEN_PATTERNS.space });
const TaskRef = createToken({ name: 'TaskRef', pattern: DOCKER_TOKEN_PATTERNS.taskRef });
const ComposeName = createToken({ name: 'ComposeName', pattern: /[A-Za-z0-9][\w.-]*/ });
const Bar = createToken({ name: 'Bar', pattern: DOCKER_TOKEN_PATTERNS.bar, push_mode: 'message' });
const Details = createToken({ name: 'Details', pattern: DOCKER_TOKEN_PATTERNS.details });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });
/** Docker Desktop's log view: the local time, without zone or fraction, in front of the container's line. */
const LocalTimeThenMessage = createToken({ name: 'LocalTimeThenMessage', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} /, push_mode: 'message' });
const TimestampThenMessage = createToken({
  name: 'TimestampThenMessage',
  pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) ?/,
  push_mode: 'message',
});

// ── lexers ────────────────────────────────────────────────────────────────
const serviceTokens = { modes: { prefix: [Timestamp, Bar, Space, TaskRef], message: [Details, Message] }, defaultMode: 'prefix' };
const composeTokens = { modes: { prefix: [ComposeName, Bar], message: [Message] }, defaultMode: 'prefix' };
const logsTokens = { modes: { prefix: [TimestampThenMessage], message: [Message] }, defaultMode: 'prefix' };
const desktopTokens = { modes: { prefix: [LocalTimeThenMessage], message: [Message] }, defaultMode: 'prefix' };

// ── parsers ───────────────────────────────────────────────────────────────
class ServiceLogParser extends CstParser {
  constructor() {
    super([Timestamp, Space, TaskRef, Bar, Details, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OPTION(() => { this.CONSUME(Timestamp); this.CONSUME(Space); });
    this.CONSUME(TaskRef);
    this.CONSUME(Bar);
    this.OPTION2(() => this.CONSUME(Details));
    this.OPTION3(() => this.CONSUME(Message));
  });
}

class ComposeLogParser extends CstParser {
  constructor() {
    super([ComposeName, Bar, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(ComposeName);
    this.CONSUME(Bar);
    this.OPTION(() => this.CONSUME(Message));
  });
}

class DockerLogsParser extends CstParser {
  constructor() {
    super([TimestampThenMessage, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(TimestampThenMessage);
    this.OPTION(() => this.CONSUME(Message));
  });
}

class DockerDesktopParser extends CstParser {
  constructor() {
    super([LocalTimeThenMessage, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(LocalTimeThenMessage);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitors ──────────────────────────────────────────────────────────────
type Ctx = Record<string, IToken[] | undefined>;

function createServiceVisitor(parser: ServiceLogParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class ServiceLogVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): EnvelopeResult | undefined {
      const prefix = { timestamp: image(ctx.Timestamp), taskRef: image(ctx.TaskRef) ?? '', details: image(ctx.Details), message: image(ctx.Message) };
      return serviceEnvelope(prefix, parse);
    }
  })();
}

function createComposeVisitor(parser: ComposeLogParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class ComposeLogVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx): EnvelopeResult {
      const name = image(ctx.ComposeName) ?? '';
      // v1 `db_1`, v2 `<project>-<service>-1`: the replica index is not part of the service.
      return { envelope: 'docker-compose', service: name.replace(/[-_]\d+$/, ''), message: image(ctx.Message) ?? '' };
    }
  })();
}

function createLogsVisitor(parser: DockerLogsParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class DockerLogsVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): EnvelopeResult {
      return { envelope: 'docker-logs', ts: parseIsoTimestamp((image(ctx.TimestampThenMessage) ?? '').trim(), parse.tz), message: image(ctx.Message) ?? '' };
    }
  })();
}

function createDesktopVisitor(parser: DockerDesktopParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class DockerDesktopVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): EnvelopeResult {
      return { envelope: 'docker-desktop', ts: parseIsoTimestamp((image(ctx.LocalTimeThenMessage) ?? '').trim(), parse.tz), message: image(ctx.Message) ?? '' };
    }
  })();
}

// ── samples (LOG-FORMATS.md §3) ───────────────────────────────────────────
export const serviceLogSamples = [
  { line: 'myredis_redis.1.robvimouagqj@manager1    | 1:C 29 Dec 2019 02:35:54.400 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo', fields: {service: 'redis', stack: 'myredis', task: 'robvimouagqj', node: 'manager1'} },
  { line: 'demo.1.463j2s3y4b5o@docker-desktop    | 64 bytes from 8.8.8.8: seq=0 ttl=37 time=13.005 ms', fields: {service: 'demo', task: '463j2s3y4b5o', node: 'docker-desktop'} },
  { line: 'edgeone_reverse-proxy.1.si3c4s8mwvd6@ip-172-31-35-113    | time="2019-07-11T14:13:53Z" level=debug msg="\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout"', fields: {service: 'reverse-proxy', stack: 'edgeone', task: 'si3c4s8mwvd6', node: 'ip-172-31-35-113'} },
  { line: '2017-06-28T20:01:48.116581906Z swarm_gui.1.mwsnmqyifo5g@moby    | npm info it worked if it ends with ok', fields: {service: 'gui', stack: 'swarm', task: 'mwsnmqyifo5g', node: 'moby'} },
  { line: 'front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    | The files belonging to this database system will be owned by user "postgres".', fields: {service: 'postgresql', stack: 'front', task: 'kxmy65o33wv4yjygskpoqzhkv', node: 'dev-server02.jnrlabs.com'} },
  { line: 'front_postgresql.1.kxmy65o33wv4yjygskpoqzhkv@dev-server02.jnrlabs.com    |', fields: {service: 'postgresql', stack: 'front', task: 'kxmy65o33wv4yjygskpoqzhkv', node: 'dev-server02.jnrlabs.com'} },
  { line: 'docker_docker.0.x9u2y9noipp5@typer-pc    | hello from a global service', fields: {service: 'docker', stack: 'docker', task: 'x9u2y9noipp5', node: 'typer-pc'} },
  { line: 'web_app.1@node-1    | served without a task id', fields: {service: 'app', stack: 'web', node: 'node-1'} },
  { line: 'web_app.1.abcdefghijkl@node-1    | com.docker.swarm.node.id=7o1di,com.docker.swarm.service.id=q1x9a,com.docker.swarm.task.id=abcdefghijkl hello', fields: {service: 'app', stack: 'web', task: 'abcdefghijkl', node: 'node-1'} },
] as const;
export const composeLogSamples = [
  { line: 'db_1             | 2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', fields: {service: 'db'} },
  { line: 'docker-managementportal-postgresql-1  | 2023-10-06 18:27:51.235 UTC [58] ERROR:  relation "public.databasechangeloglock" does not exist at character 22', fields: {service: 'docker-managementportal-postgresql'} },
  { line: 'caddy                 | {"level":"error","ts":1754633393.458146,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"}', fields: {service: 'caddy'} },
] as const;
export const dockerLogsSamples = [
  { line: '2024-04-09T17:33:12.238986028Z nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6' },
  { line: '2018-05-25T06:18:46.161351820Z LOG:  autovacuum launcher started' },
] as const;

export const dockerDesktopSamples = [
  { line: '2024-02-13 16:45:24 2024-02-13 21:45:24.588 UTC [205] ERROR:  relation "log" does not exist at character 13', source: 'OpenLineage/docs#282' },
  { line: '2024-04-09 19:33:12 nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6' },
] as const;

/**
 * What `docker compose up` (v1 and v2) prints beside its services' lines, from pasted terminals
 * (cited in test/inputs/detect.test.ts): the prompt it was run from, its progress (`Creating x ...
 * done`, `[+] Running 3/3`, `✔ Container x  Started`), `Attaching to …`, and each container's end.
 */
const COMPOSE_OUTPUT = [
  String.raw`\S*[$#%>➜❯]\s.*\bdocker[- ]compose\b`,
  'Attaching to ',
  String.raw`(?:Creating|Starting|Recreating|Stopping|Removing|Killing|Pulling|Building) (?:network |volume )?\S+(?: *\.\.\. | with the default driver|$)`,
  String.raw`\s*\[\+\] [A-Za-z]+ \d+\/\d+`,
  String.raw`\s*[✔✘\u2800-\u28ff] \S`,
  String.raw`\s*(?:Container|Network|Volume) \S+ +[A-Z][a-z]+`,
  String.raw`\S+ exited with code \d+`,
  'Gracefully stopping',
  'Aborting on container exit',
];
export const COMPOSE_COMPANIONS = new RegExp(`^(?:${COMPOSE_OUTPUT.join('|')})`);

// ── API ───────────────────────────────────────────────────────────────────

export const dockerServiceLogs = defineLineGrammar<EnvelopeResult, ServiceLogParser>({
  name: 'docker-service',
  role: 'envelope',
  title: '`docker service logs` (all prefix variants: `--timestamps`, `--no-trunc`, `--no-task-ids`, `--details`, global slot 0)',
  unmistakable: true,
  sniff: /^(?:\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}) )?[A-Za-z0-9][\w.-]*\.\d+(?:\.[a-z0-9]{12,25})?@[\w.-]+ *\|/,
  samples: serviceLogSamples,
  lexer: serviceTokens,
  parser: () => new ServiceLogParser(),
  visitor: createServiceVisitor,
  fast: readServicePrefix,
});

export const dockerComposeLogs = defineLineGrammar<EnvelopeResult, ComposeLogParser>({
  name: 'docker-compose',
  role: 'envelope',
  title: '`docker compose logs` v1 and v2 (`db_1 | …`, `project-service-1 | …`)',
  sniff: /^[A-Za-z0-9][\w.-]* +\|/,
  companions: COMPOSE_COMPANIONS,
  samples: composeLogSamples,
  lexer: composeTokens,
  parser: () => new ComposeLogParser(),
  visitor: createComposeVisitor,
});

export const dockerLogs = defineLineGrammar<EnvelopeResult, DockerLogsParser>({
  name: 'docker-logs',
  role: 'envelope',
  title: "`docker logs -t` (an RFC 3339 time in front of the container's line)",
  generic: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) /,
  samples: dockerLogsSamples,
  lexer: logsTokens,
  parser: () => new DockerLogsParser(),
  visitor: createLogsVisitor,
});

export const dockerDesktop = defineLineGrammar<EnvelopeResult, DockerDesktopParser>({
  name: 'docker-desktop',
  role: 'envelope',
  title: "Docker Desktop's log view (its local time in front of the container's own line)",
  generic: true,
  zoneless: true,
  // Not a postgres `%t` prefix (`… 21:45:24 UTC [205]`): a zone after the time belongs to the payload.
  sniff: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} (?![A-Z]{2,5} |[+-]\d)/,
  samples: dockerDesktopSamples,
  lexer: desktopTokens,
  parser: () => new DockerDesktopParser(),
  visitor: createDesktopVisitor,
});
