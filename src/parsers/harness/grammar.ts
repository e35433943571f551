/**
 * cc-ci harness lines: `<RFC3339 UTC> [<component>] <statement>`, e.g.
 *
 *   2026-06-17T23:21:04Z [cc-ci] RECIPE=discourse VERSION=0.8.1+3.5.0 MODE=cold
 *   2026-06-17T23:52:10Z [tier] upgrade: FAIL (2 failed, 3 passed in 388.20s)
 *   2026-06-18T00:44:51Z [WC5] warm-bluesky-pds.ci.commoninternet.net: not healthy over HTTPS /xrpc/_health …
 *
 * The grammar reads the layout; the structural statements are data (formats/cc-ci-harness.json,
 * read by statements.ts), which a user's `harness` definition without a regex replaces.
 * The layout is a reconstruction: the seeds quote statement text, not line prefixes.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import type { Fields } from '../../events.js';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, type PayloadResult, type ParseContext, PARSER_CONFIG, type FormatSample } from '../kit.js';
import { HARNESS_STATEMENTS, HARNESS_TAGS, keyValuePairs, recognizeStatement, tierFailed, type HarnessStatement } from './statements.js';

// ── tokens ────────────────────────────────────────────────────────────────
const Timestamp = createToken({ name: 'Timestamp', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) / });
const Tag = createToken({ name: 'Tag', pattern: new RegExp(`\\[(?:${HARNESS_TAGS.join('|')})\\] ?`), push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { prefix: [Timestamp, Tag], message: [Message] }, defaultMode: 'prefix' };

// ── parser ────────────────────────────────────────────────────────────────
class HarnessParser extends CstParser {
  constructor() {
    super([Timestamp, Tag, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OPTION(() => this.CONSUME(Timestamp));
    this.CONSUME(Tag);
    this.OPTION2(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
function createVisitor(parser: HarnessParser, statements: readonly HarnessStatement[]) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class HarnessVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      const tag = image(ctx.Tag)!.trim().slice(1, -1);
      const message = image(ctx.Message) ?? '';
      const fields: Fields = { component: tag };
      const statement = recognizeStatement(tag, message, statements);
      if (statement) Object.assign(fields, statement.fields);
      if (statement?.kind === 'recipe') Object.assign(fields, keyValuePairs(message));
      const when = image(ctx.Timestamp);
      const failed = tierFailed(statement);
      return {
        format: 'harness',
        kind: statement?.kind,
        ts: when ? parseIsoTimestamp(when.trim(), parse.tz) : undefined,
        level: failed ? 'error' : 'info',
        message,
        fields,
      };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
/** Layout samples, then each statement's sample under its first tag. */
function harnessSamples(statements: readonly HarnessStatement[]): FormatSample[] {
  return [
    { line: '2026-06-17T23:21:04Z [cc-ci] RECIPE=discourse VERSION=0.8.1+3.5.0 MODE=cold QUICK= REF=', level: 'info', kind: 'recipe' },
    { line: '2026-06-17T23:52:10Z [tier] upgrade: FAIL (2 failed, 3 passed in 388.20s)', level: 'error', kind: 'tier-end' },
    { line: '2026-06-18T00:44:51Z [WC5] warm-bluesky-pds.ci.commoninternet.net: not healthy over HTTPS /xrpc/_health (last status 0)', level: 'info' },
    { line: '[prepull] skipping (deploy will pull as usual)', level: 'info' },
    ...statements.map((s) => ({ line: `2026-06-17T23:00:00Z [${s.tags?.[0] ?? 'cc-ci'}] ${s.sample}`, kind: s.kind })),
  ];
}

// ── API ───────────────────────────────────────────────────────────────────

/** The cc-ci layout reading these statements: the built-in ones, or a user `harness` definition's. */
export function harnessGrammar(statements: readonly HarnessStatement[]) {
  return defineLineGrammar<PayloadResult, HarnessParser>({
    name: 'harness',
    role: 'payload',
    title: 'cc-ci harness and sweep statements (`[tier] restore: FAIL …`)',
    sniff: new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2}) )?\\[(?:${HARNESS_TAGS.join('|')})\\]`),
    samples: harnessSamples(statements),
    lexer: modes,
    parser: () => new HarnessParser(),
    visitor: (parser) => createVisitor(parser, statements),
  });
}

export const harnessLog = harnessGrammar(HARNESS_STATEMENTS);
