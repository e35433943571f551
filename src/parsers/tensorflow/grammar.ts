/**
 * TensorFlow's C++ logging before Abseil (TensorFlow 1.x and 2.x up to 2.15, XLA and TSL with it),
 * as every issue about a GPU, a CUDA library or a kernel that aborted shows it:
 *
 *   2021-08-09 18:25:50.895134: I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened …
 *   2017-08-14 07:28:29.379866: E tensorflow/stream_executor/cuda/cuda_driver.cc:406] failed call to cuInit: …
 *   2024-05-14 08:19:37.953832: F tensorflow/core/framework/tensor_shape.cc:357] Check failed: d < dims() (1 vs. 0)
 *
 * The local time, a colon, a severity letter (I, W, E, F: F is LOG(FATAL) and a failed CHECK, which
 * abort the process), and the source file and line. A line cut from its date keeps the time alone.
 * Its error and fatal markers (`: E `, `: F `) are four bytes, too few for the prefilter's literals:
 * the format names them as its line keys (kit.ts LineKeys), searched in inputs whose first lines
 * hold its header.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { parseIsoTimestamp } from '../time.js';
import { KLOG_LEVELS, glogSource } from '../klog/grammar.js';
import {
  REST_OF_LINE,
  defineLineGrammar,
  tokenImages,
  type ParseContext,
  type PayloadResult,
  PARSER_CONFIG,
  levelOf,
} from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const DateTime = createToken({ name: 'DateTime', pattern: /(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}\.\d+: / });
const Severity = createToken({ name: 'Severity', pattern: /[IWEF] / });
const Source = createToken({ name: 'Source', pattern: /[\w./+-]+:\d+\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [DateTime, Severity, Source], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class TensorflowParser extends CstParser {
  constructor() {
    super([DateTime, Severity, Source, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(DateTime);
    this.CONSUME(Severity);
    this.CONSUME(Source);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
/** A TensorFlow line, from its tokens' images: what the visitor and the fast path both return. */
function tensorflowLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const when = images.DateTime.slice(0, -2);
  return {
    format: 'tensorflow',
    // Its local time; a line cut from its date has none.
    ts: when.length > 15 ? parseIsoTimestamp(when, parse.tz) : undefined,
    level: levelOf(KLOG_LEVELS, images.Severity[0]),
    message: images.Message ?? '',
    fields: glogSource(images.Source),
  };
}

function createVisitor(parser: TensorflowParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class TensorflowVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return tensorflowLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^DateTime Severity Source(?: Message)?$/, read: tensorflowLine },
]);

/** The header anywhere in a line: behind a notebook's or a launcher's prefix too. */
const TENSORFLOW_HEADER = /\d{2}:\d{2}:\d{2}\.\d{6}: [IWEF] [\w./+-]+\.(?:cc|h|cpp):\d+\]/;

// ── samples ───────────────────────────────────────────────────────────────
export const tensorflowSamples = [
  {
    line: '2021-08-09 18:25:50.895134: I tensorflow/stream_executor/platform/default/dso_loader.cc:49] Successfully opened dynamic library libcudart.so.10.1',
    level: 'info', fields: { file: 'tensorflow/stream_executor/platform/default/dso_loader.cc', line: 49 },
    source: 'tensorflow/tensorflow#51400',
  },
  {
    line: '2017-08-14 07:28:29.379866: E tensorflow/stream_executor/cuda/cuda_driver.cc:406] failed call to cuInit: CUDA_ERROR_NO_DEVICE',
    level: 'error', fields: { line: 406 },
    source: 'tensorflow/tensorflow#7653',
  },
  {
    line: '2024-05-14 08:19:37.953832: F tensorflow/core/framework/tensor_shape.cc:357] Check failed: d < dims() (1 vs. 0)',
    level: 'fatal', fields: { file: 'tensorflow/core/framework/tensor_shape.cc' },
    source: 'tensorflow/tensorflow#67527',
  },
  {
    line: '09:46:59.789457: F tensorflow/tsl/platform/statusor.cc:33] Attempting to fetch value instead of handling error ',
    level: 'fatal', fields: { line: 33 },
    source: 'a line cut from its date (tensorflow/datasets#1975)',
  },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const tensorflowLog = defineLineGrammar<PayloadResult, TensorflowParser>({
  name: 'tensorflow',
  role: 'payload',
  title: 'TensorFlow\'s C++ logging (`2024-05-14 08:19:37.953832: F tensorflow/core/framework/tensor_shape.cc:357] …`)',
  levels: KLOG_LEVELS,
  lineKeys: { header: TENSORFLOW_HEADER, keys: [': E ', ': F '] },
  sniff: /^(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}\.\d+: [IWEF] /,
  samples: tensorflowSamples,
  lexer: modes,
  parser: () => new TensorflowParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
