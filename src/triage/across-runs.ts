import { formatIso } from '../parsers/time.js';
import type { RuleEngine } from '../engine/engine.js';
import { findingsByRecipe, recipeKey, type AcrossRun, type Finding } from '../engine/findings.js';
import type { Classification } from '../rules/types.js';
import type { ComparableRecipe as RecipeRecord, ComparableRuns } from './comparable.js';

/** A flake hypothesis from one run never claims more than this. */
const SINGLE_RUN_FLAKE_CONFIDENCE = 0.5;


/** The outcome of `finding`'s test (or tier) in one run's record of the same recipe. */
function resultIn(record: RecipeRecord, finding: Finding): AcrossRun['result'] {
  if (finding.test) {
    for (const test of record.tests.values()) {
      if (test.key !== finding.test) continue;
      return test.outcome === 'failed' || test.outcome === 'error' ? 'fail' : 'pass';
    }
  }
  const tiers = record.tierResults();
  if (finding.tier && tiers[finding.tier]) return tiers[finding.tier] === 'fail' ? 'fail' : tiers[finding.tier] === 'pass' ? 'pass' : 'absent';
  // A canonical promoted green for the version stands for a green run of its tests.
  if (record.promote?.result === 'pass' && !record.tests.any) return 'pass';
  return 'absent';
}

function startOf(record: RecipeRecord): number | undefined {
  return record.window.start ?? record.extent.start;
}

/**
 * Flake or genuine, decided across the runs named together, as the redfix isolation re-runs
 * did: red under load and green alone at the same confirmed version is a load flake; red in
 * every run, an isolated one included, is genuine. Every finding of a recipe seen in several
 * runs carries those runs side by side (`acrossRuns`).
 */
export function compareRuns(findings: Finding[], collector: ComparableRuns, engine: RuleEngine): Finding[] {
  const genuineFor = new Map<string, Classification>();
  for (const compiled of engine.compiled) genuineFor.set(compiled.rule.id, compiled.rule.genuineClassification ?? 'recipe-defect');

  const sameRecipe = findingsByRecipe(findings);
  return findings.map((original) => {
    const finding: Finding = { ...original, why: [...original.why] };
    if (!finding.recipe) return finding;
    const records = [...collector.runs.values()]
      .map((run) => ({ run, record: run.recipes.get(finding.recipe!) }))
      .filter((r): r is { run: typeof r.run; record: RecipeRecord } => r.record !== undefined);
    let flakeGuess = finding.classification === 'load-flake';
    if (flakeGuess) {
      // A red run explained by a non-flake cause in the same run is never claimed as a flake.
      const explained = (sameRecipe.get(recipeKey(finding.run, finding.recipe)) ?? []).find((other) => other !== original &&
        other.classification !== 'load-flake' && other.classification !== 'benign' && (other.tier === null || finding.tier === null || other.tier === finding.tier));
      if (explained) {
        finding.classification = genuineFor.get(finding.rule) ?? 'recipe-defect';
        finding.why.push({ condition: 'across runs', matched: 0, detail: `the red run is explained by ${explained.rule} (${explained.classification}) in the same run: not a load flake` });
        flakeGuess = false;
      }
    }

    if (records.length < 2) {
      if (flakeGuess) {
        finding.confidence = Math.min(finding.confidence, SINGLE_RUN_FLAKE_CONFIDENCE);
        finding.why.push({
          condition: 'across runs',
          matched: 1,
          detail: `one run only: a flake hypothesis; re-run ${finding.recipe}${versionOf(records[0]?.record)} alone (no concurrent deploys) to settle it — green confirms a load flake, red makes it genuine`,
        });
      }
      return finding;
    }

    const self = records.find((r) => r.run.id === finding.run);
    const across: AcrossRun[] = records
      .map(({ run, record }) => {
        const concurrency = run.concurrency(finding.recipe!)?.count;
        const entry: AcrossRun = { run: run.id, result: run.id === finding.run ? 'fail' : resultIn(record, finding) };
        const version = record.confirmedVersion;
        if (version) entry.version = version;
        if (concurrency !== undefined) entry.concurrency = concurrency;
        const started = formatIso(startOf(record));
        if (started) entry.started = started;
        return entry;
      })
      .sort((a, b) => (a.started ?? '') < (b.started ?? '') ? -1 : (a.started ?? '') > (b.started ?? '') ? 1 : a.run < b.run ? -1 : a.run > b.run ? 1 : 0);
    finding.acrossRuns = across;
    if (!flakeGuess) return finding;

    const redVersion = self?.record.confirmedVersion;
    const greens = across.filter((a) => a.result === 'pass');
    const reds = across.filter((a) => a.result === 'fail');
    const isolatedRed = reds.find((a) => (a.concurrency ?? 1) <= 1);
    if (isolatedRed && greens.length === 0) {
      finding.classification = genuineFor.get(finding.rule) ?? 'recipe-defect';
      finding.confidence = Math.max(finding.confidence, 0.8);
      finding.why.push({ condition: 'across runs', matched: reds.length, detail: `red in every run (${reds.map((r) => r.run).join(', ')}), isolated run ${isolatedRed.run} included: genuine, not a load flake; the rule's load-flake guess is overridden` });
      return finding;
    }
    const sameVersionGreens = greens.filter((g) => redVersion !== undefined && g.version === redVersion);
    const trees = new Set(records.flatMap(({ record }) => [...record.trees]));
    if (sameVersionGreens.length > 0 && trees.size <= 1) {
      const loaded = (self && (self.run.concurrency(finding.recipe)?.count ?? 1) >= 2) ?? false;
      const alone = sameVersionGreens.some((g) => (g.concurrency ?? 1) <= 1);
      finding.confidence = loaded && alone ? 0.9 : 0.75;
      finding.why.push({
        condition: 'across runs',
        matched: sameVersionGreens.length,
        detail: `red in ${finding.run}${loaded ? ' under concurrent load' : ''}, green in ${sameVersionGreens.map((g) => g.run).join(', ')}${alone ? ' (alone)' : ''} at the same version ${redVersion}: load flake confirmed`,
      });
      return finding;
    }
    finding.confidence = Math.min(finding.confidence, SINGLE_RUN_FLAKE_CONFIDENCE);
    const missing = across.filter((a) => a.version === undefined).map((a) => a.run);
    const reason = trees.size > 1
      ? `the recipe tree changed between runs (${[...trees].join(', ')})`
      : redVersion === undefined || missing.length > 0
        ? `versions not confirmed equal: ${missing.length > 0 ? `no version in ${missing.join(', ')}` : `no version in ${finding.run}`}`
        : greens.length === 0
          ? `no green run of ${finding.test ?? finding.tier ?? 'this test'} among ${across.map((a) => a.run).join(', ')}`
          : `green runs are at other versions (${greens.map((g) => `${g.run}: ${g.version ?? '?'}`).join(', ')}; red at ${redVersion})`;
    finding.why.push({ condition: 'across runs', matched: greens.length, detail: `still a hypothesis: ${reason}` });
    return finding;
  });
}

function versionOf(record: RecipeRecord | undefined): string {
  const version = record?.confirmedVersion;
  return version ? ` ${version}` : '';
}
