import { formatIso } from '../parsers/time.js';
import type { AcrossRun, Finding } from '../engine/findings.js';
import { LOAD_FLAKE_UNEXPLAINED } from '../rules/reserved.js';
import type {
  ComparableRecipe as RecipeRecord, ComparableRun as RunRecord, ComparableRuns, ComparableTest as TestRecord,
} from './comparable.js';

function failed(test: TestRecord): boolean {
  return test.outcome === 'failed' || test.outcome === 'error';
}

/** Does a finding of the same run and recipe already account for this failing test? */
function explained(findings: readonly Finding[], run: string, recipe: string, test: TestRecord): boolean {
  const coversTest = (f: Finding) =>
    f.test === test.key || f.tier === null || test.tier === undefined || f.tier === test.tier ||
    (f.tiers?.includes(test.tier) ?? false);
  return findings.some((f) => f.run === run && f.recipe === recipe && f.classification !== 'benign' && coversTest(f));
}

interface Outcome {
  run: RunRecord;
  record: RecipeRecord;
  test?: TestRecord;
}

function acrossRun({ run, record, test }: Outcome, recipe: string): AcrossRun {
  const entry: AcrossRun = { run: run.id, result: test === undefined ? 'absent' : failed(test) ? 'fail' : 'pass' };
  if (record.confirmedVersion) entry.version = record.confirmedVersion;
  const concurrency = run.concurrency(recipe)?.count;
  if (concurrency !== undefined) entry.concurrency = concurrency;
  const started = formatIso(record.window.start ?? record.extent.start);
  if (started) entry.started = started;
  return entry;
}

/**
 * Flake or genuine for failing tests no rule explains, decided as for rule-explained ones: red
 * under load in one run and green at the same confirmed version (and tree) in another is a load
 * flake with no known cause (the reserved rule load-flake-unexplained). A red run with no load,
 * or no green run at that version, leaves the failure unexplained.
 */
export function unexplainedLoadFlakes(findings: readonly Finding[], collector: ComparableRuns): Finding[] {
  const flakes: Finding[] = [];
  const runs = [...collector.runs.values()];
  for (const run of runs) {
    for (const [recipe, record] of run.recipes) {
      const version = record.confirmedVersion;
      const loaded = (run.concurrency(recipe)?.count ?? 1) >= 2;
      if (version === undefined || !loaded) continue;
      for (const test of record.tests.values()) {
        if (!failed(test) || explained(findings, run.id, recipe, test)) continue;
        const outcomes: Outcome[] = runs.flatMap((other) => {
          const otherRecord = other.recipes.get(recipe);
          if (!otherRecord) return [];
          const same = otherRecord.tests.get(test.tier, test.key);
          return [{ run: other, record: otherRecord, test: same }];
        });
        const sameVersion = outcomes.filter((o) => o.record.confirmedVersion === version);
        const trees = new Set(sameVersion.flatMap((o) => [...o.record.trees]));
        const greens = sameVersion.filter((o) => o.test !== undefined && !failed(o.test));
        const isolatedRed = sameVersion.some(
          (o) => o.test !== undefined && failed(o.test) && (o.run.concurrency(recipe)?.count ?? 1) <= 1,
        );
        if (greens.length === 0 || isolatedRed || trees.size > 1) continue;
        flakes.push(flakeFinding(run, recipe, test, greens, outcomes));
      }
    }
  }
  return flakes;
}

function flakeFinding(
  run: RunRecord,
  recipe: string,
  test: TestRecord,
  greens: readonly Outcome[],
  outcomes: readonly Outcome[],
): Finding {
  const rule = LOAD_FLAKE_UNEXPLAINED;
  const version = run.recipes.get(recipe)!.confirmedVersion!;
  const alone = greens.some((g) => (g.run.concurrency(recipe)?.count ?? 1) <= 1);
  const concurrency = run.concurrency(recipe)!.count;
  const acrossRuns = outcomes.map((o) => acrossRun(o, recipe))
    .sort((a, b) => (a.started ?? '').localeCompare(b.started ?? '') || a.run.localeCompare(b.run));
  return {
    id: `${rule.id}@${run.id}/${recipe}/${test.tier ?? '-'}/${test.key}`,
    rule: rule.id,
    title: rule.title,
    classification: rule.classification,
    severity: rule.severity,
    confidence: alone ? Math.max(rule.confidence, 0.85) : rule.confidence,
    run: run.id,
    recipe,
    tier: test.tier ?? null,
    test: test.key,
    rootCause: `${test.key} failed in ${run.id} with ${concurrency} recipes deploying at once and passed in ${greens.map((g) => g.run.id).join(', ')}${alone ? ' (alone)' : ''} at the same version ${version}. No rule names the cause: it is a load flake, not a ${recipe} defect.`,
    fix: rule.fix,
    location: { path: test.path, line: test.line },
    evidence: [{ path: test.path, line: test.line, text: test.message ?? `${test.nodeid} ${test.outcome.toUpperCase()}` }],
    why: [{
      condition: 'across runs',
      matched: greens.length,
      detail: `red in ${run.id} under concurrent load (${concurrency} recipes), green in ${greens.map((g) => g.run.id).join(', ')}${alone ? ' (alone)' : ''} at the same version ${version}, no isolated red: load flake`,
    }],
    acrossRuns,
  };
}
