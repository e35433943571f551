/**
 * abra (Co-op Cloud CLI) output (LOG-FORMATS.md §6): charmbracelet/log labels the level with
 * its first four letters, and older logrus builds on a TTY add seconds since start:
 *
 *   FATA deploy timed out
 *   WARN failed to prepull images: …
 *   FATA[0000] rpc error: code = Unknown desc = authentication required
 *
 * charm log may append key=value pairs after the message; they are kept in the message.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import {
  REST_OF_LINE,
  defineLineGrammar,
  tokenImages,
  type ParseContext,
  type PayloadResult,
  PARSER_CONFIG,
  type LevelTable,
  levelOf,
} from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const Level = createToken({ name: 'Level', pattern: /(?:DEBU|INFO|WARN|ERRO|FATA)/ });
const Elapsed = createToken({ name: 'Elapsed', pattern: /\[\d+\]/ });
const Space = createToken({ name: 'Space', pattern: / +/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [Level, Elapsed, Space], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class AbraParser extends CstParser {
  constructor() {
    super([Level, Elapsed, Space, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(Level);
    this.OPTION(() => this.CONSUME(Elapsed));
    this.CONSUME(Space);
    this.OPTION2(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
/** An abra line, from its tokens' images: what the visitor and the fast path both return. */
function abraLine(images: Record<string, string>): PayloadResult {
  const elapsed = images.Elapsed;
  return {
    format: 'abra',
    level: levelOf(ABRA_LEVELS, images.Level),
    message: images.Message ?? '',
    fields: elapsed ? { elapsedSeconds: Number(elapsed.slice(1, -1)) } : {},
  };
}

function createVisitor(parser: AbraParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class AbraVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>): PayloadResult {
      return abraLine(tokenImages(ctx));
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^Level(?: Elapsed)? Space(?: Message)?$/, read: abraLine },
]);

/** charmbracelet/log cuts level names to four letters. */
export const ABRA_LEVELS: LevelTable = {
  spellings: { DEBU: 'debug', INFO: 'info', WARN: 'warn', ERRO: 'error', FATA: 'fatal' },
  markers: (s) => [`${s} `, `${s}[`],
};

// ── samples (LOG-FORMATS.md §6; the redfix journal) ───────────────────────
export const abraSamples = [
  { line: 'FATA deploy timed out', level: 'fatal' },
  { line: 'FATA warm-gitea.ci.commoninternet.net is already deployed', level: 'fatal' },
  { line: 'FATA[0000] rpc error: code = Unknown desc = authentication required', level: 'fatal' },
  { line: 'WARN[0000] unable to prepull images', level: 'warn' },
  { line: 'INFO pulling images for discourse', level: 'info' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const abraLog = defineLineGrammar<PayloadResult, AbraParser>({
  name: 'abra',
  role: 'payload',
  title: 'abra (charmbracelet/log `FATA …`, logrus TTY `FATA[0000] …`)',
  levels: ABRA_LEVELS,
  sniff: /^(?:DEBU|INFO|WARN|ERRO|FATA)(?:\[\d+\])? /,
  samples: abraSamples,
  lexer: modes,
  parser: () => new AbraParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
