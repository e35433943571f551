/**
 * The byte prefilter of a scan, chosen by the size of its literal set: Wu–Manber skips bytes and
 * is the faster of the two up to about 1,200 literals (the built-ins have under 200; ten times
 * the rules about 500); past that its shifts collapse and Aho–Corasick, one table read per byte
 * whatever the number of literals, is faster (measured: `npm run bench -- --only rules`).
 */
import { AhoCorasickMatcher } from './aho-corasick.js';
import { MultiLiteralMatcher } from './multi-literal.js';

/** What the line scanner asks of a prefilter. */
export interface BytePrefilter {
  readonly literals: readonly string[];
  /**
   * A position in the first line at or after `from` (and before `to`) that holds a literal, or
   * -1 when no line does; a line it points at that holds none only costs its decoding.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number;
}

/** Above this many distinct literals the automaton is used. */
export const AHO_CORASICK_ABOVE = 1200;

export function bytePrefilter(literals: readonly string[]): BytePrefilter {
  const many = new Set(literals).size > AHO_CORASICK_ABOVE;
  return many ? new AhoCorasickMatcher(literals) : new MultiLiteralMatcher(literals);
}
