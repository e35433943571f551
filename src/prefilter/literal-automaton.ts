/**
 * Which of a few hundred literals a decoded line holds, in one pass over the line: an
 * Aho–Corasick automaton over UTF-16 code units, compiled to a table (state × character class).
 * The characters no literal holds share one class, so the table has as many columns as the
 * literals have distinct characters. One table read per character, whatever the number of
 * literals; a bigram pass plus a search per plausible literal (literalHits, the reference the
 * tests hold this to) costs several per character on the long lines of JSON logs.
 */
export class LiteralAutomaton {
  /** Character class of each UTF-16 code unit; 0 for those in no literal. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly classes: number;
  /** Next state by state * classes + class (16 bits while the states fit: half the cache lines). */
  private readonly next: Uint16Array | Int32Array;
  /** The literal ids that end at each state, its suffixes' included; undefined when none. */
  private readonly outputs: Array<number[] | undefined>;
  /** Literals found on every line (the empty literal). */
  private readonly always: number[];
  private readonly seenOn: Int32Array;
  private lineNo = 0;

  constructor(literals: readonly string[]) {
    let classes = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.classOf[code] === 0) this.classOf[code] = classes++;
      }
    }
    this.classes = classes;
    const { next, outputs, always } = compile(literals, this.classOf, classes);
    this.always = always;
    this.next = next;
    this.outputs = outputs;
    this.seenOn = new Int32Array(literals.length);
  }

  /** The ids of the literals the line holds, ascending (each once). */
  hits(line: string): number[] {
    const stamp = ++this.lineNo;
    const hits = [...this.always];
    const { classOf, next, outputs, classes, seenOn } = this;
    let state = 0;
    for (let i = 0; i < line.length; i++) {
      state = next[state * classes + classOf[line.charCodeAt(i)]];
      const ended = outputs[state];
      if (ended === undefined) continue;
      for (const id of ended) {
        if (seenOn[id] === stamp) continue;
        seenOn[id] = stamp;
        hits.push(id);
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a - b) : hits;
  }
}

/** The compiled automaton: the full transition table, each state's outputs, the literals on every line. */
interface Compiled {
  next: Uint16Array | Int32Array;
  outputs: Array<number[] | undefined>;
  always: number[];
}

/**
 * The trie of the literals, written straight into the transition table (0: no child, since no
 * edge leads back to the root), then completed breadth first: a state goes where its failure
 * state goes, except along its own children. No object per state: built with a Map per trie
 * node, the 1,300 built-in literals left megabytes of garbage that grew the young generation
 * of whichever thread read a junit file, and the process's peak with it.
 */
function compile(literals: readonly string[], classOf: Uint16Array, classes: number): Compiled {
  // The root, and at most one state per character of the literals.
  const bound = literals.reduce((n, literal) => n + literal.length, 1);
  const size = bound * classes;
  let next: Uint16Array | Int32Array = bound <= 0xffff ? new Uint16Array(size) : new Int32Array(size);
  const ends: Array<number[] | undefined> = [];
  let states = 1;
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const at = state * classes + classOf[literal.charCodeAt(i)];
      if (next[at] === 0) next[at] = states++;
      state = next[at];
    }
    (ends[state] ??= []).push(id);
  });
  const fail = new Int32Array(states);
  const outputs = new Array<number[] | undefined>(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = 0; c < classes; c++) if (next[c] !== 0) queue[tail++] = next[c];
  for (let head = 0; head < tail; head++) {
    const state = queue[head];
    const own = ends[state];
    const inherited = outputs[fail[state]];
    outputs[state] = own && inherited ? [...own, ...inherited] : own ?? inherited;
    // The failure state is nearer the root: its row is complete. This row holds only children yet.
    const row = state * classes;
    const failRow = fail[state] * classes;
    for (let c = 0; c < classes; c++) {
      const child = next[row + c];
      if (child === 0) next[row + c] = next[failRow + c];
      else {
        fail[child] = next[failRow + c];
        queue[tail++] = child;
      }
    }
  }
  next = next.subarray(0, states * classes);
  // 16 bits while the states fit: half the cache lines.
  if (next instanceof Int32Array && states <= 0xffff) next = Uint16Array.from(next);
  return { next, outputs, always: ends[0] ?? [] };
}
