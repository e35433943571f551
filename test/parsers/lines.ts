/** Helpers shared by the parser tests (not a test file itself). */
import { parseLine, type ParsedLine } from '../../src/parsers/line.js';
import { stripAnsi } from '../../src/text/ansi.js';

/** A parsed line without its undefined keys, so deep equality compares what was extracted. */
export type Plain = Partial<ParsedLine>;

export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** One line as the scanner hands it on: terminal escapes stripped, then envelope and payload grammars. */
export function parse(line: string, envelope?: string, tz = 'UTC'): Plain {
  return plain(parseLine(stripAnsi(line), { envelope }, tz));
}

export const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);
