import { formatIso } from '../parsers/time.js';
import type { RuleEngine } from '../engine/engine.js';
import { findingsByRecipe, recipeKey, type AcrossRun, type Finding } from '../engine/findings.js';
import type { Classification } from '../rules/types.js';
import type { ComparableRecipe as RecipeRecord, ComparableRun as RunRecord, ComparableRuns } from './comparable.js';

/** A flake hypothesis from one run never claims more than this. */
const SINGLE_RUN_FLAKE_CONFIDENCE = 0.5;

/** A run that has a record of the finding's recipe. */
interface RecipeInRun {
  run: RunRecord;
  record: RecipeRecord;
}

/** What a load-flake guess is weighed against: the runs of its recipe, side by side. */
interface Comparison {
  finding: Finding;
  records: RecipeInRun[];
  across: AcrossRun[];
  /** The classification a rule's load-flake guess becomes when the runs say it is genuine. */
  genuine: Classification;
}

/** The outcome of `finding`'s test (or tier) in one run's record of the same recipe. */
function resultIn(record: RecipeRecord, finding: Finding): AcrossRun['result'] {
  if (finding.test) {
    for (const test of record.tests.values()) {
      if (test.key !== finding.test) continue;
      return test.outcome === 'failed' || test.outcome === 'error' ? 'fail' : 'pass';
    }
  }
  const tiers = record.tierResults();
  const tier = finding.tier ? tiers[finding.tier] : undefined;
  if (tier) return tier === 'fail' ? 'fail' : tier === 'pass' ? 'pass' : 'absent';
  // A canonical promoted green for the version stands for a green run of its tests.
  if (record.promote?.result === 'pass' && !record.tests.any) return 'pass';
  return 'absent';
}

function startOf(record: RecipeRecord): number | undefined {
  return record.window.start ?? record.extent.start;
}

function versionOf(record: RecipeRecord | undefined): string {
  const version = record?.confirmedVersion;
  return version ? ` ${version}` : '';
}

/**
 * Flake or genuine, decided across the runs named together, as the redfix isolation re-runs
 * did: red under load and green alone at the same confirmed version is a load flake; red in
 * every run, an isolated one included, is genuine. Every finding of a recipe seen in several
 * runs carries those runs side by side (`acrossRuns`).
 */
export function compareRuns(findings: Finding[], collector: ComparableRuns, engine: RuleEngine): Finding[] {
  const genuineFor = new Map<string, Classification>();
  for (const { rule } of engine.compiled) genuineFor.set(rule.id, rule.genuineClassification ?? 'recipe-defect');
  const sameRecipe = findingsByRecipe(findings);
  return findings.map((original) => {
    const finding: Finding = { ...original, why: [...original.why] };
    if (!finding.recipe) return finding;
    const records = [...collector.runs.values()]
      .map((run) => ({ run, record: run.recipes.get(finding.recipe!) }))
      .filter((r): r is RecipeInRun => r.record !== undefined);
    const genuine = genuineFor.get(finding.rule) ?? 'recipe-defect';
    const others = (sameRecipe.get(recipeKey(finding.run, finding.recipe)) ?? []).filter((other) => other !== original);
    const flakeGuess = finding.classification === 'load-flake' && !explainedInItsRun(finding, others, genuine);
    if (records.length < 2) {
      if (flakeGuess) oneRunOnly(finding, records[0]?.record);
      return finding;
    }
    finding.acrossRuns = acrossRuns(finding, records);
    if (flakeGuess) settleFlake({ finding, records, across: finding.acrossRuns, genuine });
    return finding;
  });
}

/** A red run explained by a non-flake cause in the same run is never a flake: the guess becomes `genuine`. */
function explainedInItsRun(finding: Finding, others: readonly Finding[], genuine: Classification): boolean {
  const explained = others.find((other) => other.classification !== 'load-flake' && other.classification !== 'benign'
    && (other.tier === null || finding.tier === null || other.tier === finding.tier));
  if (!explained) return false;
  finding.classification = genuine;
  const detail = `the red run is explained by ${explained.rule} (${explained.classification}) in the same run: `
    + 'not a load flake';
  finding.why.push({ condition: 'across runs', matched: 0, detail });
  return true;
}

/** From one run, a flake stays a hypothesis, and says which run would settle it. */
function oneRunOnly(finding: Finding, record: RecipeRecord | undefined): void {
  finding.confidence = Math.min(finding.confidence, SINGLE_RUN_FLAKE_CONFIDENCE);
  finding.why.push({
    condition: 'across runs',
    matched: 1,
    detail: `one run only: a flake hypothesis; re-run ${finding.recipe}${versionOf(record)} alone `
      + '(no concurrent deploys) to settle it — green confirms a load flake, red makes it genuine',
  });
}

/** The finding's test (or tier) in every run of its recipe, by start time: red in its own run. */
function acrossRuns(finding: Finding, records: readonly RecipeInRun[]): AcrossRun[] {
  const across = records.map(({ run, record }) => {
    const concurrency = run.concurrency(finding.recipe!)?.count;
    const entry: AcrossRun = { run: run.id, result: run.id === finding.run ? 'fail' : resultIn(record, finding) };
    const version = record.confirmedVersion;
    if (version) entry.version = version;
    if (concurrency !== undefined) entry.concurrency = concurrency;
    const started = formatIso(startOf(record));
    if (started) entry.started = started;
    return entry;
  });
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return across.sort((a, b) => compare(a.started ?? '', b.started ?? '') || compare(a.run, b.run));
}

/**
 * A load-flake guess weighed against the other runs: red everywhere, an isolated run included,
 * is genuine; green at the same confirmed version and tree confirms it; anything else leaves it
 * a hypothesis, saying why.
 */
function settleFlake(comparison: Comparison): void {
  const { finding, records, across, genuine } = comparison;
  const self = records.find((r) => r.run.id === finding.run);
  const redVersion = self?.record.confirmedVersion;
  const greens = across.filter((a) => a.result === 'pass');
  const reds = across.filter((a) => a.result === 'fail');
  const isolatedRed = reds.find((a) => (a.concurrency ?? 1) <= 1);
  if (isolatedRed && greens.length === 0) {
    finding.classification = genuine;
    finding.confidence = Math.max(finding.confidence, 0.8);
    const runs = reds.map((r) => r.run).join(', ');
    const detail = `red in every run (${runs}), isolated run ${isolatedRed.run} included: genuine, not a load flake; `
      + 'the rule\'s load-flake guess is overridden';
    finding.why.push({ condition: 'across runs', matched: reds.length, detail });
    return;
  }
  const sameVersionGreens = greens.filter((g) => redVersion !== undefined && g.version === redVersion);
  const trees = new Set(records.flatMap(({ record }) => [...record.trees]));
  if (sameVersionGreens.length > 0 && trees.size <= 1) {
    const loaded = (self && (self.run.concurrency(finding.recipe!)?.count ?? 1) >= 2) ?? false;
    const alone = sameVersionGreens.some((g) => (g.concurrency ?? 1) <= 1);
    finding.confidence = loaded && alone ? 0.9 : 0.75;
    const green = `green in ${sameVersionGreens.map((g) => g.run).join(', ')}${alone ? ' (alone)' : ''}`;
    const red = `red in ${finding.run}${loaded ? ' under concurrent load' : ''}`;
    const detail = `${red}, ${green} at the same version ${redVersion}: load flake confirmed`;
    finding.why.push({ condition: 'across runs', matched: sameVersionGreens.length, detail });
    return;
  }
  finding.confidence = Math.min(finding.confidence, SINGLE_RUN_FLAKE_CONFIDENCE);
  const reason = stillAHypothesis(comparison, { trees, redVersion, greens });
  finding.why.push({ condition: 'across runs', matched: greens.length, detail: `still a hypothesis: ${reason}` });
}

/** What the runs say: the recipe trees seen, the red run's version, the green runs. */
interface Evidence {
  trees: ReadonlySet<string>;
  redVersion: string | undefined;
  greens: readonly AcrossRun[];
}

/**
 * Why the runs settle nothing: the tree changed, versions are not confirmed equal, no run is green,
 * or the green ones are at other versions.
 */
function stillAHypothesis({ finding, across }: Comparison, { trees, redVersion, greens }: Evidence): string {
  if (trees.size > 1) return `the recipe tree changed between runs (${[...trees].join(', ')})`;
  const missing = across.filter((a) => a.version === undefined).map((a) => a.run);
  if (redVersion === undefined || missing.length > 0) {
    return `versions not confirmed equal: no version in ${missing.length > 0 ? missing.join(', ') : finding.run}`;
  }
  if (greens.length === 0) {
    const runs = across.map((a) => a.run).join(', ');
    return `no green run of ${finding.test ?? finding.tier ?? 'this test'} among ${runs}`;
  }
  const others = greens.map((g) => `${g.run}: ${g.version ?? '?'}`).join(', ');
  return `green runs are at other versions (${others}; red at ${redVersion})`;
}
