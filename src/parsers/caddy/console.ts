/**
 * Caddy's console encoder (zap), used when Caddy writes to a terminal (LOG-FORMATS.md §2.1),
 * and zap's own console encoder with its ISO 8601 time:
 *
 *   2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile
 *   2025/03/17 16:58:32.357\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "…"}
 *   ERROR   tls.obtain      could not get certificate from issuer   {"identifier": "…"}       (the time cut off)
 *   2024-05-04T17:09:35.597+0800\tINFO\tzap2/main.go:22\tdoesn't this look nice\t{"nice_level": "-14+12i"}
 *
 * Columns are tab-separated by zap; copies in issues often turned tabs into runs of spaces,
 * so both separate the logger from the message. Trailing JSON holds the context fields.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp, parseSlashTimestamp } from '../time.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';
import { caddyDerivedFields } from './fields.js';
import { flattenJsonFields } from '../json/fields.js';

// ── tokens ────────────────────────────────────────────────────────────────
const SlashDate = createToken({ name: 'SlashDate', pattern: /\d{4}\/\d{2}\/\d{2}/ });
const Clock = createToken({ name: 'Clock', pattern: / \d{2}:\d{2}:\d{2}\.\d+/ });
const IsoTime = createToken({ name: 'IsoTime', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/ });
const Level = createToken({ name: 'Level', pattern: /[ \t]+(?:DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)[ \t]+/, push_mode: 'message' });
/** A line whose time was cut off starts with its level, then a tab or a run of spaces. */
const LeadingLevel = createToken({ name: 'LeadingLevel', pattern: /(?:DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)(?:\t| {2,})/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [IsoTime, SlashDate, Clock, Level, LeadingLevel], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class CaddyConsoleParser extends CstParser {
  constructor() {
    super([IsoTime, SlashDate, Clock, Level, LeadingLevel, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => { this.CONSUME(SlashDate); this.CONSUME(Clock); this.CONSUME(Level); } },
      { ALT: () => { this.CONSUME(IsoTime); this.CONSUME2(Level); } },
      { ALT: () => this.CONSUME(LeadingLevel) },
    ]);
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

/** A Caddy or zap console line, from its tokens' images: what the visitor and the fast path both return. */
function consoleLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const { logger, msg, json } = splitColumns(images.Message ?? '');
  const fields: Record<string, string | number | boolean> = {};
  if (logger) fields.logger = logger;
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed && typeof parsed === 'object') flattenJsonFields(parsed as Record<string, unknown>, '', 0, fields);
    } catch {
      fields.context = json;
    }
  }
  Object.assign(fields, caddyDerivedFields(fields));
  const iso = images.IsoTime;
  const slash = images.SlashDate;
  return {
    // zap's ISO time is any Go service's console; Caddy writes its own slash-dated one.
    format: iso ? 'zap' : 'caddy',
    ts: slash ? parseSlashTimestamp(slash, images.Clock.trim(), parse.tz) : iso ? parseIsoTimestamp(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'), parse.tz) : undefined,
    level: levelOf(CADDY_CONSOLE_LEVELS, (images.Level ?? images.LeadingLevel).trim()),
    message: msg,
    fields,
  };
}

function createVisitor(parser: CaddyConsoleParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class CaddyConsoleVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return consoleLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^(?:SlashDate Clock Level|IsoTime Level|LeadingLevel)(?: Message)?$/, read: consoleLine },
]);

/** zap's console encoder: capital level names. */
export const CADDY_CONSOLE_LEVELS: LevelTable = {
  spellings: { DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error', DPANIC: 'fatal', PANIC: 'fatal', FATAL: 'fatal' },
  markers: (s) => [s],
};

// ── samples (LOG-FORMATS.md §2) ───────────────────────────────────────────
export const caddyConsoleSamples = [
  { line: '2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile', level: 'info', source: 'caddyserver/caddy#6901' },
  { line: 'ERROR   tls.obtain      could not get certificate from issuer   {"identifier": "api.headscale.193-110-48-10.nip.io", "issuer": "acme.zerossl.com-v2-DV90", "error": "HTTP 0  - "}', level: 'error', fields: { logger: 'tls.obtain', identifier: 'api.headscale.193-110-48-10.nip.io' }, source: 'SimCubeLtd/headscale-quickstart#12, its time cut off' },
  { line: '2024-05-04T17:09:35.597+0800\tINFO\tzap2/main.go:22\tdoesn\'t this look nice\t{"nice_level": "-14+12i"}', level: 'info', fields: { nice_level: '-14+12i' }, source: 'thessem/zap-prettyconsole#4 (its tabs restored)' },
  { line: '2025-03-07T00:14:03.714+0700\tPANIC\tzaplog/T_test.go:27\texpect TRUE while got FALSE', level: 'fatal', source: 'uber-go/zap#1490' },
  { line: '2025/03/17 16:58:32.357 INFO    tls.cache.maintenance   start ...', level: 'info' },
  { line: '2026/06/18 00:31:07.412\tERROR\ttls\tfailed to get permission for on-demand certificate\t{"domain": "warm-bluesky-pds.ci.commoninternet.net", "error": "checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}', level: 'error' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const caddyConsoleLog = defineLineGrammar<PayloadResult, CaddyConsoleParser>({
  name: 'caddy-console',
  role: 'payload',
  eventFormats: ['caddy', 'zap'],
  title: 'Caddy and zap console encoders, with or without the time (`2025/03/17 16:58:32.357 INFO    using adjacent Caddyfile`)',
  levels: CADDY_CONSOLE_LEVELS,
  sniff: /^(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}\.\d+[ \t]+|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})\t)?(?:DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)(?:\t| {2,})/,
  samples: caddyConsoleSamples,
  lexer: modes,
  parser: () => new CaddyConsoleParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
