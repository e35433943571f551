/**
 * Wu–Manber with 3-byte blocks, for literal sets of several hundred to a few thousand (a rule
 * pack beside the built-ins). With 2-byte blocks, as the set grows most common byte pairs of log
 * text start or end some literal, the shifts collapse and nearly every window is checked (1,000
 * literals: a third of the built-ins' speed). Three bytes, hashed into a 64 K table, keep most
 * windows skipping at the price of a shorter longest skip (the shortest literal less 2, not less
 * 1): past about 500 literals that is the faster trade (the figures: byte-prefilter.ts). Same
 * contract as MultiLiteralMatcher: a hit is the start of a whole literal; which literals a line
 * holds is decided on the decoded line.
 */
import { someLiteralAt, windowLiterals } from './wu-manber-parts.js';

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Three bytes folded into the table: collisions only shorten a shift, never skip a literal. */
function blockHash(a: number, b: number, c: number): number {
  return ((a * 0x3b1 + b * 0x1f + c) ^ (a << 9)) & TABLE_MASK;
}

export class TrigramWuManberMatcher {
  readonly literals: readonly string[];
  private readonly minLength: number;
  private readonly shift: Uint8Array;
  /** 1 where a literal starts with these two bytes. */
  private readonly head: Uint8Array;
  /** For a block that ends a window prefix: the patterns whose first `minLength` bytes end with it. */
  private readonly buckets: Array<Uint8Array[] | undefined>;

  constructor(literals: readonly string[]) {
    const { literals: unique, patterns, window: m } = windowLiterals(literals, 3, 'TrigramWuManberMatcher');
    this.literals = unique;
    this.minLength = m;
    this.shift = new Uint8Array(TABLE_MASK + 1).fill(m - 2);
    this.head = new Uint8Array(65536);
    this.buckets = new Array<Uint8Array[] | undefined>(TABLE_MASK + 1);
    for (const p of patterns) {
      for (let j = 2; j < m; j++) {
        const block = blockHash(p[j - 2], p[j - 1], p[j]);
        const s = m - 1 - j;
        if (s < this.shift[block]) this.shift[block] = s;
      }
      this.head[(p[0] << 8) | p[1]] = 1;
      (this.buckets[blockHash(p[m - 3], p[m - 2], p[m - 1])] ??= []).push(p);
    }
  }

  /**
   * Position of the first byte of the first literal occurrence that starts at or after `from`
   * and ends before `to`, or -1.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number {
    const m = this.minLength;
    const shift = this.shift;
    const head = this.head;
    let pos = from + m - 1; // index of the last byte of the current window
    while (pos < to) {
      const block = blockHash(buf[pos - 2], buf[pos - 1], buf[pos]);
      const s = shift[block];
      if (s !== 0) { pos += s; continue; }
      const start = pos - m + 1;
      const headMatches = head[(buf[start] << 8) | buf[start + 1]] === 1;
      if (headMatches && someLiteralAt(this.buckets[block], buf, start, to)) return start;
      pos += 1;
    }
    return -1;
  }
}
