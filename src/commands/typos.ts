/** Words on the command line that name nothing: the command a typo meant, the filter values no run has. */
import { existsSync } from 'node:fs';
import type { AnalysisResult } from '../result.js';

/** Edit distance, for suggesting the command a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length];
}

/** The command a missing path most likely meant (`expalin` → `explain`), when one is close. */
export function closestCommand(word: string, commands: readonly string[]): string | undefined {
  if (word.includes('/') || word.includes('.') || existsSync(word)) return undefined;
  const ranked = commands.map((c) => ({ c, d: distance(word.toLowerCase(), c) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(1, Math.floor(best.c.length / 3)) ? best.c : undefined;
}

/**
 * A --recipe or --tier value that names nothing in any run is a typo, not a green scan: each
 * such value, named. A value seen in some runs only is fine.
 */
export function unmatchedFilters(
  result: AnalysisResult, recipes: readonly string[], tiers: readonly string[],
): string[] {
  const seenRecipes = new Set<string>(result.recipes.map((r) => r.recipe));
  for (const run of result.runs) for (const recipe of run.recipes) seenRecipes.add(recipe);
  for (const f of result.findings) if (f.recipe) seenRecipes.add(f.recipe);
  const seenTiers = new Set<string>(result.recipes.flatMap((r) => Object.keys(r.tiers)));
  for (const u of result.unexplained) if (u.tier) seenTiers.add(u.tier);
  for (const f of result.findings) for (const t of [f.tier, ...(f.tiers ?? [])]) if (t) seenTiers.add(t);
  const list = (set: Set<string>) => (set.size > 0 ? [...set].sort().join(', ') : 'none');
  return [
    ...recipes.filter((r) => !seenRecipes.has(r))
      .map((r) => `--recipe ${r}: no run has this recipe (recipes seen: ${list(seenRecipes)})`),
    ...tiers.filter((t) => !seenTiers.has(t))
      .map((t) => `--tier ${t}: no run has this tier (tiers seen: ${list(seenTiers)})`),
  ];
}
