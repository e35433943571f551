/**
 * Ruby's Logger (Rails, unicorn, Sidekiq's older format):
 *
 *   E, [2020-11-21T08:36:03.109876 #1] ERROR -- : reaped #<Process::Status: pid 15 SIGHUP (signal 1)> worker=unknown
 *   I, [2019-02-17T20:45:15.774677 #1]  INFO -- : Post an event (cnt: 1)
 *   F, [2017-06-06T00:53:06.630911 #1] FATAL -- : [8957e40e-…] ActionView::Template::Error (…):
 *
 * Rails logs every unhandled request exception at FATAL (ActionDispatch::DebugExceptions): in
 * this format a FATAL line is a failed request, not the process dying.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, levelOf, type LevelTable, type ParseContext, type PayloadResult, PARSER_CONFIG } from '../kit.js';

export const RUBY_LOGGER_LEVELS: LevelTable = {
  spellings: { DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error', FATAL: 'fatal', ANY: 'info' },
  markers: (s) => [`${s} -- `],
  processDied: () => false,
};

// ── tokens ────────────────────────────────────────────────────────────────
const Head = createToken({ name: 'Head', pattern: /[DIWEFA], \[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)? #\d+\] +(?:DEBUG|INFO|WARN|ERROR|FATAL|ANY) -- [^:\n]*: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [Head], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class RubyLoggerParser extends CstParser {
  constructor() {
    super([Head, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(Head);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
function createVisitor(parser: RubyLoggerParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class RubyLoggerVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[] | undefined>, parse: ParseContext): PayloadResult {
      const m = /^\w, \[([^ ]+) #(\d+)\] +(\w+) -- ([^:]*):/.exec(image(ctx.Head)!)!;
      return {
        format: 'ruby',
        ts: parseIsoTimestamp(m[1], parse.tz),
        level: levelOf(RUBY_LOGGER_LEVELS, m[3]),
        message: image(ctx.Message) ?? '',
        fields: { pid: Number(m[2]), ...(m[4] ? { progname: m[4] } : {}) },
      };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const rubyLoggerSamples = [
  { line: 'E, [2020-11-21T08:36:03.109876 #1] ERROR -- : reaped #<Process::Status: pid 15 SIGHUP (signal 1)> worker=unknown', level: 'error', fields: { pid: 1 }, source: 'KevinSjoberg/rails-docker-spring-issue README (compose output)' },
  { line: 'I, [2019-02-17T20:45:15.774677 #1]  INFO -- : Post an event (cnt: 1)', level: 'info', source: 'abicky/ecswrap example README' },
  { line: 'F, [2017-06-06T00:53:06.630911 #1] FATAL -- : [8957e40e-e8fa-4f2d-8072-4dab83c6269b] ActionView::Template::Error (The asset "application.css" is not present in the asset pipeline.):', level: 'fatal', source: 'a public Rails deployment doc (excerpts B15.10)' },
  { line: 'F, [2023-10-22T08:55:32.894727 #1] FATAL -- :', level: 'fatal', source: 'a public Redmine docker doc (excerpts B15.10)' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const rubyLogger = defineLineGrammar<PayloadResult, RubyLoggerParser>({
  name: 'ruby',
  role: 'payload',
  title: "Ruby's Logger: Rails, unicorn (`E, [2020-11-21T08:36:03.109876 #1] ERROR -- : …`)",
  levels: RUBY_LOGGER_LEVELS,
  sniff: /^[DIWEFA], \[\d{4}-\d{2}-\d{2}T[\d:.]+ #\d+\] +[A-Z]+ -- /,
  samples: rubyLoggerSamples,
  lexer: modes,
  parser: () => new RubyLoggerParser(),
  visitor: createVisitor,
});
