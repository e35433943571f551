/**
 * logfmt lines, as logrus (without a TTY), Traefik and many Go tools print them
 * (LOG-FORMATS.md §6, §9):
 *
 *   time="2019-07-11T14:13:53Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp …: i/o timeout"
 *
 * Every pair becomes a field; `msg`, `level` and `time` fill the event.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { CstNode, IToken } from 'chevrotain';
import { setField, type Fields } from '../../events.js';
import { parseIsoTimestamp } from '../time.js';
import { defineLineGrammar, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';
import { goMainError, NAMED_LEVELS } from '../levels.js';
import { caddyDerivedFields } from '../caddy/fields.js';

// ── tokens ────────────────────────────────────────────────────────────────
const Key = createToken({ name: 'Key', pattern: /[A-Za-z_][\w.-]*/ });
const Equals = createToken({ name: 'Equals', pattern: /=/, push_mode: 'value' });
const Space = createToken({ name: 'Space', pattern: /[ \t]+/ });
// A quoted value holds any character but `"` and `\`: explicit ranges rather than `[^"\\]`
// keep chevrotain's first-character optimization.
// eslint-disable-next-line no-control-regex -- control characters belong to a quoted value too
const Quoted = createToken({ name: 'Quoted', pattern: /"(?:[\x00-\x21\x23-\x5b\x5d-\uffff]|\\[\x00-\uffff])*"/, pop_mode: true });
const Bare = createToken({ name: 'Bare', pattern: /[\x21\x23-\uffff][\x21-\uffff]*/, pop_mode: true });
/** `key= next=…`: the separator that ends an empty value also leaves value mode. */
const SpaceAfterEmptyValue = createToken({ name: 'SpaceAfterEmptyValue', pattern: /[ \t]+/, pop_mode: true, categories: [Space] });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { pairs: [Key, Equals, Space], value: [Quoted, Bare, SpaceAfterEmptyValue] }, defaultMode: 'pairs' };

// ── parser ────────────────────────────────────────────────────────────────
class LogfmtParser extends CstParser {
  constructor() {
    super([Key, Equals, Space, Quoted, Bare, SpaceAfterEmptyValue], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  // Pairs separated by spaces, and spaces after the last one: a separator is a space before a key
  // (two tokens of lookahead), so a line that ends in a space (docker's as pasted, logrus with an
  // empty last field) is still logfmt. AT_LEAST_ONE_SEP took that space for a separator and failed.
  line = this.RULE('line', () => {
    this.OPTION(() => this.CONSUME(Space));
    this.SUBRULE(this.pair);
    this.MANY(() => {
      this.CONSUME2(Space);
      this.SUBRULE2(this.pair);
    });
    this.OPTION2(() => this.CONSUME3(Space));
  });
  pair = this.RULE('pair', () => {
    this.CONSUME(Key);
    this.CONSUME(Equals);
    this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(Quoted) }, { ALT: () => this.CONSUME(Bare) }]));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
function unquote(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  }
}

function createVisitor(parser: LogfmtParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class LogfmtVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: { pair?: CstNode[] }, parse: ParseContext): PayloadResult | undefined {
      const fields: Fields = {};
      for (const pair of ctx.pair ?? []) {
        const [key, value] = this.visit(pair) as [string, string];
        setField(fields, key, value);
      }
      // A line with a single bare pair is more likely prose containing "=" than logfmt.
      if (Object.keys(fields).length < 2 && fields.msg === undefined) return undefined;
      // go-kit's loggers (Prometheus, Alertmanager) often say it all in `err=` and have no `msg`.
      const message = String(fields.msg ?? fields.message ?? fields.err ?? fields.error ?? '');
      Object.assign(fields, caddyDerivedFields(fields, message));
      const time = fields.time ?? fields.ts;
      return {
        format: 'logfmt',
        ts: typeof time === 'string' ? parseIsoTimestamp(time, parse.tz) : undefined,
        level: levelOf(LOGFMT_LEVELS, String(fields.level ?? fields.lvl ?? '')),
        message,
        fields,
      };
    }
    pair(ctx: Record<string, IToken[]>): [string, string] {
      const value = ctx.Quoted?.[0]?.image ?? ctx.Bare?.[0]?.image ?? '';
      return [ctx.Key[0].image, unquote(value)];
    }
  })();
}

export const LOGFMT_LEVELS: LevelTable = {
  spellings: NAMED_LEVELS,
  markers: (s) => [`level=${s}`, `level="${s}"`],
  exitsOnError: goMainError,
};

// ── samples ───────────────────────────────────────────────────────────────
export const logfmtSamples = [
  { line: 'time="2019-07-11T14:13:53Z" level=debug msg="\'504 Gateway Timeout\' caused by: dial tcp 10.255.2.192:8080: i/o timeout"', level: 'debug' },
  { line: 'time="2019-07-11T14:13:53Z" level=debug msg="vulcand/oxy/forward/http: Round trip: http://10.255.2.192:8080, code: 504, Length: 15, duration: 30.000786131s"', level: 'debug' },
  { line: 'time="2026-06-18T00:40:01Z" level=fatal msg="rpc error: code = Unknown desc = authentication required" empty=', level: 'fatal' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const logfmtLog = defineLineGrammar<PayloadResult, LogfmtParser>({
  name: 'logfmt',
  role: 'payload',
  title: 'logfmt / logrus text (`time="…" level=error msg="…"`)',
  levels: LOGFMT_LEVELS,
  sniff: /^\s*[A-Za-z_][\w.-]*=(?:"|[\x21\x23-\x7e]+ [A-Za-z_][\w.-]*=)/,
  samples: logfmtSamples,
  lexer: modes,
  parser: () => new LogfmtParser(),
  visitor: createVisitor,
});
