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
import { WuManberMatcher } from './wu-manber.js';

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Three bytes folded into the table: collisions only shorten a shift, never skip a literal. */
function blockHash(a: number, b: number, c: number): number {
  return ((a * 0x3b1 + b * 0x1f + c) ^ (a << 9)) & TABLE_MASK;
}

export class TrigramWuManberMatcher extends WuManberMatcher {
  constructor(literals: readonly string[]) {
    super(literals, 3, TABLE_MASK + 1, (p, end) => blockHash(p[end - 2], p[end - 1], p[end]), 'TrigramWuManberMatcher');
  }

  findFirst(buf: Uint8Array, from: number, to: number): number {
    const m = this.minLength;
    const shift = this.shift;
    let pos = from + m - 1; // index of the last byte of the current window
    while (pos < to) {
      const block = blockHash(buf[pos - 2], buf[pos - 1], buf[pos]);
      const s = shift[block];
      if (s !== 0) { pos += s; continue; }
      if (this.literalAt(buf, pos - m + 1, to, block)) return pos - m + 1;
      pos += 1;
    }
    return -1;
  }
}
