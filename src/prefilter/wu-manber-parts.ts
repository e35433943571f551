/** What the two Wu–Manber matchers (2- and 3-byte blocks) share: their literals as bytes, and the check of a window. */

export interface WindowLiterals {
  /** The distinct literals. */
  literals: string[];
  /** Each as UTF-8 bytes. */
  patterns: Uint8Array[];
  /** The window: the shortest literal's length in bytes (at most 255, the largest shift a byte holds). */
  window: number;
}

/** The literals as bytes, checked: at least one, none shorter than a block. */
export function windowLiterals(literals: readonly string[], blockBytes: number, matcher: string): WindowLiterals {
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
