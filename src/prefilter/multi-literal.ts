/**
 * Finds lines that contain any of a set of literals, scanning raw bytes.
 *
 * Wu–Manber with 2-byte blocks: the shift table is indexed directly by the two bytes
 * (no hashing), so a window is skipped by up to `minLength - 1` bytes with one table read.
 * When a window's last block ends some literal's prefix (shift 0, common: "s ", "or", "] " end
 * prefixes of ours), a second table of the literals' first two bytes rejects most windows
 * before any literal is compared.
 * The matcher only answers "does some literal occur at or after here"; which literals a
 * candidate line holds is worked out on the decoded line (see `literalHits`), so this
 * module can stay small and is checked against that reference in the tests.
 */
import { WuManberMatcher } from './wu-manber.js';
import { LiteralAutomaton } from './literal-automaton.js';

export class MultiLiteralMatcher extends WuManberMatcher {
  constructor(literals: readonly string[]) {
    super(literals, 2, 65536, (p, end) => (p[end - 1] << 8) | p[end], 'MultiLiteralMatcher');
  }

  findFirst(buf: Uint8Array, from: number, to: number): number {
    const m = this.minLength;
    const shift = this.shift;
    let pos = from + m - 1; // index of the last byte of the current window
    while (pos < to) {
      const block = (buf[pos - 1] << 8) | buf[pos];
      const s = shift[block];
      if (s !== 0) { pos += s; continue; }
      if (this.literalAt(buf, pos - m + 1, to, block)) return pos - m + 1;
      pos += 1;
    }
    return -1;
  }
}

/** A pair of UTF-16 units folded to 16 bits: a necessary condition, never a proof (collisions only cost a search). */
function bigram(first: number, second: number): number {
  return ((first * 31) ^ second) & 0xffff;
}

/** A literal's first and last bigrams; none for a literal of one character. */
function endBigrams(literal: string): [number, number] | undefined {
  if (literal.length < 2) return undefined;
  const last = literal.length - 1;
  const head = bigram(literal.charCodeAt(0), literal.charCodeAt(1));
  return [head, bigram(literal.charCodeAt(last - 1), literal.charCodeAt(last))];
}

/**
 * Finds which literals a line holds. Searching the line once per literal costs every candidate
 * line as many scans as there are literals (hundreds, with the rules, the level markers and the
 * failure signals); instead the line's bigrams are marked once, and a literal is searched for
 * only when its first and last bigrams are both there. Exact: the search decides.
 */
class LiteralHitFinder {
  private readonly marks = new Uint32Array(0x10000);
  private generation = 0;
  private readonly keys: Array<[number, number] | undefined>;

  constructor(private readonly literals: readonly string[]) {
    this.keys = literals.map(endBigrams);
  }

  hits(line: string): number[] {
    const generation = this.nextGeneration();
    const marks = this.marks;
    for (let i = 1; i < line.length; i++) marks[bigram(line.charCodeAt(i - 1), line.charCodeAt(i))] = generation;
    const hits: number[] = [];
    for (let i = 0; i < this.literals.length; i++) {
      const key = this.keys[i];
      if (key !== undefined && (marks[key[0]] !== generation || marks[key[1]] !== generation)) continue;
      if (line.includes(this.literals[i])) hits.push(i);
    }
    return hits;
  }

  private nextGeneration(): number {
    if (this.generation === 0xffffffff) { this.marks.fill(0); this.generation = 0; }
    return ++this.generation;
  }
}

const finders = new WeakMap<readonly string[], LiteralHitFinder>();

/** Which of `literals` the decoded line contains: the reference the byte matcher is tested against. */
export function literalHits(line: string, literals: readonly string[]): number[] {
  let finder = finders.get(literals);
  if (!finder) finders.set(literals, (finder = new LiteralHitFinder(literals)));
  return finder.hits(line);
}

/**
 * Up to this many literals (the built-in rules, level markers and failure signals: 1,025 of them),
 * an automaton reads each character of the line once (literal-automaton.ts). Its table has a row
 * per trie state and a column per distinct character, so it grows with the rule set (the built-in
 * set: 15,711 characters, 94 distinct, a table of 2.2 MB built in about 22 ms; twice as many
 * literals of the same kind would make one of about 4.5 MB, 16-bit entries still); past it, a trie
 * of the literals is walked from each position instead (10,000 user rules on a dense 10 MB log:
 * 0.8 s, where a pass over every literal took 2.8 s). The test of the built-in set fails when it
 * outgrows this: the limit was 1,024 until the built-in set passed it.
 */
const AUTOMATON_UP_TO = 2048;

/**
 * The automaton is built (a few milliseconds) once this many lines were asked about: a small
 * input (a piped 1 KB log) is done with the reference search before it would pay off.
 */
const AUTOMATON_AFTER_LINES = 256;

/** A node of the literal trie: children by UTF-16 code unit, and the literals that end here. */
interface TrieNode {
  next?: Map<number, TrieNode>;
  ends?: number[];
}

/**
 * The ids of the literals a decoded line holds, ascending, as `literalHits` gives them, at a
 * cost that grows with the line rather than the number of literals: a trie of the literals is
 * walked from each position of the line for as long as some literal still matches (a few steps:
 * literals sharing a prefix such as `marker…` share the walk instead of being tried one by one).
 */
export class LiteralIndex {
  private readonly root: TrieNode = {};
  /** Up to AUTOMATON_UP_TO literals: one automaton pass over the line, once built. */
  private automaton?: LiteralAutomaton;
  private readonly small: boolean;
  /** Lines asked about before the automaton is built. */
  private linesBeforeAutomaton = 0;
  /** For each literal, the number of the last line it was found in (no per-line set to allocate). */
  private readonly seenOn: Int32Array;
  private lineNo = 0;

  constructor(private readonly literals: readonly string[]) {
    this.seenOn = new Int32Array(literals.length);
    this.small = literals.length <= AUTOMATON_UP_TO;
    if (this.small) return;
    literals.forEach((literal, id) => {
      let node = this.root;
      for (let i = 0; i < literal.length; i++) {
        node.next ??= new Map();
        const code = literal.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = {}));
        node = child;
      }
      (node.ends ??= []).push(id);
    });
  }

  private smallSetHits(line: string): number[] {
    if (this.automaton) return this.automaton.hits(line);
    if (++this.linesBeforeAutomaton < AUTOMATON_AFTER_LINES) return literalHits(line, this.literals);
    this.automaton = new LiteralAutomaton(this.literals);
    return this.automaton.hits(line);
  }

  hits(line: string): number[] {
    if (this.small) return this.smallSetHits(line);
    const stamp = ++this.lineNo;
    const hits: number[] = [];
    const first = this.root.next;
    if (!first) return hits;
    for (let i = 0; i < line.length; i++) {
      let node = first.get(line.charCodeAt(i));
      for (let j = i + 1; node !== undefined; j++) {
        if (node.ends) {
          for (const id of node.ends) {
            if (this.seenOn[id] === stamp) continue;
            this.seenOn[id] = stamp;
            hits.push(id);
          }
        }
        if (j >= line.length || !node.next) break;
        node = node.next.get(line.charCodeAt(j));
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a - b) : hits;
  }
}

const indexes = new WeakMap<readonly string[], LiteralIndex>();

/** The index of a literal list, built once per list (the scan's settings hold one list for all inputs). */
export function literalIndex(literals: readonly string[]): LiteralIndex {
  let index = indexes.get(literals);
  if (!index) indexes.set(literals, (index = new LiteralIndex(literals)));
  return index;
}
