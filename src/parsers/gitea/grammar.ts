/**
 * Gitea / Forgejo log lines, in every era (LOG-FORMATS.md §1):
 *
 *   2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580
 *   2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings …
 *   2019/06/20 08:30:11 [...s/setting/setting.go:729 NewContext()] [E] Error saving generated JWT Secret …
 *   2018/04/30 09:57:31 [T] AppPath: /app/gitea/gitea
 *   [Macaron] 2019-08-26 18:04:01: Completed GET /myorg/myrepo 500 Internal Server Error in 58.821377ms
 *
 * Times carry no zone: read in --tz (UTC by default).
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { CstNode, IToken } from 'chevrotain';
import { parseIsoTimestamp, parseSlashTimestamp } from '../time.js';
import { tokenSequenceFastPath } from '../fast-lexer.js';
import { REST_OF_LINE, defineLineGrammar, tokenImages, type PayloadResult, type ParseContext, PARSER_CONFIG, type LevelTable, levelOf } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const SlashDate = createToken({ name: 'SlashDate', pattern: /\d{4}\/\d{2}\/\d{2}/ });
const Clock = createToken({ name: 'Clock', pattern: /\d{2}:\d{2}:\d{2}(?:\.\d+)?/ });
const Space = createToken({ name: 'Space', pattern: / +/ });
/** `path/file.go:LINE:Func()`, left-truncated with `...` to a fixed width. */
const Caller = createToken({ name: 'Caller', pattern: /(?:\.\.\.)?[\w./-]*\.go:\d+:[\w.*()[\]-]*\(\)/ });
/** ≤1.9: `[path/file.go:LINE Func()]`. */
const BracketCaller = createToken({ name: 'BracketCaller', pattern: /\[(?:\.\.\.)?[\w./-]*\.go:\d+ [\w.*()-]*\]/ });
const Level = createToken({ name: 'Level', pattern: /\[[TDIWEFC]\]:? ?/, push_mode: 'message' });
const Macaron = createToken({ name: 'Macaron', pattern: /\[Macaron\] /, push_mode: 'macaron' });
const MacaronTime = createToken({ name: 'MacaronTime', pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = {
  modes: {
    header: [SlashDate, Clock, Space, Caller, BracketCaller, Level, Macaron],
    macaron: [MacaronTime],
    message: [Message],
  },
  defaultMode: 'header',
};

// ── parser ────────────────────────────────────────────────────────────────
class GiteaParser extends CstParser {
  constructor() {
    super([SlashDate, Clock, Space, Caller, BracketCaller, Level, Macaron, MacaronTime, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.modern) },
      { ALT: () => this.SUBRULE(this.macaron) },
    ]);
  });
  modern = this.RULE('modern', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(SlashDate);
          this.CONSUME(Space);
          this.CONSUME(Clock);
          this.CONSUME2(Space);
          this.OPTION(() => {
            this.OR2([{ ALT: () => this.CONSUME(Caller) }, { ALT: () => this.CONSUME(BracketCaller) }]);
            this.CONSUME3(Space);
          });
        },
      },
      // A line whose time was cut off (a copy from a pane, a logger without flags) starts with its caller.
      { ALT: () => { this.CONSUME2(Caller); this.CONSUME4(Space); } },
    ]);
    this.CONSUME(Level);
    this.OPTION2(() => this.CONSUME(Message));
  });
  macaron = this.RULE('macaron', () => {
    this.CONSUME(Macaron);
    this.CONSUME(MacaronTime);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
type Ctx = Record<string, (IToken | CstNode)[] | undefined>;

/** A modern line (date, time, caller, level letter), or one cut from its time, from its tokens' images. */
function modernLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const fields: Record<string, string> = {};
  const caller = images.Caller ?? images.BracketCaller?.slice(1, -1);
  if (caller) {
    fields.caller = caller;
    const m = /^(.*?\.go):(\d+)[: ](.*)$/.exec(caller);
    if (m) { fields.callerFile = m[1]; fields.callerLine = m[2]; fields.callerFunc = m[3]; }
  }
  return {
    format: 'gitea',
    ts: images.SlashDate ? parseSlashTimestamp(images.SlashDate, images.Clock, parse.tz) : undefined,
    level: levelOf(GITEA_LEVELS, images.Level.trim().replace(/[[\]:]/g, '')),
    message: images.Message ?? '',
    fields,
  };
}

/** A Macaron router line (gitea ≤1.9), from its tokens' images. */
function macaronLine(images: Record<string, string>, parse: ParseContext): PayloadResult {
  const when = images.MacaronTime.replace(/: ?$/, '');
  return { format: 'gitea', ts: parseIsoTimestamp(when, parse.tz), level: 'info', message: images.Message ?? '', fields: { logger: 'Macaron' } };
}

function createVisitor(parser: GiteaParser) {
  const Base = parser.getBaseCstVisitorConstructor<ParseContext, PayloadResult>();
  return new (class GiteaVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): PayloadResult {
      return this.visit((ctx.modern ?? ctx.macaron) as CstNode[], parse);
    }
    modern(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return modernLine(tokenImages(ctx), parse);
    }
    macaron(ctx: Record<string, IToken[]>, parse: ParseContext): PayloadResult {
      return macaronLine(tokenImages(ctx), parse);
    }
  })();
}

/** The parser's rules as token-name sequences: the fast path reads the same lines. */
const readByTokens = tokenSequenceFastPath<PayloadResult, ParseContext>(modes, [
  {
    sequence: /^(?:SlashDate Space Clock Space(?: (?:Caller|BracketCaller) Space)?|Caller Space) Level(?: Message)?$/,
    read: modernLine,
  },
  { sequence: /^Macaron MacaronTime(?: Message)?$/, read: macaronLine },
]);

/** gitea's level letters (`[C]` critical is from releases before 1.17). */
export const GITEA_LEVELS: LevelTable = {
  spellings: { T: 'trace', D: 'debug', I: 'info', W: 'warn', E: 'error', F: 'fatal', C: 'fatal' },
  markers: (s) => [` [${s}] `, ` [${s}]:`],
};

// ── samples (LOG-FORMATS.md §1, the redfix journal) ───────────────────────
export const giteaSamples = [
  { line: '2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580', level: 'info' },
  { line: '2026/06/17 23:59:01 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system', level: 'fatal' },
  { line: '2026/07/14 12:26:24 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/forgejo/app.ini": open /etc/forgejo/app.ini: permission denied', level: 'fatal' },
  { line: "2023/06/13 10:40:58 ...es/setting/oauth2.go:134:loadOAuth2From() [F] save oauth2.JWT_SECRET failed: failed to save '/home/gitea/conf/app.ini': open /home/gitea/conf/app.ini: read-only file system", level: 'fatal' },
  { line: '2019/06/20 08:30:11 [...s/setting/setting.go:729 NewContext()] [E] Error saving generated JWT Secret to custom config: open /data/gitea/conf/app.ini: read-only file', level: 'error' },
  { line: '2018/04/30 09:57:31 [T] AppPath: /app/gitea/gitea', level: 'trace' },
  { line: '2009/01/23 01:23:23 ...a/logger/c/d.go:23:runtime.Caller() [I]: message', level: 'info' },
  { line: '[Macaron] 2019-08-26 18:04:01: Completed GET /myorg/myrepo 500 Internal Server Error in 58.821377ms', level: 'info' },
  { line: 'routers/install.go:123:Install() [F] Unable to load settings from config: open /data/gitea/conf/app.ini: read-only file system', level: 'fatal', fields: { callerFunc: 'Install()' }, source: 'a line cut from its time, as a k9s pane gives it (go-gitea/gitea#9164)' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const giteaLog = defineLineGrammar<PayloadResult, GiteaParser>({
  name: 'gitea',
  role: 'payload',
  title: 'gitea / forgejo (modern, `...s/` truncated caller, ≤1.9 bracketed caller, no caller, Macaron)',
  levels: GITEA_LEVELS,
  sniff: /^(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? (?:\S+\.go:\d+|\[)|\[Macaron\] |(?:\.\.\.)?[\w./-]*\.go:\d+:[\w.*()[\]-]*\(\) \[[TDIWEFC]\])/,
  samples: giteaSamples,
  lexer: modes,
  parser: () => new GiteaParser(),
  visitor: createVisitor,
  fast: readByTokens,
});
