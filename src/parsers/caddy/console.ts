/**
 * Caddy's console encoder (zap), used when Caddy writes to a terminal (LOG-FORMATS.md §2.1):
 *
 *   2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile
 *   2025/03/17 16:58:32.357\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "…", "error": "…"}
 *
 * Columns are tab-separated by zap; copies in issues often turned tabs into runs of spaces,
 * so both separate the logger from the message. Trailing JSON holds the context fields.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseSlashTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';
import { caddyDerivedFields } from './fields.js';
import { flattenJsonFields } from '../json/fields.js';

// ── tokens ────────────────────────────────────────────────────────────────
const SlashDate = createToken({ name: 'SlashDate', pattern: /\d{4}\/\d{2}\/\d{2}/ });
const Clock = createToken({ name: 'Clock', pattern: / \d{2}:\d{2}:\d{2}\.\d+/ });
const Level = createToken({ name: 'Level', pattern: /[ \t]+(?:DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)[ \t]+/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [SlashDate, Clock, Level], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class CaddyConsoleParser extends CstParser {
  constructor() {
    super([SlashDate, Clock, Level, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(SlashDate);
    this.CONSUME(Clock);
    this.CONSUME(Level);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
const loggerName = /^[a-z][\w.]*$/;

/**
 * Start of the spaces before the first ` {"`, or -1: what `search(/ +\{"/)` finds, without its
 * quadratic retry at every space of a long run that never reaches a brace.
 */
function spacesBeforeJson(body: string): number {
  const at = body.indexOf(' {"');
  if (at < 0) return -1;
  let start = at;
  while (start > 0 && body.charCodeAt(start - 1) === 0x20) start -= 1;
  return start;
}

function splitColumns(rest: string): { logger?: string; msg: string; json?: string } {
  let body = rest;
  let json: string | undefined;
  const tab = body.indexOf('\t{');
  const brace = tab >= 0 ? tab : spacesBeforeJson(body);
  if (brace >= 0 && body.endsWith('}')) {
    json = body.slice(brace).trim();
    body = body.slice(0, brace);
  }
  const columns = body.split(/\t| {2,}/).filter((c) => c.length > 0);
  if (columns.length >= 2 && loggerName.test(columns[0])) return { logger: columns[0], msg: columns.slice(1).join(' '), json };
  return { msg: columns.join(' '), json };
}

function createVisitor(parser: CaddyConsoleParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class CaddyConsoleVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      const { logger, msg, json } = splitColumns(image(ctx.Message) ?? '');
      const fields: Record<string, string | number | boolean> = {};
      if (logger) fields.logger = logger;
      if (json) {
        try {
          const parsed: unknown = JSON.parse(json);
          if (parsed && typeof parsed === 'object') Object.assign(fields, flattenJsonFields(parsed as Record<string, unknown>));
        } catch {
          fields.context = json;
        }
      }
      Object.assign(fields, caddyDerivedFields(fields));
      return {
        format: 'caddy',
        ts: parseSlashTimestamp(image(ctx.SlashDate)!, image(ctx.Clock)!.trim(), parse.tz),
        level: levelOf(CADDY_CONSOLE_LEVELS, image(ctx.Level)!.trim()),
        message: msg,
        fields,
      };
    }
  })();
}

/** zap's console encoder: capital level names. */
export const CADDY_CONSOLE_LEVELS: LevelTable = {
  spellings: { DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error', DPANIC: 'fatal', PANIC: 'fatal', FATAL: 'fatal' },
  markers: (s) => [s],
};

// ── samples (LOG-FORMATS.md §2) ───────────────────────────────────────────
export const caddyConsoleSamples = [
  { line: '2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile', level: 'info' },
  { line: '2025/03/17 16:58:32.357 INFO    tls.cache.maintenance   start ...', level: 'info' },
  { line: '2026/06/18 00:31:07.412\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "warm-bluesky-pds.ci.commoninternet.net", "error": "checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}', level: 'error' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const caddyConsoleLog = defineLineGrammar<PayloadResult, CaddyConsoleParser>({
  name: 'caddy-console',
  role: 'payload',
  title: 'Caddy console encoder (`2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile`)',
  levels: CADDY_CONSOLE_LEVELS,
  sniff: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d+[ \t]+(?:DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)[ \t]/,
  samples: caddyConsoleSamples,
  lexer: modes,
  parser: () => new CaddyConsoleParser(),
  visitor: createVisitor,
});
