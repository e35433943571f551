/**
 * .NET's two console layouts every ASP.NET Core container prints in:
 *
 * Microsoft.Extensions.Logging's console logger: the level in four letters, the category and the
 * event id, the message on the lines below it indented by six spaces (on the same line with
 * `SingleLine`):
 *   crit: Microsoft.AspNetCore.Server.Kestrel[0]
 *         Unable to start Kestrel.
 *   info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:8080
 * Serilog's console sink (its default template, `[{Timestamp:HH:mm:ss} {Level:u3}] {Message}`), and
 * its file sink's date, time and offset before a bracketed level:
 *   [18:10:59 FTL] Unable to start Kestrel.
 *   2024-01-15 10:21:33.120 +00:00 [ERR] Failed executing DbCommand (12ms)
 * The console's time has no date, so such a line gets no time.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, levelOf, type LevelTable, type ParseContext, type PayloadResult, PARSER_CONFIG } from '../kit.js';

export const DOTNET_LEVELS: LevelTable = {
  spellings: {
    trce: 'trace', dbug: 'debug', info: 'info', warn: 'warn', fail: 'error', crit: 'fatal',
    VRB: 'trace', DBG: 'debug', INF: 'info', WRN: 'warn', ERR: 'error', FTL: 'fatal',
  },
  markers: (s) => (s.length === 4 ? [`${s}: `] : [` ${s}] `, `[${s}] `]),
};

// ── tokens ────────────────────────────────────────────────────────────────
/** `crit: Microsoft.AspNetCore.Server.Kestrel[0]`: a generic category keeps its backtick and angle brackets. */
const ConsoleHead = createToken({
  name: 'ConsoleHead',
  pattern: /(?:trce|dbug|info|warn|fail|crit): [\w.`+<>-]{1,200}\[\d{1,10}\] ?/,
  push_mode: 'message',
});
const SerilogClock = createToken({ name: 'SerilogClock', pattern: /\[\d{2}:\d{2}:\d{2} (?:VRB|DBG|INF|WRN|ERR|FTL)\] ?/, push_mode: 'message' });
const SerilogDated = createToken({
  name: 'SerilogDated',
  pattern: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})? [+-]\d{2}:\d{2} \[(?:VRB|DBG|INF|WRN|ERR|FTL)\] ?/,
  push_mode: 'message',
});
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { header: [ConsoleHead, SerilogClock, SerilogDated], message: [Message] }, defaultMode: 'header' };

// ── parser ────────────────────────────────────────────────────────────────
class DotnetConsoleParser extends CstParser {
  constructor() {
    super([ConsoleHead, SerilogClock, SerilogDated, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([
      { ALT: () => this.CONSUME(ConsoleHead) },
      { ALT: () => this.CONSUME(SerilogClock) },
      { ALT: () => this.CONSUME(SerilogDated) },
    ]);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
function headOf(ctx: Record<string, IToken[] | undefined>, tz: string): Pick<PayloadResult, 'level' | 'ts' | 'fields'> {
  const console = image(ctx.ConsoleHead);
  if (console) {
    const [, level, category, eventId] = /^(\w{4}): (\S+?)\[(\d+)\]/.exec(console)!;
    return { level: levelOf(DOTNET_LEVELS, level), fields: { category, eventId: Number(eventId) } };
  }
  const clock = image(ctx.SerilogClock);
  if (clock) return { level: levelOf(DOTNET_LEVELS, clock.slice(10, 13)), fields: {} };
  const [, when, level] = /^(\S+ \S+ \S+) \[(\w+)\]/.exec(image(ctx.SerilogDated)!)!;
  return { level: levelOf(DOTNET_LEVELS, level), ts: parseIsoTimestamp(when.replace(' ', 'T').replace(' ', ''), tz), fields: {} };
}

function createVisitor(parser: DotnetConsoleParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class DotnetConsoleVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[] | undefined>, parse: ParseContext): PayloadResult {
      const head = headOf(ctx, parse.tz);
      return { format: 'dotnet', ...head, message: image(ctx.Message) ?? '' };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const dotnetConsoleSamples = [
  {
    line: 'crit: Microsoft.AspNetCore.Server.Kestrel[0]',
    level: 'fatal',
    fields: { category: 'Microsoft.AspNetCore.Server.Kestrel', eventId: 0 },
    source: 'redhat-developer/s2i-dotnetcore#226 (Kestrel that may not bind, the message on the line below)',
  },
  {
    line: 'fail: Microsoft.EntityFrameworkCore.Database.Command[20102]',
    level: 'error',
    fields: { category: 'Microsoft.EntityFrameworkCore.Database.Command', eventId: 20102 },
    source: 'dotnet/AspNetCore.Docs#16841 (Update-Database)',
  },
  {
    line: '[18:10:59 FTL] Unable to start Kestrel.',
    level: 'fatal',
    source: 'dotnet/aspnetcore#4699 (Serilog\'s console)',
  },
  {
    line: '[11:04:33 INF] Starting web host.',
    level: 'info',
    source: 'abpframework/abp#12814 (Add-Migration)',
  },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const dotnetConsole = defineLineGrammar<PayloadResult, DotnetConsoleParser>({
  name: 'dotnet',
  role: 'payload',
  title: "ASP.NET Core's console logger (`crit: Microsoft.AspNetCore.Server.Kestrel[0]`) and Serilog's (`[18:10:59 FTL] …`)",
  levels: DOTNET_LEVELS,
  sniff: /^(?:(?:trce|dbug|info|warn|fail|crit): [\w.`+<>-]{1,200}\[\d{1,10}\]|\[\d{2}:\d{2}:\d{2} [A-Z]{3}\]|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,7})? [+-]\d{2}:\d{2} \[[A-Z]{3}\])/,
  samples: dotnetConsoleSamples,
  lexer: modes,
  parser: () => new DotnetConsoleParser(),
  visitor: createVisitor,
});
