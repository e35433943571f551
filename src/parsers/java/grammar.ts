/**
 * Java/Quarkus logging as Keycloak prints it (LOG-FORMATS.md §8):
 *
 *   2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: …
 *   2023-01-11 15:50:41,110 WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': Connection to …
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const DateTime = createToken({ name: 'DateTime', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}/ });
const Level = createToken({ name: 'Level', pattern: / (?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +/ });
const Category = createToken({ name: 'Category', pattern: /\[[\x20-\x5c\x5e-\uffff]*\] / });
const Thread = createToken({ name: 'Thread', pattern: /\([\x20-\x28\x2a-\uffff]*\) ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [DateTime, Level, Category, Thread], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class JavaLogParser extends CstParser {
  constructor() {
    super([DateTime, Level, Category, Thread, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(DateTime);
    this.CONSUME(Level);
    this.CONSUME(Category);
    this.CONSUME(Thread);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
/** A Java (Quarkus, Keycloak) log line, from its tokens' images: what the visitor and the fast path both return. */
function javaLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  return {
    format: 'java',
    ts: parseIsoTimestamp(images.DateTime, parse.tz),
    level: levelOf(JAVA_LEVELS, images.Level.trim()),
    message: images.Message ?? '',
    fields: { logger: images.Category.trim().slice(1, -1), thread: images.Thread.trim().slice(1, -1) },
  };
}

function createVisitor(parser: JavaLogParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class JavaLogVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return javaLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^DateTime Level Category Thread(?: Message)?$/, read: javaLine },
]);

export const JAVA_LEVELS: LevelTable = {
  spellings: { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error', FATAL: 'fatal' },
  markers: (s) => [` ${s} `],
};

// ── samples (LOG-FORMATS.md §8) ───────────────────────────────────────────
export const javaLogSamples = [
  { line: '2022-06-29 04:32:07,232 ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode', level: 'error' },
  { line: "2023-01-11 15:50:41,110 WARN  [io.agroal.pool] (agroal-11) Datasource '<default>': Connection to postgres:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", level: 'warn' },
  { line: '2026-06-18 01:02:11,004 INFO  [org.keycloak.quarkus.runtime.KeycloakMain] (main) Running the server in development mode. DO NOT use this configuration in production.', level: 'info' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const javaLog = defineLineGrammar<PayloadResult, JavaLogParser>({
  name: 'java',
  role: 'payload',
  title: 'Java / Quarkus (Keycloak) `YYYY-MM-DD HH:MM:SS,mmm LEVEL [category] (thread) …`',
  levels: JAVA_LEVELS,
  sniff: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} (?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL) /,
  samples: javaLogSamples,
  lexer: modes,
  parser: () => new JavaLogParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
