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
    const trie = buildTrie(literals, this.classOf);
    this.always = trie.ends[0] ?? [];
    const { next, outputs } = compile(trie, classes);
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

interface Trie {
  /** Child state by state, per class. */
  children: Array<Map<number, number>>;
  /** Literal ids ending at each state. */
  ends: Array<number[] | undefined>;
}

function buildTrie(literals: readonly string[], classOf: Uint16Array): Trie {
  const trie: Trie = { children: [new Map<number, number>()], ends: [undefined] };
  literals.forEach((literal, id) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const c = classOf[literal.charCodeAt(i)];
      let child = trie.children[state].get(c);
      if (child === undefined) {
        child = trie.children.length;
        trie.children.push(new Map<number, number>());
        trie.ends.push(undefined);
        trie.children[state].set(c, child);
      }
      state = child;
    }
    (trie.ends[state] ??= []).push(id);
  });
  return trie;
}

/** The compiled automaton: the full transition table and each state's outputs. */
interface Compiled {
  next: Uint16Array | Int32Array;
  outputs: Array<number[] | undefined>;
}

/** The trie's full transition table (failure links resolved breadth first) and each state's outputs. */
function compile(trie: Trie, classes: number): Compiled {
  const states = trie.children.length;
  const next = states <= 0xffff ? new Uint16Array(states * classes) : new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const outputs: Array<number[] | undefined> = new Array<number[] | undefined>(states);
  const queue: number[] = [];
  for (const [c, child] of trie.children[0]) {
    next[c] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const own = trie.ends[state];
    const inherited = outputs[fail[state]];
    outputs[state] = own && inherited ? [...own, ...inherited] : own ?? inherited;
    // A state goes where its failure state goes, except along its own children: the failure
    // state's row (complete: it is nearer the root) copied, then the children written over it.
    const row = state * classes;
    next.copyWithin(row, fail[state] * classes, fail[state] * classes + classes);
    for (const [c, child] of trie.children[state]) {
      fail[child] = next[row + c];
      next[row + c] = child;
      queue.push(child);
    }
  }
  return { next, outputs };
}
