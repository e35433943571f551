import { formatIso } from '../parsers/time.js';
import type { Ingested } from '../analyze.js';
import { findingsByRecipe, recipeKey, type Finding } from '../engine/findings.js';
import type { RecipeSummary, RunSummary, UnexplainedFailure } from '../result.js';
import { SEVERITIES } from '../rules/types.js';
import type { RecipeRecord } from './collector.js';
import { rankCandidates, type CandidateLine } from './unexplained.js';


/** Does this finding account for a red tier? Its own tier, a tier its evidence comes from, or no tier at all (a recipe-wide cause). */
export function explains(finding: Finding, tier: string): boolean {
  if (finding.classification === 'benign') return false;
  // `run`: the sweep says the recipe failed without saying where; any cause found for the recipe explains it.
  return tier === 'run' || finding.tier === tier || finding.tier === null || (finding.tiers?.includes(tier) ?? false);
}

function rankFinding(f: Finding): number {
  return (SEVERITIES.length - SEVERITIES.indexOf(f.severity)) * 10 + f.confidence;
}

/**
 * The finding a recipe's verdict comes from: the most severe, then most confident, that blames
 * something (a benign finding never does). The table shows the same one as the root cause.
 */
export function blamingFinding(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) if (f.classification !== 'benign' && (!best || rankFinding(f) > rankFinding(best))) best = f;
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The triage table's rows (one per run and recipe, tier results from the junit files and
 * pytest lines themselves), each red tier no finding explains, and the runs.
 */
export function summarize(ingested: Ingested, findings: Finding[], baselines: readonly string[]): { recipes: RecipeSummary[]; unexplained: UnexplainedFailure[]; runs: RunSummary[] } {
  const recipes: RecipeSummary[] = [];
  const unexplained: UnexplainedFailure[] = [];
  const baselineRuns = new Set(baselines.map((b) => b.replace(/\/+$/, '')));

  const byRecipe = findingsByRecipe(findings);
  for (const run of ingested.runs) {
    const record = ingested.collector.run(run.id);
    const names = new Set(record.recipes.keys());
    for (const f of findings) if (f.run === run.id && f.recipe) names.add(f.recipe);
    for (const name of [...names].sort()) {
      const recipeRecord = record.recipes.get(name);
      const tiers = recipeRecord?.tierResults() ?? {};
      const own = byRecipe.get(recipeKey(run.id, name)) ?? [];
      const blaming = blamingFinding(own);
      const red = Object.entries(tiers).filter(([, result]) => result === 'fail').map(([tier]) => tier);
      const unexplainedTiers = red.filter((tier) => !own.some((f) => explains(f, tier)));
      const verdict = blaming ? blaming.classification : unexplainedTiers.length > 0 ? 'unexplained' : 'green';
      const summary: RecipeSummary = { run: run.id, recipe: name, tiers, verdict };
      if (recipeRecord?.confirmedVersion) summary.version = recipeRecord.confirmedVersion;
      recipes.push(summary);
      for (const tier of unexplainedTiers) unexplained.push(...unexplainedFor(ingested, run.id, name, tier, recipeRecord, baselineRuns));
    }
  }

  const runs: RunSummary[] = ingested.runs.map((run) => {
    const record = ingested.collector.run(run.id);
    const summary: RunSummary = { id: run.id, paths: run.paths, recipes: [...new Set(recipes.filter((r) => r.run === run.id).map((r) => r.recipe))] };
    const started = formatIso(record.started);
    if (started) summary.started = started;
    const concurrency = record.peakConcurrency();
    if (concurrency > 1) summary.concurrency = concurrency;
    return summary;
  });
  recipes.sort((a, b) => compare(a.run, b.run) || compare(a.recipe, b.recipe));
  unexplained.sort((a, b) => compare(a.run, b.run) || compare(a.recipe ?? '', b.recipe ?? '') || compare(a.tier, b.tier) || compare(a.test ?? '', b.test ?? ''));
  return { recipes, unexplained, runs };
}

function inTier(candidate: CandidateLine, tier: string, record: RecipeRecord | undefined): boolean {
  if (candidate.tier !== undefined) return candidate.tier === tier || tier === 'run';
  if (tier === 'run') return true;
  const window = record?.tierWindows.find((w) => w.tier === tier);
  if (!window || window.start === undefined || candidate.firstTs === undefined) return false;
  return candidate.lastTs! >= window.start && (window.end === undefined || candidate.firstTs <= window.end);
}

function unexplainedFor(ingested: Ingested, run: string, recipe: string, tier: string, record: RecipeRecord | undefined, baselines: ReadonlySet<string>): UnexplainedFailure[] {
  const runRecord = ingested.collector.run(run);
  // In a run that names one recipe, lines without a recipe of their own are that recipe's.
  const own = runRecord.recipes.size === 1 ? [...ingested.candidates.candidates(run, recipe), ...ingested.candidates.candidates(run, undefined)] : ingested.candidates.candidates(run, recipe);
  const candidates = own.filter((c) => inTier(c, tier, record));
  // Templates of the same recipe in runs where this tier is green (or named as --baseline) rank last.
  const green = new Set<string>();
  for (const other of ingested.collector.runs.values()) {
    if (other.id === run) continue;
    const otherRecord = other.recipes.get(recipe);
    const greenHere = baselines.has(other.id) || (otherRecord !== undefined && otherRecord.tierResults()[tier] === 'pass');
    if (!greenHere) continue;
    for (const c of ingested.candidates.candidates(other.id, recipe)) green.add(c.template);
  }
  const failingTests = record ? [...record.tests.values()].filter((t) => t.tier === tier && (t.outcome === 'failed' || t.outcome === 'error')) : [];
  const tests = [...new Map(failingTests.map((t) => [t.key, t])).values()];
  if (tests.length === 0) return [{ run, recipe, tier, lines: rankCandidates(candidates, green) }];
  return tests.map((test) => ({
    run, recipe, tier, test: test.key,
    // The other failing tests' own junit lines are not evidence for this one.
    lines: rankCandidates(candidates.filter((c) => !c.fromJunit || c.test === test.key), green),
  }));
}
