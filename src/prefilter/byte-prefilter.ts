/**
 * The byte prefilter of a scan, chosen by the size of its literal set. Measured on 37 MB of the
 * bench's main corpus (2 MB of each of 30 logs: Caddy JSON, gitea, postgres, run logs …), one
 * thread, MB/s; `npm run bench -- --only rules` runs the packs whole:
 *
 * | literals | Wu–Manber, 2-byte blocks | 3-byte blocks | Aho–Corasick |
 * |---|---|---|---|
 * | 178 (the built-ins) | 557 | 395 | 235 |
 * | 529 (10× the rules) | 377 | 381 | 233 |
 * | 1,000 | 189 | 332 | 225 |
 * | 2,000 | 124 | 311 | 219 |
 * | 4,039 (100× the rules) | 70 | 250 | 206 |
 *
 * Wu–Manber skips bytes, and its skips collapse as the set grows; 3-byte blocks keep them longer
 * (they need literals of 3 bytes or more). Aho–Corasick reads every byte once whatever the
 * number of literals: past several thousand it is the safe choice.
 */
import { AhoCorasickMatcher } from './aho-corasick.js';
import { MultiLiteralMatcher } from './multi-literal.js';
import { TrigramWuManberMatcher } from './trigram-wu-manber.js';

/** What the line scanner asks of a prefilter. */
export interface BytePrefilter {
  readonly literals: readonly string[];
  /**
   * A position in the first line at or after `from` (and before `to`) that holds a literal, or
   * -1 when no line does; a line it points at that holds none only costs its decoding.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number;
}

/** Up to this many distinct literals, 2-byte blocks. */
export const BIGRAM_BLOCKS_UP_TO = 500;
/** Above this many distinct literals the automaton is used (and above 1,200 when some literal is under 3 bytes). */
export const AHO_CORASICK_ABOVE = 5000;
const AHO_CORASICK_ABOVE_FOR_SHORT = 1200;

export function bytePrefilter(literals: readonly string[]): BytePrefilter {
  const distinct = new Set(literals).size;
  const trigramsPossible = literals.every((l) => Buffer.byteLength(l, 'utf8') >= 3);
  if (!trigramsPossible) {
    const automaton = distinct > AHO_CORASICK_ABOVE_FOR_SHORT;
    return automaton ? new AhoCorasickMatcher(literals) : new MultiLiteralMatcher(literals);
  }
  if (distinct <= BIGRAM_BLOCKS_UP_TO) return new MultiLiteralMatcher(literals);
  return distinct > AHO_CORASICK_ABOVE ? new AhoCorasickMatcher(literals) : new TrigramWuManberMatcher(literals);
}
