/** Time windows of the `count` and `distinct` conditions. */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `10m`, `2h`, `1d`, `500ms`, `1.5h`: the rule schema's duration pattern is this regex's source. */
export const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

/** Milliseconds of a duration; undefined when malformed (a rule that passed validation has none). */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined;
}

/** Is there a window of `windowMs` holding at least `n` of these sorted timestamps? */
export function denseWindow(sorted: readonly number[], windowMs: number, n: number): boolean {
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j] - sorted[i] > windowMs) i++;
    if (j - i + 1 >= n) return true;
  }
  return false;
}

/** Largest number of distinct values seen inside one window; `points` are [ts, value] sorted by ts. */
export function maxDistinctInWindow(points: ReadonlyArray<[number, string]>, windowMs: number): number {
  let best = 0;
  const counts = new Map<string, number>();
  for (let i = 0, j = 0; j < points.length; j++) {
    counts.set(points[j][1], (counts.get(points[j][1]) ?? 0) + 1);
    while (points[j][0] - points[i][0] > windowMs) {
      const v = points[i][1];
      const c = counts.get(v)! - 1;
      if (c === 0) counts.delete(v);
      else counts.set(v, c);
      i++;
    }
    best = Math.max(best, counts.size);
  }
  return best;
}
