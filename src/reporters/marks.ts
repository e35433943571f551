import type { RecipeSummary, TierMark } from '../result.js';

const TIER_CODES: Record<string, string> = {
  install: 'i', upgrade: 'u', backup: 'b', restore: 'r', custom: 'c', promote: 'p',
};

/**
 * A one-character code per tier: the known ones fixed, any other tier (`run`, a custom name) the
 * first of its letters no tier uses yet, so no two tiers share a column header or a legend entry.
 */
export function tierCodes(tiers: readonly string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const [tier, code] of Object.entries(TIER_CODES)) { codes.set(tier, code); used.add(code); }
  for (const tier of tiers) {
    if (codes.has(tier)) continue;
    const candidates = [...tier.toLowerCase()].filter((ch) => /[a-z0-9]/.test(ch))
      .concat([...'abcdefghijklmnopqrstuvwxyz0123456789']);
    const code = candidates.find((ch) => !used.has(ch)) ?? '#';
    codes.set(tier, code);
    used.add(code);
  }
  return codes;
}

/** What a tier's cell shows: the row's mark (computed in the triage, `marks` in JSON), blank for a tier not run. */
export type CellMark = TierMark | ' ';

/** The legend of the marks, in the table's words. */
export const MARK_LEGEND = '✓ pass  ✗ fail  ? fail no finding explains  - skip  · n/a  blank: not run';

/** The mark of one tier of one row, the same in every format that draws the recipe × tier matrix. */
export function cellMark(row: RecipeSummary, tier: string): CellMark {
  return row.marks[tier] ?? ' ';
}

/** `3 recipe-defect, 2 green, …`: verdicts counted, the most frequent first. */
export function countVerdicts(recipes: readonly RecipeSummary[]): string {
  const counts = new Map<string, number>();
  for (const r of recipes) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v, n]) => `${n} ${v}`).join(', ');
}
