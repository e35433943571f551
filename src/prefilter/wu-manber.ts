/**
 * What the two Wu–Manber matchers (2- and 3-byte blocks) share: their tables, built from the
 * literals as bytes, and the check of a window whose shift is 0. Each keeps its own search loop:
 * the block is read inline there, once per window, where a call would cost more than the read.
 */

interface WindowLiterals {
  /** The distinct literals. */
  literals: string[];
  /** Each as UTF-8 bytes. */
  patterns: Uint8Array[];
  /** The window: the shortest literal's length in bytes (at most 255, the largest shift a byte holds). */
  window: number;
}

/** The literals as bytes, checked: at least one, none shorter than a block. */
function windowLiterals(literals: readonly string[], blockBytes: number, matcher: string): WindowLiterals {
  const unique = [...new Set(literals)];
  if (unique.length === 0) throw new Error(`${matcher} needs at least one literal`);
  const patterns = unique.map((l) => Buffer.from(l, 'utf8'));
  const shortest = Math.min(...patterns.map((p) => p.length));
  if (shortest < blockBytes) {
    const short = unique.find((l) => Buffer.byteLength(l) < blockBytes);
    throw new Error(`literal too short for ${blockBytes}-byte blocks: ${JSON.stringify(short)}`);
  }
  return { literals: unique, patterns, window: Math.min(shortest, 255) };
}

/** Whether a pattern of the bucket starts at `start` and ends before `to`. */
export function someLiteralAt(
  bucket: readonly Uint8Array[] | undefined, buf: Uint8Array, start: number, to: number,
): boolean {
  if (bucket === undefined) return false;
  for (const p of bucket) {
    const n = p.length;
    if (start + n > to) continue;
    let k = 0;
    while (k < n && buf[start + k] === p[k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** Reads the block of a pattern that ends at byte `end`, as a table index. */
export type BlockAt = (bytes: Uint8Array, end: number) => number;

export abstract class WuManberMatcher {
  readonly literals: readonly string[];
  /** The window: the shortest literal's length in bytes. */
  protected readonly minLength: number;
  /** How far a window may move on, by the block that ends it (0: a literal's prefix may end here). */
  protected readonly shift: Uint8Array;
  /** 1 where a literal starts with these two bytes. */
  protected readonly head: Uint8Array;
  /** For a block that ends a window prefix: the patterns whose first `minLength` bytes end with it. */
  protected readonly buckets: Array<Uint8Array[] | undefined>;

  protected constructor(
    literals: readonly string[], blockBytes: number, tableSize: number, blockAt: BlockAt, name: string,
  ) {
    const { literals: unique, patterns, window: m } = windowLiterals(literals, blockBytes, name);
    this.literals = unique;
    this.minLength = m;
    this.shift = new Uint8Array(tableSize).fill(m - blockBytes + 1);
    this.head = new Uint8Array(65536);
    this.buckets = new Array<Uint8Array[] | undefined>(tableSize);
    for (const p of patterns) {
      for (let j = blockBytes - 1; j < m; j++) {
        const block = blockAt(p, j);
        const s = m - 1 - j;
        if (s < this.shift[block]) this.shift[block] = s;
      }
      this.head[(p[0] << 8) | p[1]] = 1;
      (this.buckets[blockAt(p, m - 1)] ??= []).push(p);
    }
  }

  /**
   * Position of the first byte of the first literal occurrence that starts at or after `from`
   * and ends before `to`, or -1.
   */
  abstract findFirst(buf: Uint8Array, from: number, to: number): number;

  /** A window whose shift is 0, starting at `start`: whether a literal starts there. */
  protected literalAt(buf: Uint8Array, start: number, to: number, block: number): boolean {
    return this.head[(buf[start] << 8) | buf[start + 1]] === 1 && someLiteralAt(this.buckets[block], buf, start, to);
  }
}
