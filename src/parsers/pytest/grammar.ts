/**
 * pytest's terminal output, as the sweep and run_recipe_ci.py logs capture it:
 *
 *   tests/gitea/test_install.py::test_serves PASSED                        [ 50%]
 *   [gw1] [ 25%] FAILED tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence
 *   FAILED tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: …
 *   ==================== 1 failed, 4 passed, 2 warnings in 41.07s ====================
 *   E       AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { CstNode, IToken } from 'chevrotain';
import type { Fields } from '../../events.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
/**
 * A failed NodeId attempt scans the whole run of [\w./-] characters ahead. The tokens made of such
 * characters only (Outcome, In, Duration) must end the run (`(?![\w./-])`), or a long run (`inin…`,
 * `7s7s…`) lexes as one token after another, each paying a NodeId scan to the run's end: quadratic.
 * The verbose-result fast path (VERBOSE_RESULT) is built from the same patterns.
 */
const PATTERNS = {
  nodeId: /[\w./-]+\.py(?:::[\w.-]+)+(?:\[[\x20-\x5c\x5e-\uffff]*\])?/,
  outcome: /(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)(?![\w./-])/,
  percent: /\[ *\d+%\]/,
  reason: /\([\x20-\x28\x2a-\uffff]*\)/,
  space: /[ \t]+/,
};
const NodeId = createToken({ name: 'NodeId', pattern: PATTERNS.nodeId });
const Outcome = createToken({ name: 'Outcome', pattern: PATTERNS.outcome });
const Worker = createToken({ name: 'Worker', pattern: /\[gw\d+\]/ });
const Percent = createToken({ name: 'Percent', pattern: PATTERNS.percent });
const Reason = createToken({ name: 'Reason', pattern: PATTERNS.reason });
const Space = createToken({ name: 'Space', pattern: PATTERNS.space });
const Dash = createToken({ name: 'Dash', pattern: / - /, push_mode: 'message' });
const Rule = createToken({ name: 'Rule', pattern: /=+/ });
const Count = createToken({ name: 'Count', pattern: /\d+ (?:failed|passed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun)/ });
const Comma = createToken({ name: 'Comma', pattern: /,/ });
const In = createToken({ name: 'In', pattern: /in(?![\w./-])/ });
// pytest before 5.3 wrote `in 0.01 seconds`.
const Duration = createToken({ name: 'Duration', pattern: /\d+(?:\.\d+)?(?:s| seconds)(?: \([\d:]+\))?(?![\w./-])/ });
const DetailMarker = createToken({ name: 'DetailMarker', pattern: /E {3,}/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = {
  modes: {
    line: [DetailMarker, NodeId, Outcome, Worker, Percent, Reason, Dash, Space, Rule, Count, Comma, In, Duration],
    message: [Message],
  },
  defaultMode: 'line',
};

// ── parser ────────────────────────────────────────────────────────────────
class PytestParser extends CstParser {
  constructor() {
    super(
      [DetailMarker, NodeId, Outcome, Worker, Percent, Reason, Dash, Space, Rule, Count, Comma, In, Duration, Message],
      PARSER_CONFIG,
    );
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.verboseResult) },
      { ALT: () => this.SUBRULE(this.workerResult) },
      { ALT: () => this.SUBRULE(this.summaryResult) },
      { ALT: () => this.SUBRULE(this.totals) },
      { ALT: () => this.SUBRULE(this.detail) },
    ]);
  });
  /** `nodeid OUTCOME [(reason)] [ NN%]` */
  verboseResult = this.RULE('verboseResult', () => {
    this.CONSUME(NodeId);
    this.CONSUME(Space);
    this.CONSUME(Outcome);
    this.OPTION(() => { this.CONSUME2(Space); this.CONSUME(Reason); });
    this.OPTION2(() => { this.CONSUME3(Space); this.CONSUME(Percent); });
    this.OPTION3(() => this.CONSUME4(Space));
  });
  /** pytest-xdist: `[gw1] [ 25%] OUTCOME nodeid` */
  workerResult = this.RULE('workerResult', () => {
    this.CONSUME(Worker);
    this.CONSUME(Space);
    this.CONSUME(Percent);
    this.CONSUME2(Space);
    this.CONSUME(Outcome);
    this.CONSUME3(Space);
    this.CONSUME(NodeId);
    this.OPTION(() => this.CONSUME4(Space));
  });
  /** short test summary: `OUTCOME nodeid[ - message]` */
  summaryResult = this.RULE('summaryResult', () => {
    this.CONSUME(Outcome);
    this.CONSUME(Space);
    this.CONSUME(NodeId);
    this.OPTION(() => { this.CONSUME(Dash); this.OPTION2(() => this.CONSUME(Message)); });
  });
  /** `===== 1 failed, 4 passed in 12.34s =====` (rules optional with -q) */
  totals = this.RULE('totals', () => {
    this.OPTION(() => { this.CONSUME(Rule); this.CONSUME(Space); });
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => { this.OPTION2(() => this.CONSUME2(Space)); this.CONSUME(Count); },
    });
    this.CONSUME3(Space);
    this.CONSUME(In);
    this.CONSUME4(Space);
    this.CONSUME(Duration);
    this.OPTION3(() => { this.CONSUME5(Space); this.CONSUME2(Rule); });
  });
  /** `E   AssertionError: …` inside a failure's traceback */
  detail = this.RULE('detail', () => {
    this.CONSUME(DetailMarker);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
type Ctx = Record<string, IToken[]>;

/** A result line (verbose, xdist or short summary), from its tokens' images. */
function resultLine(images: Record<string, string>, style: string): PayloadResult {
  return result(style, images.NodeId, images.Outcome, images.Reason, images.Percent, images.Message ?? '');
}

/** The lower-case outcome of each outcome token: one lookup instead of a new string per line. */
const OUTCOME_FIELD: Readonly<Record<string, string>> = {
  PASSED: 'passed', FAILED: 'failed', ERROR: 'error', SKIPPED: 'skipped', XFAIL: 'xfail', XPASS: 'xpass',
};

/** `[ 42%]` → 42, digit by digit: the verbose lines are hundreds of thousands. */
function progressOf(percent: string): number {
  let value = 0;
  for (let i = 0; i < percent.length; i++) {
    const digit = percent.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) value = value * 10 + digit;
  }
  return value;
}

function result(
  style: string,
  nodeid: string,
  outcome: string,
  reason: string | undefined,
  percent: string | undefined,
  message: string,
): PayloadResult {
  const fields: Fields = { style, nodeid, outcome: OUTCOME_FIELD[outcome] ?? outcome.toLowerCase() };
  if (reason) fields.reason = reason.slice(1, -1);
  if (percent) fields.progress = progressOf(percent);
  const failed = outcome === 'FAILED' || outcome === 'ERROR';
  return { format: 'pytest', kind: 'test-result', level: failed ? 'error' : 'info', message, fields };
}

/** The totals line, from its counts (`1 failed`, `4 passed` …) and its duration. */
function totalsLine(counts: readonly string[], duration: string): PayloadResult {
  const fields: Fields = {};
  for (const count of counts) {
    const [n, what] = count.split(' ');
    const key = what.replace(/s$/, '') === 'error' ? 'errors' : what.replace(/^warning$/, 'warnings');
    fields[key] = Number(n);
  }
  fields.duration = duration;
  const failed = Number(fields.failed ?? 0) + Number(fields.errors ?? 0);
  return { format: 'pytest', kind: 'test-totals', level: failed > 0 ? 'error' : 'info', message: '', fields };
}

function detailLine(images: Record<string, string>): PayloadResult {
  return { format: 'pytest', kind: 'test-detail', level: 'error', message: images.Message ?? '', fields: {} };
}

function createVisitor(parser: PytestParser) {
  const Base = parser.getBaseCstVisitorConstructor<ParseContext, PayloadResult>();
  return new (class PytestVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, CstNode[]>): PayloadResult {
      const node = ctx.verboseResult ?? ctx.workerResult ?? ctx.summaryResult ?? ctx.totals ?? ctx.detail;
      return this.visit(node);
    }
    verboseResult(ctx: Ctx): PayloadResult { return resultLine(tokenImages(ctx), 'verbose'); }
    workerResult(ctx: Ctx): PayloadResult { return resultLine(tokenImages(ctx), 'xdist'); }
    summaryResult(ctx: Ctx): PayloadResult { return resultLine(tokenImages(ctx), 'summary'); }
    totals(ctx: Ctx): PayloadResult {
      return totalsLine((ctx.Count ?? []).map((count) => count.image), tokenImages(ctx).Duration);
    }
    detail(ctx: Ctx): PayloadResult { return detailLine(tokenImages(ctx)); }
  })();
}

/** The parser's five rules as token-name sequences: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  {
    sequence: /^NodeId Space Outcome(?: Space Reason)?(?: Space Percent)?(?: Space)?$/,
    read: (images) => resultLine(images, 'verbose'),
  },
  { sequence: /^Worker Space Percent Space Outcome Space NodeId(?: Space)?$/, read: (images) => resultLine(images, 'xdist') },
  { sequence: /^Outcome Space NodeId(?: Dash(?: Message)?)?$/, read: (images) => resultLine(images, 'summary') },
  {
    sequence: /^(?:Rule Space )?(?:Space )?Count(?: Comma(?: Space)? Count)* Space In Space Duration(?: Space Rule)?$/,
    read: (images, _context, line) => totalsLine(line.images.filter((_, i) => line.names[i] === 'Count'), images.Duration),
  },
  { sequence: /^DetailMarker(?: Message)?$/, read: detailLine },
]);

/**
 * pytest -v prints one verbose result line per test, hundreds of thousands in a long run: read
 * with one expression built from the grammar's own tokens, in the order the lexer takes them. The
 * node id is matched as the lexer matches it (its first match, never given back: `(?=(…))\k<…>`),
 * and a space is never a dash there (` - ` lexes as Dash). Any other line goes to the token path.
 */
const { nodeId, outcome, percent, reason, space } = PATTERNS;
// Numbered groups (1 node id, 2 outcome, 3 reason, 4 percent): named ones cost a groups object per line.
const VERBOSE_RESULT = new RegExp(
  `^(?=(${nodeId.source}))\\1${space.source}(${outcome.source})`
  + `(?:${space.source}(${reason.source}))?(?:${space.source}(${percent.source}))?(?:${space.source})?$`,
);

function readVerboseResult(text: string, context: ParseContext): PayloadResult | undefined {
  const match = VERBOSE_RESULT.exec(text);
  if (match === null) return readByTokens(text, context);
  return result('verbose', match[1], match[2], match[3], match[4], '');
}

/**
 * A passing verbose result whose node id's parameter id (if any) is made of name bytes only (`[\\w.-]`), the
 * shape of nearly every line of a long pytest -v run. Its node id can only be followed by a blank when it is the
 * longest match, as the grammar's atomic reading takes it, so no lookahead is needed (1 node id, 2 percent).
 */
const PASSING_RESULT = /^([\w./-]+\.py(?:::[\w.-]+)+(?:\[[\w.-]*\])?)[ \t]+PASSED(?:[ \t]+(\[ *\d+%\]))?[ \t]*$/;

/**
 * pytest -v's commonest line by far, a passing test (`tests/x/test_y.py::test_z[param-1] PASSED   [ 42%]`), read
 * with one small expression instead of the grammar or VERBOSE_RESULT: what they read it as, for PASSING_RESULT's
 * lines; any other line is left to them (undefined). Checked against the grammar's reading
 * (test/parsers/fast-path.test.ts). The scan reads such lines with it before trying every format in turn
 * (parsers/line.ts, shortcutLine).
 */
export function readPassingResult(line: string): PayloadResult | undefined {
  const match = PASSING_RESULT.exec(line);
  if (match === null) return undefined;
  return result('verbose', match[1], 'PASSED', undefined, match[2], '');
}

// ── samples ───────────────────────────────────────────────────────────────
export const pytestSamples = [
  { line: 'tests/gitea/test_install.py::test_serves PASSED                        [ 50%]', level: 'info', kind: 'test-result' },
  { line: 'tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence FAILED [100%]', level: 'error', kind: 'test-result' },
  { line: 'tests/bluesky-pds/test_upgrade.py::test_upgrade SKIPPED (upgrade EXPECTED_NA per recipe_meta) [ 20%]', level: 'info', kind: 'test-result' },
  { line: '[gw1] [ 25%] FAILED tests/mumble/custom/test_protocol_handshake.py::test_handshake_completes_with_channel_presence', level: 'error', kind: 'test-result' },
  { line: 'FAILED tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist', level: 'error', kind: 'test-result' },
  { line: 'ERROR tests/x/test_y.py::TestZ::test_w[param-1]', level: 'error', kind: 'test-result' },
  { line: '==================== 1 failed, 4 passed, 2 warnings in 41.07s ====================', level: 'error', kind: 'test-totals' },
  { line: '2 failed, 3 passed in 412.30s (0:06:52)', level: 'error', kind: 'test-totals' },
  { line: '==================================================== 1 failed in 0.01 seconds ====================================================', level: 'error', kind: 'test-totals' },
  { line: 'E       AssertionError: expected discourse/discourse:3.5.3, got bitnamilegacy/discourse:3.5.0', level: 'error', kind: 'test-detail' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const pytestOutput = defineLineGrammar<PayloadResult, PytestParser>({
  name: 'pytest',
  role: 'payload',
  title: 'pytest terminal output: result lines, short summary, `E ` lines, totals',
  sniff: /^(?:[\w./-]+\.py::|\[gw\d+\] |(?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS) [\w./-]+\.py::|=+ \d+ \w|\d+ (?:failed|passed|skipped|errors?|deselected|xfailed|xpassed)\b|E {3,})/,
  samples: pytestSamples,
  lexer: modes,
  parser: () => new PytestParser(),
  visitor: createVisitor,
  fast: readVerboseResult,
});
