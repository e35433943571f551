/**
 * The byte prefilter for large literal sets: an Aho–Corasick automaton compiled to a table (one
 * row per state, one column per byte class), so each byte of the input costs one table read
 * however many literals there are. Wu–Manber (multi-literal.ts) skips bytes and wins with the
 * built-in rules; with a Sigma-sized pack (thousands of literals) nearly every 2-byte block ends
 * some literal's prefix, its shifts fall to zero, and it checks buckets at every byte.
 *
 * Literals are cut to their first PREFIX_BYTES bytes: the automaton stays small (a few MB for
 * 4,000 literals), and a line holding a prefix but not the literal is only a candidate the
 * decoded line's hits then drop (the prefilter is a necessary condition, never a proof).
 */

/** Bytes of each literal the automaton looks for. */
export const PREFIX_BYTES = 16;

/** Builds the trie of the literal prefixes, each byte mapped to its class (0: a byte in no literal). */
function trieOf(patterns: readonly Uint8Array[], classOf: Uint8Array, classes: number) {
  const capacity = patterns.reduce((n, p) => n + p.length, 1);
  const next = new Int32Array(capacity * classes).fill(-1);
  /** The length of the longest literal prefix ending at each state (0: none). */
  const ends = new Int32Array(capacity);
  let states = 1;
  for (const pattern of patterns) {
    let state = 0;
    for (const byte of pattern) {
      const at = state * classes + classOf[byte];
      if (next[at] < 0) next[at] = states++;
      state = next[at];
    }
    ends[state] = Math.max(ends[state], pattern.length);
  }
  return { next, ends, states };
}

/**
 * Turns the trie into the automaton, breadth first: a missing edge goes where the state's
 * failure link goes, and a state ends a literal when its failure state does.
 */
function completeAutomaton(next: Int32Array, ends: Int32Array, classes: number): void {
  const fail = new Int32Array(ends.length);
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const child = next[c];
    if (c === 0 || child < 0) next[c] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    ends[state] = Math.max(ends[state], ends[fail[state]]);
    for (let c = 0; c < classes; c++) {
      const at = state * classes + c;
      const child = next[at];
      const viaFailure = next[fail[state] * classes + c];
      if (c === 0 || child < 0) next[at] = viaFailure;
      else {
        fail[child] = viaFailure;
        queue.push(child);
      }
    }
  }
}

export class AhoCorasickMatcher {
  readonly literals: readonly string[];
  /** States in the automaton (what its table's size follows). */
  readonly states: number;
  private readonly classOf = new Uint8Array(256);
  private readonly classes: number;
  private readonly table: Uint16Array | Int32Array;
  private readonly ends: Int32Array;

  constructor(literals: readonly string[]) {
    const unique = [...new Set(literals)];
    if (unique.length === 0) throw new Error('AhoCorasickMatcher needs at least one literal');
    this.literals = unique;
    const prefixes = new Map<string, Uint8Array>();
    for (const literal of unique) {
      const bytes = Buffer.from(literal, 'utf8');
      const prefix = bytes.subarray(0, PREFIX_BYTES);
      prefixes.set(prefix.toString('latin1'), prefix);
    }
    let classes = 1;
    for (const prefix of prefixes.values()) {
      for (const byte of prefix) if (this.classOf[byte] === 0) this.classOf[byte] = classes++;
    }
    this.classes = classes;
    const trie = trieOf([...prefixes.values()], this.classOf, classes);
    completeAutomaton(trie.next, trie.ends, classes);
    this.states = trie.states;
    const used = trie.next.subarray(0, trie.states * classes);
    this.table = trie.states <= 0x10000 ? Uint16Array.from(used) : used.slice();
    this.ends = trie.ends.slice(0, trie.states);
  }

  /**
   * The first byte of the first literal prefix to end at or after `from` and before `to`, or -1.
   * The line holding it is the first line there with any literal's prefix: what the scanner needs.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number {
    const { table, ends, classOf, classes } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = table[state * classes + classOf[buf[i]]];
      const length = ends[state];
      if (length !== 0) return i - length + 1;
    }
    return -1;
  }
}
