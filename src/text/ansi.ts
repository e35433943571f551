/**
 * Terminal escape sequences in log text: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`),
 * DCS/SOS/PM/APC strings (`ESC P|X|^|_ … ST`), two-byte escapes, 8-bit CSI (0x9B), and the
 * `←[34m` rendering of ESC that Windows consoles leave in copied logs.
 * Every alternative is a single linear pass; none can backtrack over the line.
 */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]|\u2190\[[0-9;]*m/g;

export function hasEscape(text: string): boolean {
  return text.includes('\x1b') || text.includes('\x9b') || text.includes('\u2190[');
}

/** The text with terminal escape sequences removed: what rules match against. */
export function stripAnsi(text: string): string {
  return hasEscape(text) ? text.replace(ANSI, '') : text;
}
