import type { AnalysisResult } from '../result.js';

/** --recipe and --tier: keep only those recipes and tiers in every part of the result. */
export function filterResult(
  result: AnalysisResult, recipes: readonly string[], tiers: readonly string[],
): AnalysisResult {
  if (recipes.length === 0 && tiers.length === 0) return result;
  const keepRecipe = (r: string | null) => recipes.length === 0 || (r !== null && recipes.includes(r));
  const keepTier = (t: string | null) => tiers.length === 0 || (t !== null && tiers.includes(t));
  return {
    ...result,
    runs: result.runs.map((run) => ({ ...run, recipes: run.recipes.filter((r) => keepRecipe(r)) })),
    findings: result.findings
      .filter((f) => keepRecipe(f.recipe) && (keepTier(f.tier) || (f.tiers ?? []).some((t) => keepTier(t)))),
    unexplained: result.unexplained.filter((u) => keepRecipe(u.recipe) && keepTier(u.tier)),
    recipes: result.recipes
      .filter((r) => keepRecipe(r.recipe))
      .map((r) => (tiers.length === 0 ? r : {
        ...r, tiers: onlyTiers(r.tiers, tiers), marks: onlyTiers(r.marks, tiers),
      })),
  };
}

function onlyTiers<T>(byTier: Readonly<Record<string, T>>, tiers: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(byTier).filter(([tier]) => tiers.includes(tier)));
}
