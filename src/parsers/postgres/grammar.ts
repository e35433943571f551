/**
 * PostgreSQL server log lines with the default `log_line_prefix = '%m [%p] '` and its variants,
 * psql errors and the client tools' own (LOG-FORMATS.md §4):
 *
 * `%m [%p] `:
 *   2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225
 *   2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id …
 * `%m [%p] %q%u@%d` (kartoza/docker-postgis#280):
 *   2020-10-23 23:04:26.406 UTC [88] glrimon_admin@nrgisl01 FATAL:  password authentication failed …
 * `%t` (deis/deis#4797):
 *   2016-01-25 11:46:27 UTC FATAL:  the database system is starting up
 * no prefix (freeCodeCamp/mail-for-good#278), psql, a client tool (kartoza/docker-pg-backup#32):
 *   ERROR:  relation "settings" does not exist at character 204
 *   psql:009_monitoring_setup.sql:490: ERROR:  relation "cache_hit_ratios" does not exist
 *   pg_restore: error: one of -d/--dbname and -f/--file must be specified
 *
 * pg_ctl's progress dots run into the server's next line when the docker entrypoint starts or
 * stops its temporary server (docker-library/postgres: `waiting for server to shut down...` then
 * the line, or the dots alone): the dots are read and left out of the message.
 *   waiting for server to start....2024-04-12 09:23:50.253 UTC [48] LOG:  starting PostgreSQL 16.2
 *   .2024-04-12 09:23:56.341 UTC [90] FATAL:  terminating connection due to administrator command
 *
 * Note the two spaces after the severity. STATEMENT/DETAIL/HINT lines continue the entry above
 * them: they carry `continues` so a rule can tell them from a new error.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { CstNode, IToken } from 'chevrotain';
import type { Level } from '../../events.js';
import { parseIsoTimestamp } from '../time.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
/** Every severity a server line can carry, as a regular expression's alternatives. */
const SEVERITIES = 'ERROR|FATAL|PANIC|LOG|WARNING|NOTICE|INFO|DEBUG[1-5]?|STATEMENT|DETAIL|HINT|CONTEXT|QUERY|LOCATION';
const Progress = createToken({ name: 'Progress', pattern: /(?:waiting for server to (?:start|shut down))?\.+/ });
const DateTime = createToken({ name: 'DateTime', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?/ });
const Zone = createToken({ name: 'Zone', pattern: / (?:[A-Z]{2,5}|[+-]\d{2}(?::?\d{2})?)/ });
const Pid = createToken({ name: 'Pid', pattern: / \[\d+\]/ });
const SessionTag = createToken({ name: 'SessionTag', pattern: / [\w.-]*@[\w.-]*/ });
/**
 * The rest of a custom `log_line_prefix` (pgbadger's `%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h `,
 * `%m [%p-%l] `): whatever comes after the time, up to the severity. Tried after every other
 * header token, so a line the default prefixes read is read as before.
 */
const CustomPrefix = createToken({
  name: 'CustomPrefix',
  // Its first character a set chevrotain can index: a complement set there would cost the lexer
  // its first-character optimization.
  pattern: new RegExp(`[ -~][^\\n]*?(?= (?:${SEVERITIES}): )`),
});
const PsqlSource = createToken({ name: 'PsqlSource', pattern: /psql:[\w./ -]*:\d+:/ });
/**
 * `pg_restore: error: …`, `pg_dump: warning: …`, the old `pg_restore: [archiver (db)] …`: the
 * client tools' own lines.
 */
const ClientTool = createToken({ name: 'ClientTool', pattern: /(?:pg_(?:restore|dump|dumpall|basebackup|ctl|upgrade)|psql): /, push_mode: 'tool' });
const ToolSeverity = createToken({ name: 'ToolSeverity', pattern: /(?:error|warning|fatal|detail|hint|ERROR|FATAL|WARNING): {1,2}|\[archiver(?: \(db\))?\] /, push_mode: 'message' });
const ToolMessage = createToken({ name: 'ToolMessage', pattern: REST_OF_LINE });
const Severity = createToken({
  name: 'Severity',
  pattern: new RegExp(` ?(?:${SEVERITIES}): {0,2}`),
  push_mode: 'message',
});
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─ (Severity before Zone: ` ERROR:` would otherwise lex as a zone abbreviation)
// ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [Progress, DateTime, Severity, Zone, Pid, SessionTag, PsqlSource, ClientTool, CustomPrefix], tool: [ToolSeverity, ToolMessage], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class PostgresParser extends CstParser {
  constructor() {
    super(
      [
        Progress, DateTime, Zone, Pid, SessionTag, CustomPrefix, PsqlSource, Severity, Message,
        ClientTool, ToolSeverity, ToolMessage,
      ],
      PARSER_CONFIG,
    );
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.server) },
      { ALT: () => this.SUBRULE(this.tool) },
    ]);
  });
  server = this.RULE('server', () => {
    // The prefix is optional: a server with `log_line_prefix = ''` (and psql run by hand) writes the severity first.
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.OPTION6(() => this.CONSUME(Progress));
            this.CONSUME(DateTime);
            this.OPTION2(() => this.CONSUME(Zone));
            this.OPTION3(() => this.CONSUME(Pid));
            this.OPTION4(() => this.CONSUME(SessionTag));
            this.OPTION7(() => this.CONSUME(CustomPrefix));
          },
        },
        { ALT: () => this.CONSUME(PsqlSource) },
      ]);
    });
    this.CONSUME(Severity);
    this.OPTION5(() => this.CONSUME(Message));
  });
  tool = this.RULE('tool', () => {
    this.CONSUME(ClientTool);
    this.OR([
      { ALT: () => { this.CONSUME(ToolSeverity); this.OPTION(() => this.CONSUME(Message)); } },
      { ALT: () => this.OPTION2(() => this.CONSUME(ToolMessage)) },
    ]);
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
const CONTINUATIONS = new Set(['STATEMENT', 'DETAIL', 'HINT', 'CONTEXT', 'QUERY', 'LOCATION']);

/** `DEBUG1`…`DEBUG5` are debug; QUERY and LOCATION, which no other log names, are info. */
function severityLevel(severity: string): Level {
  return levelOf(POSTGRES_LEVELS, severity) ?? 'info';
}

/** A client tool's own line (`pg_restore: error: …`), from its tokens' images. */
function toolLine(images: Record<string, string>): PayloadResult {
  const tool = images.ClientTool.replace(/: $/, '');
  const raw = images.ToolSeverity?.trim().replace(/:$/, '');
  // `[archiver (db)]` is how pg_restore before 12 reported its errors.
  const severity = raw === undefined ? undefined : raw.startsWith('[') ? 'error' : raw.toLowerCase();
  return {
    format: 'postgres',
    level: severity === undefined ? 'info' : levelOf(TOOL_LEVELS, severity) ?? 'info',
    message: images.Message ?? images.ToolMessage ?? '',
    fields: { tool, ...(severity ? { severity: severity.toUpperCase() } : {}) },
  };
}

/** A server line (or psql's `psql:file:line:` error), from its tokens' images. */
function serverLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const severity = images.Severity.trim().replace(/:$/, '');
  const fields: Record<string, string | number | boolean> = { severity };
  const pid = images.Pid;
  if (pid) fields.pid = Number(pid.trim().slice(1, -1));
  const session = images.SessionTag?.trim();
  if (session) fields.session = session;
  const prefix = images.CustomPrefix?.trim();
  if (prefix) fields.prefix = prefix;
  const psql = images.PsqlSource;
  if (psql) {
    const m = /^psql:(.*):(\d+):$/.exec(psql);
    if (m) { fields.script = m[1]; fields.scriptLine = Number(m[2]); }
  }
  if (CONTINUATIONS.has(severity)) fields.continues = true;
  const message = images.Message ?? '';
  const character = /\bat character (\d+)$/.exec(message);
  if (character) fields.character = Number(character[1]);
  const when = images.DateTime;
  const zone = images.Zone?.trim();
  return {
    format: 'postgres',
    ts: when ? parseIsoTimestamp(zone ? `${when} ${zone}` : when, parse.tz) : undefined,
    level: severityLevel(severity),
    message,
    fields,
  };
}

function createVisitor(parser: PostgresParser) {
  const Base = parser.getBaseCstVisitorConstructor<ParseContext, PayloadResult>();
  return new (class PostgresVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, CstNode[]>, parse: ParseContext): PayloadResult {
      return this.visit((ctx.server ?? ctx.tool), parse);
    }
    tool(ctx: Record<string, IToken[]>): PayloadResult {
      return toolLine(tokenImages(ctx));
    }
    server(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return serverLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's two rules as token-name sequences: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^(?:(?:(?:Progress )?DateTime(?: Zone)?(?: Pid)?(?: SessionTag)?(?: CustomPrefix)?|PsqlSource) )?Severity(?: Message)?$/, read: serverLine },
  { sequence: /^ClientTool(?: ToolSeverity(?: Message)?| ToolMessage)?$/, read: toolLine },
]);

/**
 * Postgres severities. FATAL ends one session (a failed login, a client during start-up), PANIC
 * the server: the failure signals tell them apart, the level table only ranks them. In a
 * container the postmaster is PID 1: its FATAL (`[1] FATAL:  database files are incompatible
 * with server`) is the server refusing to start, no session's.
 */
/**
 * FATALs only the postmaster says, refusing to start, whatever its PID (a container whose init runs
 * it, a host): its data directory from another version, its lock file, its directory's owner or
 * mode, its configuration, its sockets, its shared memory.
 */
const POSTMASTER_REFUSES = new RegExp([
  /^database files are incompatible with server\b|^could not (?:write|create) lock file "postmaster\.pid"/.source,
  /^lock file "postmaster\.pid" already exists\b|^data directory "[^"\n]*" has (?:wrong ownership|invalid permissions)\b/.source,
  /^"[^"\n]*" is not a valid data directory\b|^configuration file "[^"\n]*" contains errors\b/.source,
  /^could not create any TCP\/IP sockets\b|^pre-existing shared memory block \(key \d+, ID \d+\) is still in use\b/.source,
].join('|'));

/**
 * A standby's WAL receiver told by its primary that the WAL it needs is gone (`FATAL:  could not receive data from WAL
 * stream: ERROR:  requested WAL segment 00000001000000040000007E has already been removed`, bitnami/containers#67054):
 * it retries for ever and the standby never catches up again, until it is rebuilt.
 */
const STANDBY_CANNOT_FOLLOW = /^could not receive data from WAL stream: ERROR: +requested WAL segment \w+ has already been removed\b/;

const DUMP_AND_RESTORE: ReadonlySet<string> = new Set(['pg_dump', 'pg_dumpall', 'pg_restore', 'pg_upgrade']);
const RESTORE_GOES_ON = /^(?:could not execute query|Error while PROCESSING TOC|Error from TOC entry|from TOC entry)\b/;

export const POSTGRES_LEVELS: LevelTable = {
  spellings: {
    DEBUG: 'debug', DEBUG1: 'debug', DEBUG2: 'debug', DEBUG3: 'debug', DEBUG4: 'debug', DEBUG5: 'debug',
    LOG: 'info', INFO: 'info', STATEMENT: 'info', DETAIL: 'info', HINT: 'info', CONTEXT: 'info', QUERY: 'info', LOCATION: 'info',
    NOTICE: 'notice', WARNING: 'warn', ERROR: 'error', FATAL: 'fatal', PANIC: 'fatal',
  },
  markers: (s) => [`${s}:  `],
  processDied: (fields, message) => fields.tool === undefined
    && (fields.severity === 'PANIC' || (fields.severity === 'FATAL'
      && (fields.pid === 1 || POSTMASTER_REFUSES.test(message) || STANDBY_CANNOT_FOLLOW.test(message)))),
  // docker-library/postgres#1211, langgenius/dify#19154: the startup process crashed and the postmaster gave up.
  // pg_ctl's own `pg_ctl: could not start server` (tensorchord/pgvecto.rs#292): the server never came up.
  // A server process that died took the others with it (`all server processes terminated; reinitializing`, after
  // `autovacuum launcher process (PID 198) exited with exit code 1`, bitnami/bitnami-docker-postgresql#318).
  deathMessages: {
    pattern: /\bdue to startup process failure\b|\bstartup process \(PID \d+\) was terminated by signal \d+|^could not start server\b|^all server processes terminated; reinitializing\b/,
    literals: ['startup process', 'could not start server', 'server processes terminated'],
  },
  // A dump, a restore, an upgrade that stopped: pg_dump and pg_upgrade stop on their error, pg_restore on
  // its own (`one of -d/--dbname and -f/--file must be specified`, a file it cannot read). Not a statement
  // pg_restore reports and goes past (`could not execute query: …`, with its TOC entry): `--clean` on a
  // fresh database drops what is not there, harmlessly, and a rule weighs what failed. Not psql's or
  // pg_ctl's: an entrypoint probes a starting server with them and retries (`psql: error: could not
  // connect to server: FATAL:  the database system is starting up`).
  exitsOnError: (fields, message) => (typeof fields.tool === 'string' && DUMP_AND_RESTORE.has(fields.tool)
    && !(fields.tool === 'pg_restore' && RESTORE_GOES_ON.test(message)) ? fields.tool : undefined),
};

/** pg_restore, pg_dump …: lower-case severities; their `fatal` is the tool giving up, not the server. */
const TOOL_LEVELS: LevelTable = { spellings: { error: 'error', warning: 'warn', fatal: 'error', detail: 'info', hint: 'info' } };

// ── samples (LOG-FORMATS.md §4) ───────────────────────────────────────────
export const postgresSamples = [
  { line: '2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', level: 'error' },
  { line: '2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1', level: 'info' },
  { line: '2021-08-04 09:25:15.421 GMT [168] ERROR:  relation "django_site" does not exist at character 78', level: 'error' },
  { line: '2026-06-18 00:03:12.118 UTC [212] ERROR:  relation "ci_marker" does not exist at character 15', level: 'error' },
  { line: 'psql:009_monitoring_setup.sql:490: ERROR:  relation "cache_hit_ratios" does not exist', level: 'error' },
  { line: '2026-06-18 00:01:02.000 UTC [1] LOG:  database system is ready to accept connections', level: 'info' },
  { line: '2020-10-23 23:04:26.406 UTC [88] glrimon_admin@nrgisl01 FATAL:  password authentication failed for user "glrimon_admin"', level: 'fatal', fields: { session: 'glrimon_admin@nrgisl01', severity: 'FATAL' }, source: 'kartoza/docker-postgis#280' },
  { line: '2016-01-25 11:46:27 UTC FATAL:  the database system is starting up', level: 'fatal', source: 'deis/deis#4797' },
  { line: 'ERROR:  relation "settings" does not exist at character 204', level: 'error', fields: { character: 204 }, source: 'freeCodeCamp/mail-for-good#278' },
  { line: 'STATEMENT:  SELECT "id", "googleId" FROM "users" AS "user";', level: 'info', fields: { continues: true }, source: 'freeCodeCamp/mail-for-good#278' },
  { line: 'psql:/backups/globals.sql:14: ERROR:  role "postgres" already exists', level: 'error', fields: { script: '/backups/globals.sql', scriptLine: 14 }, source: 'kartoza/docker-pg-backup#32' },
  { line: 'pg_restore: error: one of -d/--dbname and -f/--file must be specified', level: 'error', fields: { tool: 'pg_restore', severity: 'ERROR' }, source: 'kartoza/docker-pg-backup#32' },
  { line: 'pg_restore: [archiver (db)] Error while PROCESSING TOC:', level: 'error', fields: { tool: 'pg_restore' }, source: 'flynn/flynn#4287' },
  { line: 'psql: FATAL:  the database system is starting up', level: 'error', fields: { tool: 'psql' }, source: 'sagemathinc/cocalc-docker#156' },
  { line: '2026-02-19 06:34:41 UTC [4610]: [2-1] user=postgres,db=postgres,app=[unknown],client=127.0.0.1 FATAL:  the database system is starting up', level: 'fatal', fields: { pid: 4610, prefix: ': [2-1] user=postgres,db=postgres,app=[unknown],client=127.0.0.1', severity: 'FATAL' }, source: 'FridrihTech21/OTUS-home-work (a PostgreSQL 16 start-up log)' },
  { line: 'waiting for server to shut down...2024-04-12 09:23:56.260 UTC [63] LOG:  aborting any active transactions', level: 'info', fields: { pid: 63 }, source: 'directus/directus#20542' },
  { line: '.2024-04-12 09:23:56.341 UTC [90] FATAL:  terminating connection due to administrator command', level: 'fatal', fields: { severity: 'FATAL', pid: 90 }, source: 'directus/directus#20542' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const postgresLog = defineLineGrammar<PayloadResult, PostgresParser>({
  name: 'postgres',
  role: 'payload',
  title: 'PostgreSQL server log (`%m [%p] ` and `%t` prefixes) and `psql:` errors',
  levels: POSTGRES_LEVELS,
  // The prefix-less form needs postgres's two spaces after the severity (`ERROR: x` is anybody's).
  sniff: /^(?:(?:waiting for server to (?:start|shut down))?\.*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [A-Z]{2,5}| [+-]\d{2}(?::?\d{2})?)?(?: \[\d+[\]-]| (?:ERROR|FATAL|PANIC|LOG|WARNING|NOTICE|STATEMENT|DETAIL|HINT|CONTEXT):)|psql:|pg_(?:restore|dump|dumpall|basebackup|ctl|upgrade): |(?:ERROR|FATAL|PANIC|WARNING|NOTICE|LOG|STATEMENT|DETAIL|HINT|CONTEXT): {2}\S)/,
  samples: postgresSamples,
  lexer: modes,
  parser: () => new PostgresParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
