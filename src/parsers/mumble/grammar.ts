/**
 * Mumble / Murmur server log lines (LOG-FORMATS.md §7):
 *
 *   <W>2023-05-01 04:52:24.928 1 => <98:(-1)> Connection closed: Error during SSL handshake: … [13]
 *   <W>2022-08-12 11:43:24.224 1 => Server listening on 0.0.0.0:44141
 *   <W>2022-08-12 11:43:24.145 Murmur 1.3.0 (...) running on X11: Linux Mint 20.1: Booting servers
 *
 * `<L>` level letter, local time, virtual server id, ` => `, then `<session:name(userid)>`
 * (`(-1)` = not authenticated yet) and the message; `[13]` is the Qt socket error code.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const Level = createToken({ name: 'Level', pattern: /<[A-Z]>/ });
const DateTime = createToken({ name: 'DateTime', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? /, push_mode: 'body' });
const ServerArrow = createToken({ name: 'ServerArrow', pattern: /\d+ => / });
const Session = createToken({ name: 'Session', pattern: /<\d+:[\x20-\x3d\x3f-\uffff]*\((?:-?\d+)\)> / });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [Level, DateTime], body: [ServerArrow, Session, Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class MumbleParser extends CstParser {
  constructor() {
    super([Level, DateTime, ServerArrow, Session, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(Level);
    this.CONSUME(DateTime);
    this.OPTION(() => {
      this.CONSUME(ServerArrow);
      this.OPTION2(() => this.CONSUME(Session));
    });
    this.OPTION3(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
/** A Murmur line, from its tokens' images: what the visitor and the fast path both return. */
function mumbleLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const fields: Record<string, string | number> = {};
  const server = images.ServerArrow;
  if (server) fields.server = Number(server.split(' ')[0]);
  const session = /^<(\d+):(.*)\((-?\d+)\)> $/.exec(images.Session ?? '');
  if (session) { fields.session = Number(session[1]); fields.user = session[2]; fields.userId = Number(session[3]); }
  const message = images.Message ?? '';
  const qtError = /\[(\d+)\]$/.exec(message);
  if (qtError) fields.socketError = Number(qtError[1]);
  return {
    format: 'mumble',
    ts: parseIsoTimestamp(images.DateTime.trim(), parse.tz),
    level: levelOf(MUMBLE_LEVELS, images.Level.slice(1, 2)),
    message,
    fields,
  };
}

function createVisitor(parser: MumbleParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class MumbleVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return mumbleLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rule as a token-name sequence: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  { sequence: /^Level DateTime(?: ServerArrow(?: Session)?)?(?: Message)?$/, read: mumbleLine },
]);

/**
 * Murmur writes `<W>` for almost everything; `<C>` is Qt's critical, an error it goes on after (`<C>… Failed to
 * set final capabilities`, `<C>… WARNING: You are running murmurd as root`, mumble-voip/mumble#7031), and `<F>`
 * Qt's fatal, the server stopping.
 */
export const MUMBLE_LEVELS: LevelTable = {
  spellings: { D: 'debug', I: 'info', W: 'warn', C: 'error', F: 'fatal' },
  markers: (s) => [`<${s}>20`],
};

// ── samples (LOG-FORMATS.md §7) ───────────────────────────────────────────
export const mumbleSamples = [
  { line: '<W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: 109.105.249.191:55050', level: 'warn' },
  { line: '<W>2023-05-01 04:52:25.844 1 => <98:(-1)> Connection closed: Error during SSL handshake: error:1408F10B:SSL routines:ssl3_get_record:wrong version number [13]', level: 'warn' },
  { line: '<W>2023-05-01 04:52:26.026 1 => <94:LINUX_USER(17)> Connection closed: Error while reading: error:140E0197:SSL routines:SSL_shutdown:shutdown while in init [20]', level: 'warn' },
  { line: '<W>2026-02-13 11:36:09.830 1 => Ignoring connection: 45.33.x.x:49240 (Global ban)', level: 'warn' },
  { line: '<W>2022-08-12 11:43:24.145 Murmur 1.3.0 (...) running on X11: Linux Mint 20.1: Booting servers', level: 'warn' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const mumbleLog = defineLineGrammar<PayloadResult, MumbleParser>({
  name: 'mumble',
  role: 'payload',
  title: 'Mumble / Murmur server (`<W>2023-05-01 04:52:24.928 1 => …`)',
  levels: MUMBLE_LEVELS,
  sniff: /^<[A-Z]>\d{4}-\d{2}-\d{2} /,
  samples: mumbleSamples,
  lexer: modes,
  parser: () => new MumbleParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
