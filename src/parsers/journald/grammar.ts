/**
 * journald as users capture it, besides the classic `short` prefix (../syslog):
 *
 * journalctl -o short-iso (and short-iso-precise):
 *   2024-05-01T10:00:00+0000 host gitea[612]: …
 * a unit's lines copied without date and host:
 *   gitea[612]: 2024/06/02 18:04:21 …
 * journalctl -o json:
 *   {"__REALTIME_TIMESTAMP":"1714557600000000","_SYSTEMD_UNIT":"gitea.service","PRIORITY":"3","MESSAGE":"…"}
 *
 * The JSON form is read with JSON.parse (exact and linear, as for JSON payloads); its MESSAGE
 * goes on to the payload grammars, PRIORITY gives the level when the payload has none.
 */
import { createToken, CstParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import type { Level } from '../../events.js';
import { parseIsoTimestamp } from '../time.js';
import { parseJsonObject } from '../json/fields.js';
import { REST_OF_LINE, defineLineGrammar, image, type EnvelopeResult, type LineGrammar, type ParseContext, PARSER_CONFIG } from '../kit.js';

// ── tokens ────────────────────────────────────────────────────────────────
const IsoTime = createToken({ name: 'IsoTime', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2}) / });
const Host = createToken({ name: 'Host', pattern: /[\w.-]+ / });
/**
 * `gitea[612]:`, `kernel:` (a unit name starts with a letter: `20:09:39` after a date is no
 * unit); then the message.
 */
const Unit = createToken({ name: 'Unit', pattern: /[A-Za-z_][\w.@/()-]*(?:\[\d+\])?: ?/, push_mode: 'message' });
const BareUnit = createToken({ name: 'BareUnit', pattern: /[\w.@-]+\[\d+\]: ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexers ────────────────────────────────────────────────────────────────
const shortIsoTokens = { modes: { prefix: [IsoTime, Unit, Host], message: [Message] }, defaultMode: 'prefix' };
const bareTokens = { modes: { prefix: [BareUnit], message: [Message] }, defaultMode: 'prefix' };

// ── parsers ───────────────────────────────────────────────────────────────
class ShortIsoParser extends CstParser {
  constructor() {
    super([IsoTime, Host, Unit, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(IsoTime);
    this.CONSUME(Host);
    this.CONSUME(Unit);
    this.OPTION(() => this.CONSUME(Message));
  });
}

class BareUnitParser extends CstParser {
  constructor() {
    super([BareUnit, Message], PARSER_CONFIG);
    this.performSelfAnalysis();
  }
  line = this.RULE('line', () => {
    this.CONSUME(BareUnit);
    this.OPTION(() => this.CONSUME(Message));
  });
}

// ── visitors ──────────────────────────────────────────────────────────────
type Ctx = Record<string, IToken[] | undefined>;

function unitParts(raw: string): { service: string; task?: string } {
  const [, service, task] = /^(.*?)(?:\[(\d+)\])?: ?$/.exec(raw)!;
  return task === undefined ? { service } : { service, task };
}

function createShortIsoVisitor(parser: ShortIsoParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class ShortIsoVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx, parse: ParseContext): EnvelopeResult {
      const time = image(ctx.IsoTime)!.trim().replace(',', '.').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
      return { envelope: 'journald', ts: parseIsoTimestamp(time, parse.tz), node: image(ctx.Host)!.trim(), ...unitParts(image(ctx.Unit)!), message: image(ctx.Message) ?? '' };
    }
  })();
}

function createBareVisitor(parser: BareUnitParser) {
  const Base = parser.getBaseCstVisitorConstructor();
  return new (class BareUnitVisitor extends Base {
    constructor() { super(); this.validateVisitor(); }
    line(ctx: Ctx): EnvelopeResult {
      return { envelope: 'journald-unit', ...unitParts(image(ctx.BareUnit)!), message: image(ctx.Message) ?? '' };
    }
  })();
}

/** syslog(3) priorities: 0 emerg … 7 debug. */
const PRIORITY_LEVELS: readonly Level[] = ['fatal', 'fatal', 'fatal', 'error', 'warn', 'notice', 'info', 'debug'];

function journalJsonEnvelope(text: string): EnvelopeResult | undefined {
  const entry = parseJsonObject(text);
  if (!entry) return undefined;
  // journald writes MESSAGE as an array of bytes when it is not valid UTF-8: decoded as the line would have been.
  const message = typeof entry.MESSAGE === 'string' ? entry.MESSAGE : Array.isArray(entry.MESSAGE) ? Buffer.from(entry.MESSAGE.filter((b): b is number => typeof b === 'number')).toString('utf8') : undefined;
  if (message === undefined) return undefined;
  const micros = typeof entry.__REALTIME_TIMESTAMP === 'string' && /^\d{1,17}$/.test(entry.__REALTIME_TIMESTAMP) ? Number(entry.__REALTIME_TIMESTAMP) : undefined;
  const unit = typeof entry._SYSTEMD_UNIT === 'string' ? entry._SYSTEMD_UNIT.replace(/\.service$/, '') : typeof entry.SYSLOG_IDENTIFIER === 'string' ? entry.SYSLOG_IDENTIFIER : undefined;
  const priority = typeof entry.PRIORITY === 'string' && /^[0-7]$/.test(entry.PRIORITY) ? PRIORITY_LEVELS[Number(entry.PRIORITY)] : undefined;
  return {
    envelope: 'journald-json',
    ...(micros !== undefined ? { ts: Math.floor(micros / 1000) } : {}),
    ...(unit !== undefined ? { service: unit } : {}),
    ...(typeof entry._HOSTNAME === 'string' ? { node: entry._HOSTNAME } : {}),
    ...(typeof entry._PID === 'string' ? { task: entry._PID } : {}),
    ...(priority !== undefined ? { level: priority } : {}),
    message,
  };
}

// ── samples ───────────────────────────────────────────────────────────────
export const shortIsoSamples = [
  { line: '2024-05-01T10:00:00+0000 forge gitea[612]: 2024/05/01 10:00:00 cmd/web.go:106:runWeb() [I] Starting Gitea on PID: 612', fields: { service: 'gitea', task: '612', node: 'forge' } },
  { line: '2023-03-08T22:06:22.123456+01:00 DietPi systemd[1]: Started gitea.service - Gitea (Git with a cup of tea).', fields: { service: 'systemd' } },
] as const;

export const bareUnitSamples = [
  {
    line: 'gitea[612]: 2024/06/02 18:04:21 ...es/setting/oauth2.go:151:loadOAuth2From() [F] save oauth2.JWT_SECRET failed: failed to save "/var/lib/forgejo/custom/conf/app.ini": open /var/lib/forgejo/custom/conf/app.ini: permission denied',
    fields: { service: 'gitea', task: '612' },
    source: 'NixOS/nixpkgs#312523',
  },
  { line: 'umurmurd[144061]: WARN: SSL handshake failed: -16512', fields: { service: 'umurmurd' }, source: 'void-linux/void-packages#23461' },
] as const;

export const journalJsonSamples = [
  {
    line: '{"__CURSOR":"s=1;i=2","__REALTIME_TIMESTAMP":"1714557600000000","_HOSTNAME":"forge","_PID":"612","_SYSTEMD_UNIT":"gitea.service","PRIORITY":"3","SYSLOG_IDENTIFIER":"gitea","MESSAGE":"2024/05/01 10:00:00 ...s/setting/setting.go:107:LoadCommonSettings() [F] Unable to load settings from config"}',
    level: 'fatal',
    fields: { service: 'gitea', node: 'forge', task: '612' },
  },
  {
    line: '{"__REALTIME_TIMESTAMP":"1714557601000000","_SYSTEMD_UNIT":"gitea.service","PRIORITY":"3","MESSAGE":"Failed to start gitea.service - Gitea (Git with a cup of tea)."}',
    level: 'error',
    fields: { service: 'gitea' },
  },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const journaldShortIso = defineLineGrammar<EnvelopeResult, ShortIsoParser>({
  name: 'journald',
  role: 'envelope',
  title: '`journalctl -o short-iso` / `short-iso-precise` (`2024-05-01T10:00:00+0000 host unit[pid]: …`)',
  unmistakable: true,
  // Not Rust's tracing (`2022-04-09T21:19:43.447913Z ERROR vector::cli: Configuration error. …`): its level where
  // the host would be, and its target's `::` where the unit's colon and space would be.
  sniff: new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2}) '
    + '(?!(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|PANIC) )[\\w.-]+ [A-Za-z_][\\w.@/()-]*(?:\\[\\d+\\])?:(?: |$)'),
  samples: shortIsoSamples,
  lexer: shortIsoTokens,
  parser: () => new ShortIsoParser(),
  visitor: createShortIsoVisitor,
});

export const journaldUnit = defineLineGrammar<EnvelopeResult, BareUnitParser>({
  name: 'journald-unit',
  role: 'envelope',
  title: 'a unit\'s lines without date and host (`gitea[612]: …`)',
  unmistakable: true,
  sniff: /^[\w.@-]+\[\d+\]: /,
  samples: bareUnitSamples,
  lexer: bareTokens,
  parser: () => new BareUnitParser(),
  visitor: createBareVisitor,
});

export const journalJson: LineGrammar<EnvelopeResult> = {
  name: 'journald-json',
  role: 'envelope',
  title: '`journalctl -o json` (MESSAGE, _SYSTEMD_UNIT, PRIORITY, __REALTIME_TIMESTAMP)',
  unmistakable: true,
  sniff: /^\{"(?:__CURSOR|__REALTIME_TIMESTAMP|__MONOTONIC_TIMESTAMP|_BOOT_ID|MESSAGE|PRIORITY|_SYSTEMD_UNIT|SYSLOG_IDENTIFIER)"/,
  samples: journalJsonSamples,
  parse: (text) => journalJsonEnvelope(text),
};
