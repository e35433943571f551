/**
 * Web server error logs:
 *
 * nginx error_log, and nginx start-up on stderr:
 *   2024/04/09 17:33:12 [emerg] 1#1: host not found in upstream "app" in /etc/nginx/conf.d/default.conf:6
 *   nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6
 * Apache 2.2 (Loghub), Apache 2.4:
 *   [Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6
 *   [Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not …
 *
 * emerg, alert and crit mean the server could not run; error is an error serving a request.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { monthNumber, parseSlashTimestamp, wallClockToEpoch } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, image, levelOf, type LevelTable, type ParseContext, type PayloadResult, PARSER_CONFIG } from '../kit.js';

export const WEB_SERVER_LEVELS: LevelTable = {
  spellings: { debug: 'debug', info: 'info', notice: 'notice', warn: 'warn', error: 'error', crit: 'fatal', alert: 'fatal', emerg: 'fatal' },
  markers: (s) => [`[${s}]`, `:${s}] `],
};

// ── tokens ────────────────────────────────────────────────────────────────
const SlashDateTime = createToken({ name: 'SlashDateTime', pattern: /\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} / });
const NginxProgram = createToken({ name: 'NginxProgram', pattern: /nginx: / });
const NginxLevel = createToken({ name: 'NginxLevel', pattern: /\[(?:debug|info|notice|warn|error|crit|alert|emerg)\] ?/, push_mode: 'nginxMessage' });
/** `1#1: ` pid#tid, then the message. */
const ProcessRef = createToken({ name: 'ProcessRef', pattern: /\d+#\d+: (?:\*\d+ )?/ });
const ApacheTime = createToken({ name: 'ApacheTime', pattern: /\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4}\] / });
const ApacheLevel = createToken({ name: 'ApacheLevel', pattern: /\[(?:[\w-]+:)?(?:debug|info|notice|warn|error|crit|alert|emerg|trace\d)\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexers ────────────────────────────────────────────────────────────────
const nginxTokens = { modes: { header: [SlashDateTime, NginxProgram, NginxLevel], nginxMessage: [ProcessRef, Message] }, defaultMode: 'header' };
const apacheTokens = { modes: { header: [ApacheTime, ApacheLevel], message: [Message] }, defaultMode: 'header' };

// ── parsers ───────────────────────────────────────────────────────────────
class NginxParser extends CstParser {
  constructor() {
    super([SlashDateTime, NginxProgram, NginxLevel, ProcessRef, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.OR([{ ALT: () => this.CONSUME(SlashDateTime) }, { ALT: () => this.CONSUME(NginxProgram) }]);
    this.CONSUME(NginxLevel);
    this.OPTION(() => this.CONSUME(ProcessRef));
    this.OPTION2(() => this.CONSUME(Message));
  });
}

class ApacheParser extends CstParser {
  constructor() {
    super([ApacheTime, ApacheLevel, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(ApacheTime);
    this.CONSUME(ApacheLevel);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitors ──────────────────────────────────────────────────────────────
type Ctx = Record<string, IToken[] | undefined>;

function levelIn(bracketed: string): string {
  return bracketed.trim().slice(1, -1).replace(/^[\w-]+:/, '').replace(/^trace\d$/, 'debug');
}

function createNginxVisitor(parser: NginxParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class NginxVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): PayloadResult {
      const when = image(ctx.SlashDateTime)?.trim().split(' ');
      const pid = image(ctx.ProcessRef)?.split('#')[0];
      return {
        format: 'nginx',
        ts: when ? parseSlashTimestamp(when[0], when[1], parse.tz) : undefined,
        level: levelOf(WEB_SERVER_LEVELS, levelIn(image(ctx.NginxLevel)!)),
        message: image(ctx.Message) ?? '',
        fields: pid ? { pid } : {},
      };
    }
  })();
}

function apacheTime(bracketed: string, tz: string): number | undefined {
  const m = /^\[\w{3} (\w{3}) +(\d+) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})\]/.exec(bracketed);
  const month = m ? monthNumber(m[1]) : undefined;
  if (!m || month === undefined) return undefined;
  return wallClockToEpoch(+m[7], month, +m[2], +m[3], +m[4], +m[5], m[6], undefined, tz);
}

function createApacheVisitor(parser: ApacheParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class ApacheVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): PayloadResult {
      const level = image(ctx.ApacheLevel)!;
      const module = /^\[([\w-]+):/.exec(level)?.[1];
      return {
        format: 'apache',
        ts: apacheTime(image(ctx.ApacheTime)!, parse.tz),
        level: levelOf(WEB_SERVER_LEVELS, levelIn(level)),
        message: image(ctx.Message) ?? '',
        fields: module ? { module } : {},
      };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const nginxSamples = [
  { line: '2024/04/09 17:33:12 [emerg] 1#1: host not found in upstream "app" in /etc/nginx/conf.d/default.conf:6', level: 'fatal' },
  { line: 'nginx: [emerg] host not found in upstream in /etc/nginx/conf.d/proxy.conf:6', level: 'fatal', source: 'openSUSE/supportutils#196 (behind docker logs -t)' },
  { line: '2023/10/06 18:27:51 [error] 29#29: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1', level: 'error' },
  { line: '2023/10/06 18:27:50 [notice] 1#1: start worker processes', level: 'notice' },
] as const;

export const apacheSamples = [
  { line: '[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6', level: 'error', source: 'Loghub Apache_2k.log' },
  { line: '[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties', level: 'notice', source: 'Loghub Apache_2k.log' },
  { line: '[Fri Sep 09 10:42:29.902022 2011] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico', level: 'error', fields: { module: 'core' } },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const nginxErrorLog = defineLineGrammar<PayloadResult, NginxParser>({
  name: 'nginx',
  role: 'payload',
  title: 'nginx error log and start-up messages (`2024/04/09 17:33:12 [emerg] 1#1: …`, `nginx: [emerg] …`)',
  levels: WEB_SERVER_LEVELS,
  sniff: /^(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} |nginx: )\[(?:debug|info|notice|warn|error|crit|alert|emerg)\]/,
  samples: nginxSamples,
  lexer: nginxTokens,
  parser: () => new NginxParser(),
  visitor: createNginxVisitor,
});

export const apacheErrorLog = defineLineGrammar<PayloadResult, ApacheParser>({
  name: 'apache',
  role: 'payload',
  title: 'Apache httpd error log, 2.2 and 2.4 (`[Sun Dec 04 04:47:44 2005] [error] …`)',
  levels: WEB_SERVER_LEVELS,
  sniff: /^\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d+)? \d{4}\] \[/,
  samples: apacheSamples,
  lexer: apacheTokens,
  parser: () => new ApacheParser(),
  visitor: createApacheVisitor,
});
