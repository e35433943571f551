/**
 * Python `logging` lines in the layouts seen in the wild:
 *
 * logging.basicConfig's default:
 *   ERROR:root:Please open startup.json and replace the secret with a proper API token.
 * '%(asctime)s - %(name)s - %(levelname)s - %(message)s':
 *   2025-09-26 11:07:51 - root - ERROR - The following variable(s) are not defined …
 * Synapse's, with the logger's line and the request between the level and the message (the
 * request is often empty, and a paste may have squeezed its spaces):
 *   2019-02-01 11:12:19,426 - twisted - 245 - ERROR - - Traceback (most recent call last):
 * Django's verbose console format:
 *   [23/Apr/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /endpoint/host/906
 * vLLM's (`LEVEL month-day time [file:line]`; before 0.8 without the opening bracket), which has no year:
 *   ERROR 05-10 16:00:15 [core.py:396] EngineCore failed to start.
 *   INFO 06-28 06:11:45 distributed_gpu_executor.py:45] # GPU blocks: 378, # CPU blocks: 1638
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { CstNode, IToken } from 'chevrotain';
import { monthNumber, parseIsoTimestamp, wallClockToEpoch } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, levelOf, type LevelTable, type ParseContext, type PayloadResult, PARSER_CONFIG } from '../kit.js';

export const PYTHON_LEVELS: LevelTable = {
  spellings: { DEBUG: 'debug', INFO: 'info', WARNING: 'warn', WARN: 'warn', ERROR: 'error', CRITICAL: 'fatal', FATAL: 'fatal' },
  markers: (s) => [`${s}:`, ` - ${s} - `, `] ${s} [`],
};

const LEVEL = '(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL)';

// ── tokens ────────────────────────────────────────────────────────────────
/** basicConfig: `LEVEL:logger:` then the message. */
const BasicHead = createToken({ name: 'BasicHead', pattern: new RegExp(`${LEVEL}:[\\w.-]+:`), push_mode: 'message' });
/** `2025-09-26 11:07:51,123 - name - LEVEL - `, or Synapse's `… - name - 245 - LEVEL - request - ` */
const DashedHead = createToken({
  name: 'DashedHead',
  pattern: new RegExp(`\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:,\\d{3})? - [\\w.-]+ - (?:\\d+ - ${LEVEL} - (?:\\S+ | )?- |${LEVEL} - )`),
  push_mode: 'message',
});
/** `[23/Apr/2025 09:40:13] LEVEL [logger:line] ` */
const DjangoHead = createToken({ name: 'DjangoHead', pattern: new RegExp(`\\[\\d{2}/\\w{3}/\\d{4} \\d{2}:\\d{2}:\\d{2}\\] ${LEVEL} \\[[\\w.-]+:\\d+\\] `), push_mode: 'message' });
/** `LEVEL 05-10 16:00:15 [core.py:396] `: the file and line are the logger's. */
const VllmHead = createToken({
  name: 'VllmHead',
  pattern: new RegExp(`${LEVEL} \\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})? \\[?[\\w.-]+:\\d+\\] ?`),
  push_mode: 'message',
});
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [BasicHead, DashedHead, DjangoHead, VllmHead], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class PythonLoggingParser extends CstParser {
  constructor() {
    super([BasicHead, DashedHead, DjangoHead, VllmHead, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => this.CONSUME(BasicHead) },
      { ALT: () => this.CONSUME(DashedHead) },
      { ALT: () => this.CONSUME(DjangoHead) },
      { ALT: () => this.CONSUME(VllmHead) },
    ]);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
interface Head { level: string; logger: string; ts?: number; line?: number }

function headOf(ctx: Record<string, IToken[] | undefined>, tz: string): Head {
  const basic = image(ctx.BasicHead);
  if (basic) {
    const [level, logger] = basic.split(':');
    return { level, logger };
  }
  const dashed = image(ctx.DashedHead);
  if (dashed) {
    const [when, logger, third, fourth] = dashed.split(' - ');
    const ts = parseIsoTimestamp(when.replace(',', '.'), tz);
    return /^\d+$/.test(third) ? { level: fourth, logger, line: Number(third), ts } : { level: third, logger, ts };
  }
  const vllm = image(ctx.VllmHead);
  if (vllm) {
    const [, level, logger, line] = /^(\w+) \S+ \S+ \[?([\w.-]+):(\d+)\]/.exec(vllm)!;
    return { level, logger, line: Number(line) };
  }
  const m = /^\[(\d{2})\/(\w{3})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})\] (\w+) \[([\w.-]+):(\d+)\] $/.exec(image(ctx.DjangoHead)!)!;
  const month = monthNumber(m[2]);
  const ts = month === undefined
    ? undefined
    : wallClockToEpoch(+m[3], month, +m[1], +m[4], +m[5], +m[6], undefined, undefined, tz);
  return { level: m[7], logger: m[8], line: Number(m[9]), ts };
}

function createVisitor(parser: PythonLoggingParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class PythonLoggingVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[] | CstNode[] | undefined>, parse: ParseContext): PayloadResult {
      const head = headOf(ctx as Record<string, IToken[] | undefined>, parse.tz);
      return {
        format: 'python',
        ts: head.ts,
        level: levelOf(PYTHON_LEVELS, head.level),
        message: image(ctx.Message as IToken[] | undefined) ?? '',
        fields: { logger: head.logger, ...(head.line !== undefined ? { loggerLine: head.line } : {}) },
      };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const pythonLoggingSamples = [
  { line: 'ERROR:root:Please open startup.json and replace the secret with a proper API token.', level: 'error', fields: { logger: 'root' }, source: 'a public README quoting a first run (LOG excerpts B15.11)' },
  { line: '2025-09-26 11:07:51 - root - ERROR - The following variable(s) are not defined in the variable codelist:', level: 'error', fields: { logger: 'root' }, source: 'IAMconsortium/nomenclature#525' },
  {
    line: '2019-02-01 11:12:19,426 - twisted - 245 - ERROR - - Traceback (most recent call last):',
    level: 'error',
    fields: { logger: 'twisted', loggerLine: 245 },
    source: 'matrix-org/synapse#4543',
  },
  { line: '2020-04-10 11:36:31,579 - synapse.app.homeserver - 192 - INFO - main - Setting up server', level: 'info', fields: { logger: 'synapse.app.homeserver', loggerLine: 192 } },
  { line: '[23/Apr/2025 09:40:13] ERROR [django.request:248] Internal Server Error: /endpoint/host/906', level: 'error', fields: { logger: 'django.request', loggerLine: 248 }, source: 'DefectDojo/django-DefectDojo#12295' },
  {
    line: 'ERROR 05-10 16:00:15 [core.py:396] EngineCore failed to start.',
    level: 'error',
    fields: { logger: 'core.py', loggerLine: 396 },
    source: 'vllm-project/vllm#17939 (vLLM V1)',
  },
  {
    line: 'INFO 06-28 06:11:45 distributed_gpu_executor.py:45] # GPU blocks: 378, # CPU blocks: 1638',
    level: 'info',
    fields: { logger: 'distributed_gpu_executor.py', loggerLine: 45 },
    source: 'OpenRLHF/OpenRLHF#336 (vLLM 0.4)',
  },
  { line: 'CRITICAL:celery.worker:Unrecoverable error: ConnectionRefusedError(111, \'Connection refused\')', level: 'fatal', fields: { logger: 'celery.worker' } },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const pythonLogging = defineLineGrammar<PayloadResult, PythonLoggingParser>({
  name: 'python',
  role: 'payload',
  title: "Python `logging`: basicConfig's `LEVEL:logger:`, `asctime - name - LEVEL -` (Synapse's `asctime - name - line - LEVEL - request -`), Django's `[date] LEVEL [logger:line]`, vLLM's `LEVEL 05-10 16:00:15 [file:line]`",
  levels: PYTHON_LEVELS,
  sniff: /^(?:(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL):[\w.-]+:|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d{3})? - [\w.-]+ - (?:\d+ - )?[A-Z]+ - |\[\d{2}\/\w{3}\/\d{4} \d{2}:\d{2}:\d{2}\] [A-Z]+ \[|(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|FATAL) \d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \[?[\w.-]+:\d+\])/,
  samples: pythonLoggingSamples,
  lexer: modes,
  parser: () => new PythonLoggingParser(),
  visitor: createVisitor,
});
