/**
 * syslog / journald prefixes in front of an application's own line (LOG-FORMATS.md §1, §7,
 * loghub Linux):
 *
 *   Mar 08 22:06:22 DietPi gitea[580]: 2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580
 *   May 01 04:52:24 msk murmurd[146331]: <W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: …
 *   Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown
 *   Jun 19 04:09:11 combo syslogd 1.4.1: restart.
 *
 * The prefix has no year, so its time is not used; the inner line's own timestamp is.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import { REST_OF_LINE, defineLineGrammar, image, type EnvelopeResult, PARSER_CONFIG } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const MonthDayTime = createToken({ name: 'MonthDayTime', pattern: /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} / });
const Host = createToken({ name: 'Host', pattern: /[\w.-]+ / });
/** `sshd(pam_unix)[19939]:`, `kernel:`, and sysklogd's own `syslogd 1.4.1:` (name, then version). */
const Program = createToken({ name: 'Program', pattern: /[\w./()-]+(?: \d+(?:\.\d+)+)?(?:\[\d+\])?: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexer ─────────────────────────────────────────────────────────────────
const modes = { modes: { prefix: [MonthDayTime, Program, Host], message: [Message] }, defaultMode: 'prefix' };

// ── parser ────────────────────────────────────────────────────────────────
class SyslogParser extends CstParser {
  constructor() {
    super([MonthDayTime, Host, Program, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(MonthDayTime);
    this.CONSUME(Host);
    this.CONSUME(Program);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitor ───────────────────────────────────────────────────────────────
function createVisitor(parser: SyslogParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class SyslogVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Record<string, IToken[]>): EnvelopeResult {
      const program = image(ctx.Program)!.replace(/: ?$/, '');
      const m = /^(.*?)(?:\[(\d+)\])?$/.exec(program)!;
      return { envelope: 'syslog', node: image(ctx.Host)!.trim(), service: m[1], task: m[2], message: image(ctx.Message) ?? '' };
    }
  })();
}

// ── samples ───────────────────────────────────────────────────────────────
export const syslogSamples = [
  { line: 'Mar 08 22:06:22 DietPi gitea[580]: 2023/03/08 22:06:22 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 580', fields: {service: 'gitea', task: '580', node: 'DietPi'} },
  { line: 'May 01 04:52:24 msk murmurd[146331]: <W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: 109.105.249.191:55050', fields: {service: 'murmurd', task: '146331', node: 'msk'} },
  { line: 'Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown', fields: {service: 'sshd(pam_unix)', task: '19939', node: 'combo'} },
  { line: 'Jun 19 04:09:11 combo syslogd 1.4.1: restart.', fields: {service: 'syslogd 1.4.1', node: 'combo'} },
  { line: 'Aug 20 13:57:17 mof-rts-00011 caddy[808]: {"level":"error","ts":1629467837.1,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9000: connect: connection refused"}', fields: {service: 'caddy', task: '808', node: 'mof-rts-00011'} },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const syslogLines = defineLineGrammar<EnvelopeResult, SyslogParser>({
  name: 'syslog',
  role: 'envelope',
  title: 'syslog / journald `short` prefix (`Mar 08 22:06:22 host unit[pid]: …`)',
  unmistakable: true,
  sniff: /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} [\w.-]+ [\w./()-]+(?: \d+(?:\.\d+)+)?(?:\[\d+\])?:/,
  samples: syslogSamples,
  lexer: modes,
  parser: () => new SyslogParser(),
  visitor: createVisitor,
});
