/**
 * Terminal escape sequences in log text: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`),
 * DCS/SOS/PM/APC strings (`ESC P|X|^|_ … ST`), nF escapes with intermediates (`ESC ( B`, which
 * `tput sgr0` prints before every reset), two-byte escapes (ESC and any final from `0` to `~`:
 * `ESC 7`, `ESC =`, `ESC c` …), 8-bit CSI (0x9B), and the `←[34m` rendering of ESC that Windows
 * consoles leave in copied logs. A terminal shows none of them, so neither do the rules.
 * Every alternative is a single linear pass; none can backtrack over the line.
 */
// eslint-disable-next-line no-control-regex -- ESC, BEL and the 8-bit CSI are what this pattern finds
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[ -/]+[0-~]|\x1b[0-Z\\-~]|\x9b[0-?]*[ -/]*[@-~]|\u2190\[[0-9;]*m/g;

/**
 * What starts a terminal sequence: ESC, the 8-bit CSI (U+009B) and the `←[` a Windows console
 * leaves in copied logs. The one list: stripAnsi looks for them in text, the line scanner in bytes
 * (a line holding one is decoded whatever the prefilter says: a sequence inside a literal cannot hide it).
 */
export const ESCAPE_INTRODUCERS: readonly string[] = ['\x1b', '\x9b', '\u2190['];

export function hasEscape(text: string): boolean {
  for (const introducer of ESCAPE_INTRODUCERS) if (text.includes(introducer)) return true;
  return false;
}

/** The text with terminal escape sequences removed: what rules match against. */
export function stripAnsi(text: string): string {
  return hasEscape(text) ? text.replace(ANSI, '') : text;
}
