/**
 * Plain text, a line no grammar claims, gets a level only from unmistakable markers: a level word
 * in capitals, whole, or the shape of an error or exception. Like every format's, its level words
 * are a level table, whose error and fatal markers the prefilter hands on (parsers/structural.ts).
 */
import { normalizeLevel, type Level } from '../../events.js';
import type { LevelTable } from '../kit.js';

export const TEXT_LEVELS: LevelTable = {
  // SEVERE: java.util.logging's error level (Tomcat's `SEVERE  Context [] startup failed`).
  spellings: { FATAL: 'fatal', PANIC: 'fatal', CRITICAL: 'fatal', ERROR: 'error', SEVERE: 'error' },
  markers: (spelling) => [spelling],
};

/** An error with no level word: an exception or error class, Go's `errors.X:`, Ruby's `PG::X:`, a traceback. */
const ERROR_SHAPES = [
  /^\s*(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception)\b(?::|$)/,
  // A command-line tool's error: cobra's and terraform's `Error: …` (`│ Error: …` in its box), git's `fatal: …`.
  /^(?:│ )?(?:Error|fatal): \S/,
  /^\s*[\w.]*\berrors\.[A-Z]\w*:/,
  /\bPG::[A-Z]\w*:/,
  /^Traceback \(most recent call last\)/,
];

/**
 * A level in brackets near the start of the line, in any case and padding: Elixir's Logger and
 * lager (`11:31:28.655 [error] gen_server … terminated`), Node-RED (`15 Jul 19:00:58 - [error] …`),
 * Docker Desktop (`[13:41:39.097][WSL2Provisioning  ][Error  ] …`). The first bracketed word that is
 * a level is the line's; other brackets before it (a time, a component) are passed over. The
 * fatal ones (HAProxy's `[ALERT]`, Envoy's and Symfony's `[critical]`) are errors here unless a
 * fatal word says more: Mattermost 4's `[CRIT] Failed to ping DB` is a retry.
 */
const BRACKET_LEVEL = /^[^\n]{0,60}?\[(error|err|warn|warning|notice|info|debug|trace|alert|crit|critical|emerg|fatal|panic|ftl|wrn|inf|dbg|trc) *\]/i;

/**
 * The NATS server's three capitals in brackets (`[1] 2019/10/21 09:53:56.911025 [FTL] STREAM: Failed to start: …`,
 * nats-io/nats-streaming-operator#56; its FTL ends the server); its `[ERR]` is the bracketed `err` above.
 */
const BRACKET_CODES: Readonly<Record<string, Level>> = { ftl: 'fatal', wrn: 'warn', inf: 'info', dbg: 'debug', trc: 'trace' };

/**
 * Poco's level in angle brackets after the thread and query ids, as ClickHouse writes it
 * (`2024.03.01 10:49:31.498651 [ 1 ] {} <Error> Application: …`), and log15's four letters before
 * the time (LXD's `EROR[02-03|14:08:09] Failed starting container`, `CRIT[…]`).
 */
const ANGLE_LEVEL = / <(Fatal|Critical|Error|Warning|Notice|Information|Debug|Trace)> /;
const ANGLE_LEVELS: Readonly<Record<string, Level>> = {
  Fatal: 'fatal', Critical: 'fatal', Error: 'error', Warning: 'warn', Notice: 'notice', Information: 'info', Debug: 'debug', Trace: 'trace',
};
const LOG15_LEVEL = /^(EROR|CRIT|WARN|INFO|DBUG|TRCE)\[/;

/**
 * NLog's default file layout, a time then the level between pipes, as the Servarr apps write it (Sonarr's
 * `18-12-24 07:35:13.6|Fatal|ConsoleApp|The requested address is not valid in this context. …`,
 * linuxserver/docker-sonarr#87); `Fatal` ends the app.
 */
const NLOG_PIPED = /^\d{2,4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?\|(Trace|Debug|Info|Warn|Error|Fatal|TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\|/;
const LOG15_LEVELS: Readonly<Record<string, Level>> = {
  // log15's Crit does not end the process: an error here, as a bracketed `[CRIT]` is.
  EROR: 'error', CRIT: 'error', WARN: 'warn', INFO: 'info', DBUG: 'debug', TRCE: 'trace',
};

/**
 * A severity letter after the time: mongod's text log before 4.4 (`2021-03-05T18:50:16.112+0000 F  CONTROL
 * [initandlisten] …`: an F is an error the server stops on) and CoreOS's capnslog as etcd 3.4 and older write it
 * (`2021-06-28 16:12:32.303933 C | etcdserver: …`: C is what its Fatal and Panic log at before they end the process).
 */
const MONGOD_LEGACY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{4}) ([FEWID])\d? +[A-Z-]+ +\[/;
const CAPNSLOG = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6} ([CEWNIDT]) \| /;
/**
 * A level word right after the date and time the line starts with (supervisord's `2015-02-13 01:32:33,846 INFO
 * gave up: shadowsocks entered FATAL state, …`, a Java or Python logger's default layout): the logger's own
 * level, whatever words its message holds.
 */
const DATED_LEVEL = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})? {1,4}(TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|CRIT(?:ICAL)?|FATAL)\b/;
/**
 * Collabora Online's layout (coolwsd, loolwsd before it): the thread and its id, the time, the thread's name in
 * spaced brackets, then three capitals (`-04264 2023-03-28 07:05:12.132638 +0000 [ coolwsd ] FTL  Failed to
 * initialize COOLWSD: SAXParseException: …| wsd/COOLWSD.hpp:503`; its FTL ends the daemon).
 */
const COOL_LEVEL = /^\S{0,40}-\d{2,8} \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}(?: [+-]\d{4})? \[ [^\]\n]{1,40} \] (FTL|CTL|ERR|WRN|NTC|INF|DBG|TRC) /;
const COOL_LEVELS: Readonly<Record<string, Level>> = {
  FTL: 'fatal', CTL: 'fatal', ERR: 'error', WRN: 'warn', NTC: 'notice', INF: 'info', DBG: 'debug', TRC: 'trace',
};
const SEVERITY_LETTERS: Readonly<Record<string, Level>> = {
  F: 'fatal', C: 'fatal', E: 'error', W: 'warn', N: 'notice', I: 'info', D: 'debug', T: 'trace',
};

/** Literals of the common error shapes (`ValueError: …`, `IOException: …`, a traceback), for the prefilter. */
export const ERROR_SHAPE_LITERALS: readonly string[] = [
  'Error: ', 'Exception: ', 'Traceback (most', 'fatal: ',
  '[error]', '[Error]', '[ERROR]', '[Error ', '[ERROR ', '[err]', '[fatal]', '[Fatal]', '[panic]',
  // zerolog's console levels that end a process.
  ' FTL ', ' PNC ',
  // Collabora Online's error level (its FTL is zerolog's literal above).
  ' ] ERR ',
  ' <Error> ', ' <Fatal> ', ' <Critical> ', 'EROR[', 'CRIT[',
  // NLog's piped levels (the Servarr apps' log files).
  '|Error|', '|Fatal|', '|ERROR|', '|FATAL|',
  // mongod's F and E after its time's zone (+0000, +0530, Z), capnslog's C and E.
  '0 F  ', '5 F  ', 'Z F  ', '0 E  ', '5 E  ', 'Z E  ', ' C | ', ' E | ',
];

function wordsOf(level: Level): RegExp {
  const words = Object.entries(TEXT_LEVELS.spellings).filter(([, l]) => l === level).map(([word]) => word);
  return new RegExp(`\\b(?:${words.join('|')})\\b`);
}

const FATAL_WORDS = wordsOf('fatal');
/**
 * A vulnerability scanner's severities (Trivy's `-s HIGH,CRITICAL`, its `Total: 0 (HIGH: 0, CRITICAL: 0)`):
 * where they are named, CRITICAL is a finding's severity, not the line's level.
 */
const SEVERITY_NAMES = /\b(?:HIGH|MEDIUM|LOW)\b/;

/** Whether a fatal word stands in `text` as its level, not as the severity of a scanner's finding. */
function saysFatal(text: string): boolean {
  const word = FATAL_WORDS.exec(text);
  return word !== null && !(word[0] === 'CRITICAL' && SEVERITY_NAMES.test(text));
}
/** A bracketed level that is fatal by its own name, not by a synonym a logger also uses for errors it survives. */
const SAYS_FATAL = /^(?:fatal|panic|ftl)$/i;

/**
 * zerolog's console writer: a time, then the level in three capitals (`2023-09-30T11:37:42+08:00 FTL
 * ../cli/server.go:26 > Error starting server …`, juanfont/headscale; `3:04PM INF …` with its default time).
 */
const ZEROLOG_CONSOLE = new RegExp([
  /^(?:\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?|\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[AP]M)?) (TRC|DBG|INF|WRN|ERR|FTL|PNC) /.source,
  // Its time peeled off by an envelope (`docker logs -t`): then its caller says it is zerolog's.
  /^(TRC|DBG|INF|WRN|ERR|FTL|PNC) [\w./-]+\.go:\d+ > /.source,
].join('|'));
const ZEROLOG_LEVELS: Readonly<Record<string, Level>> = {
  TRC: 'trace', DBG: 'debug', INF: 'info', WRN: 'warn', ERR: 'error', FTL: 'fatal', PNC: 'fatal',
};
const ERROR_WORDS = wordsOf('error');

/**
 * GitHub Actions' workflow commands as its raw logs print them (`##[error]Process completed with exit
 * code 1.`, `##[warning]The process '/usr/bin/git' failed with exit code 128`): the runner's own level.
 */
const WORKFLOW_COMMAND = /^##\[(error|warning|notice|debug)\]/;

export function textLevel(text: string): Level | undefined {
  if (text.startsWith('##[')) {
    const command = WORKFLOW_COMMAND.exec(text);
    if (command) return normalizeLevel(command[1]);
  }
  // A warning said first, as a CLI or GitHub's log view says it (`Warning: The process '/usr/bin/git'
  // failed with exit code 128`, its `##[warning]` above): what it mentions is not a failure.
  if (text.startsWith('Warning: ')) return 'warn';
  // A date first (its dash after a 2- or 4-digit year), checked in constant time: a search for the pipe would
  // read every line to its end.
  const lead = text.charCodeAt(0);
  if (lead >= 48 && lead <= 57 && (text.charCodeAt(2) === 0x2d || text.charCodeAt(4) === 0x2d)) {
    const piped = NLOG_PIPED.exec(text);
    if (piped) return normalizeLevel(piped[1]);
  }
  const log15 = LOG15_LEVEL.exec(text);
  if (log15) return LOG15_LEVELS[log15[1]];
  const zerolog = ZEROLOG_CONSOLE.exec(text);
  if (zerolog) return ZEROLOG_LEVELS[zerolog[1] ?? zerolog[2]];
  // A date first: mongod's time has a T after it, capnslog's a space; one regex is run, not two.
  if (text.charCodeAt(4) === 0x2d) {
    const after = text.charCodeAt(10);
    const letter = after === 0x54 ? MONGOD_LEGACY.exec(text) : after === 0x20 ? CAPNSLOG.exec(text) : null;
    if (letter) return SEVERITY_LETTERS[letter[1]];
    const dated = DATED_LEVEL.exec(text);
    if (dated) return normalizeLevel(dated[1]);
  }
  if (text.indexOf(' ] ') >= 0) {
    const cool = COOL_LEVEL.exec(text);
    if (cool) return COOL_LEVELS[cool[1]];
  }
  if (text.indexOf(' <') >= 0) {
    const angled = ANGLE_LEVEL.exec(text);
    if (angled) return ANGLE_LEVELS[angled[1]];
  }
  if (text.indexOf('[') >= 0) {
    const bracketed = BRACKET_LEVEL.exec(text);
    if (bracketed) {
      const level = BRACKET_CODES[bracketed[1].toLowerCase()] ?? normalizeLevel(bracketed[1]);
      return level === 'fatal' && !SAYS_FATAL.test(bracketed[1]) && !saysFatal(text) ? 'error' : level;
    }
  }
  if (saysFatal(text)) return 'fatal';
  if (ERROR_WORDS.test(text) || ERROR_SHAPES.some((shape) => shape.test(text))) return 'error';
  return undefined;
}
