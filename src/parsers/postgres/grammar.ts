/**
 * PostgreSQL server log lines with the default `log_line_prefix = '%m [%p] '`, and psql errors
 * (LOG-FORMATS.md §4):
 *
 *   2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225
 *   2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id …
 *   psql:009_monitoring_setup.sql:490: ERROR:  relation "cache_hit_ratios" does not exist
 *
 * Note the two spaces after the severity. STATEMENT/DETAIL/HINT lines continue the entry above
 * them: they carry `continues` so a rule can tell them from a new error.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import type { Level } from '../../events.js';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const DateTime = createToken({ name: 'DateTime', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?/ });
const Zone = createToken({ name: 'Zone', pattern: / (?:[A-Z]{2,5}|[+-]\d{2}(?::?\d{2})?)/ });
const Pid = createToken({ name: 'Pid', pattern: / \[\d+\]/ });
const SessionTag = createToken({ name: 'SessionTag', pattern: / [\w.-]*@[\w.-]*/ });
const PsqlSource = createToken({ name: 'PsqlSource', pattern: /psql:[\w./ -]*:\d+:/ });
const Severity = createToken({
  name: 'Severity',
  pattern: / ?(?:ERROR|FATAL|PANIC|LOG|WARNING|NOTICE|INFO|DEBUG[1-5]?|STATEMENT|DETAIL|HINT|CONTEXT|QUERY|LOCATION): {0,2}/,
  push_mode: 'message',
});
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─ (Severity before Zone: ` ERROR:` would otherwise lex as a zone abbreviation)
// ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [DateTime, Severity, Zone, Pid, SessionTag, PsqlSource], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class PostgresParser extends CstParser {
  constructor() {
    super([DateTime, Zone, Pid, SessionTag, PsqlSource, Severity, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => { this.CONSUME(DateTime); this.OPTION(() => this.CONSUME(Zone)); this.CONSUME(Pid); this.OPTION2(() => this.CONSUME(SessionTag)); } },
      { ALT: () => this.CONSUME(PsqlSource) },
    ]);
    this.CONSUME(Severity);
    this.OPTION3(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
const CONTINUATIONS = new Set(['STATEMENT', 'DETAIL', 'HINT', 'CONTEXT', 'QUERY', 'LOCATION']);

/** `DEBUG1`…`DEBUG5` are debug; QUERY and LOCATION, which no other log names, are info. */
function severityLevel(severity: string): Level {
  return levelOf(POSTGRES_LEVELS, severity) ?? 'info';
}

function createVisitor(parser: PostgresParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class PostgresVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      const severity = image(ctx.Severity)!.trim().replace(/:$/, '');
      const fields: Record<string, string | number | boolean> = { severity };
      const pid = image(ctx.Pid);
      if (pid) fields.pid = Number(pid.trim().slice(1, -1));
      const session = image(ctx.SessionTag)?.trim();
      if (session) fields.session = session;
      const psql = image(ctx.PsqlSource);
      if (psql) {
        const m = /^psql:(.*):(\d+):$/.exec(psql);
        if (m) { fields.script = m[1]; fields.scriptLine = Number(m[2]); }
      }
      if (CONTINUATIONS.has(severity)) fields.continues = true;
      const message = image(ctx.Message) ?? '';
      const character = /\bat character (\d+)$/.exec(message);
      if (character) fields.character = Number(character[1]);
      const when = image(ctx.DateTime);
      const zone = image(ctx.Zone)?.trim();
      return {
        format: 'postgres',
        ts: when ? parseIsoTimestamp(zone ? `${when} ${zone}` : when, parse.tz) : undefined,
        level: severityLevel(severity),
        message,
        fields,
      };
    }
  })();
}

/**
 * Postgres severities. FATAL ends one session (a failed login, a client during start-up), PANIC
 * the server: the failure signals tell them apart, the level table only ranks them.
 */
export const POSTGRES_LEVELS: LevelTable = {
  spellings: {
    DEBUG: 'debug', DEBUG1: 'debug', DEBUG2: 'debug', DEBUG3: 'debug', DEBUG4: 'debug', DEBUG5: 'debug',
    LOG: 'info', INFO: 'info', STATEMENT: 'info', DETAIL: 'info', HINT: 'info', CONTEXT: 'info', QUERY: 'info', LOCATION: 'info',
    NOTICE: 'notice', WARNING: 'warn', ERROR: 'error', FATAL: 'fatal', PANIC: 'fatal',
  },
  markers: (s) => [`${s}:  `],
  processDied: (fields) => fields.severity === 'PANIC',
};

// ── samples (LOG-FORMATS.md §4) ───────────────────────────────────────────
export const postgresSamples = [
  { line: '2022-06-29 20:09:39.436 UTC [97] ERROR:  relation "user" does not exist at character 225', level: 'error' },
  { line: '2022-06-29 20:09:39.436 UTC [97] STATEMENT:  SELECT "user".id AS user_id FROM "user" WHERE "user".email = \'admin@sample.com\' LIMIT 1', level: 'info' },
  { line: '2021-08-04 09:25:15.421 GMT [168] ERROR:  relation "django_site" does not exist at character 78', level: 'error' },
  { line: '2026-06-18 00:03:12.118 UTC [212] ERROR:  relation "ci_marker" does not exist at character 15', level: 'error' },
  { line: 'psql:009_monitoring_setup.sql:490: ERROR:  relation "cache_hit_ratios" does not exist', level: 'error' },
  { line: '2026-06-18 00:01:02.000 UTC [1] LOG:  database system is ready to accept connections', level: 'info' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const postgresLog = defineLineGrammar<PayloadResult, PostgresParser>({
  name: 'postgres',
  role: 'payload',
  title: 'PostgreSQL server log (`%m [%p] ` and `%t` prefixes) and `psql:` errors',
  levels: POSTGRES_LEVELS,
  sniff: /^(?:\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?(?: [A-Z]{2,5}| [+-]\d{2}(?::?\d{2})?)? \[\d+\]|psql:)/,
  samples: postgresSamples,
  lexer: modes,
  parser: () => new PostgresParser(),
  visitor: createVisitor,
});
