/**
 * The byte prefilter of a scan, chosen by its literal set. Measured on 37 MB of the bench's main
 * corpus (the first 2 MB of each of its logs: Caddy JSON, gitea, postgres, run logs …), one
 * thread, MB/s, best of two; `npm run bench -- --only rules` runs the packs whole. The sets past
 * 4,039 are the 100× pack's literals with affixes added.
 *
 * | literals | q-gram filter (WebAssembly) | Wu–Manber, 2-byte blocks | 3-byte blocks | Aho–Corasick |
 * |---|---|---|---|---|
 * | 178 (the built-ins) | 1,732 | 636 | 431 | 244 |
 * | 529 (10× the rules) | 1,571 | 350 | 402 | 240 |
 * | 1,000 | 1,373 | 173 | 353 | 237 |
 * | 2,000 | 1,130 | 99 | 322 | 230 |
 * | 4,039 (100× the rules) | 851 | 49 | 251 | 210 |
 * | 8,000 | 704 | 25 | 184 | 211 |
 * | 16,000 | 548 | 14 | 150 | 205 |
 *
 * The q-gram filter reads 4 bytes at every second position (qgram-filter.ts); it needs literals
 * of 5 bytes or more, which the built-ins, formats and failure signals all are, but a rule's
 * literal may be 3. Wu–Manber skips bytes, and its skips collapse as the set grows; 3-byte blocks
 * keep them longer (they need literals of 3 bytes or more). Aho–Corasick reads every byte once
 * whatever the number of literals: past many thousands it is the safe choice.
 */
import { AhoCorasickMatcher } from './aho-corasick.js';
import { MultiLiteralMatcher } from './multi-literal.js';
import { QgramFilterMatcher, qgramFilterApplies } from './qgram-filter.js';
import { TrigramWuManberMatcher } from './trigram-wu-manber.js';

/** What the line scanner asks of a prefilter. */
export interface BytePrefilter {
  readonly literals: readonly string[];
  /**
   * A position in the first line at or after `from` (and before `to`) that holds a literal, or
   * -1 when no line does; a line it points at that holds none only costs its decoding.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number;
  /**
   * Says that the next searches are in `buf[from, to)`, whose bytes do not change until the next
   * call: a matcher that searches a copy of the bytes copies them once here.
   */
  beginRegion?(buf: Uint8Array, from: number, to: number): void;
  /**
   * The newlines in `buf[from, to)`, where `from` starts a line and `to` ends one, counted where
   * the matcher keeps the begun region's bytes; -1 when a line there is longer than `longest`, or
   * the bytes are not in the begun region: the caller then counts line by line.
   */
  countNewlines?(buf: Uint8Array, from: number, to: number, longest: number): number;
  /**
   * The numbers (indexes in `literals`) of the literals wholly inside `buf[from, to)` of the
   * begun region, each once, ascending; undefined when the matcher cannot tell (the caller then
   * finds them in the decoded line).
   */
  lineHits?(buf: Uint8Array, from: number, to: number): number[] | undefined;
}

/** Up to this many distinct literals, all of 5 bytes or more, the q-gram filter. */
export const QGRAM_FILTER_UP_TO = 16000;
/** Up to this many distinct literals, 2-byte blocks. */
export const BIGRAM_BLOCKS_UP_TO = 500;
/** Above this many distinct literals the automaton is used (and above 1,200 when some literal is under 3 bytes). */
export const AHO_CORASICK_ABOVE = 5000;
const AHO_CORASICK_ABOVE_FOR_SHORT = 1200;

export function bytePrefilter(literals: readonly string[]): BytePrefilter {
  const distinct = new Set(literals).size;
  if (distinct <= QGRAM_FILTER_UP_TO && qgramFilterApplies(literals)) return new QgramFilterMatcher(literals);
  const trigramsPossible = literals.every((l) => Buffer.byteLength(l, 'utf8') >= 3);
  if (!trigramsPossible) {
    const automaton = distinct > AHO_CORASICK_ABOVE_FOR_SHORT;
    return automaton ? new AhoCorasickMatcher(literals) : new MultiLiteralMatcher(literals);
  }
  if (distinct <= BIGRAM_BLOCKS_UP_TO) return new MultiLiteralMatcher(literals);
  return distinct > AHO_CORASICK_ABOVE ? new AhoCorasickMatcher(literals) : new TrigramWuManberMatcher(literals);
}
