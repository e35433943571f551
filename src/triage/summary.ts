import { formatIso } from '../parsers/time.js';
import { findingsByRecipe, recipeKey, type Finding } from '../engine/findings.js';
import type { ErrorSeen, RecipeSummary, RunSummary, SignalSummary, UnexplainedFailure } from '../result.js';
import type { TriageEvidence } from './evidence.js';
import type { SignalRecord } from './failures.js';
import type { Unit } from './unit.js';
import type { RecipeRecord } from './collector.js';
import { rankCandidates, type CandidateLine } from './unexplained.js';
import { runTimeline } from './timeline.js';
import { blamingFinding, explains, tierMarks } from './verdict.js';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Does a finding account for a failure signal: it blames the unit in that tier, or it cites the signal's line? */
function explainsSignal(findings: readonly Finding[], signal: SignalRecord): boolean {
  return findings.some((f) => (f.classification !== 'benign' && explains(f, signal.tier ?? 'run')) || f.evidence.some((e) => e.path === signal.path && e.line === signal.line));
}

/**
 * Signals a red tier already stands for: a failed test of a known tier, and every red harness line
 * (tier results are made of them).
 */
function shownByTier(signal: SignalRecord): boolean {
  return signal.kind === 'harness-red' || (signal.kind === 'test-failed' && signal.tier !== undefined);
}

function signalSummaries(signals: readonly SignalRecord[]): SignalSummary[] {
  const byDetail = new Map<string, SignalSummary>();
  for (const s of signals) {
    const key = `${s.kind}\u0000${s.detail}`;
    const summary = byDetail.get(key);
    if (summary) summary.count += s.count;
    else byDetail.set(key, { kind: s.kind, detail: s.detail, count: s.count });
  }
  return [...byDetail.values()];
}

/** One unit of one run: its tier results, its findings, and the failure evidence no finding explains. */
interface UnitScope {
  run: string;
  name: string;
  unit: Unit;
  record?: RecipeRecord;
  findings: Finding[];
  signals: SignalRecord[];
  candidates: CandidateLine[];
}

function summarizeUnit(
  ingested: TriageEvidence, scope: UnitScope, baselines: ReadonlySet<string>,
): { row: RecipeSummary; unexplained: UnexplainedFailure[] } {
  const tiers = scope.record?.tierResults() ?? {};
  const blaming = blamingFinding(scope.findings);
  const red = Object.entries(tiers).filter(([, result]) => result === 'fail').map(([tier]) => tier);
  const unexplainedTiers = red.filter((tier) => !scope.findings.some((f) => explains(f, tier)));
  const unexplained: UnexplainedFailure[] = [];
  for (const tier of unexplainedTiers) unexplained.push(...unexplainedFor(ingested, scope, tier, baselines));
  // Failure evidence outside the red tiers (or in none): the unit is not green unless a finding explains it.
  const open = scope.signals.filter((s) => !shownByTier(s) && !explainsSignal(scope.findings, s) && !unexplainedTiers.includes(s.tier ?? '\u0000'));
  const byTier = new Map<string | null, SignalRecord[]>();
  for (const signal of open) {
    const tier = signal.tier ?? null;
    const list = byTier.get(tier);
    if (list) list.push(signal);
    else byTier.set(tier, [signal]);
  }
  for (const [tier, signals] of byTier) unexplained.push(...signalFailures(ingested, scope, tier, signals, baselines));
  const verdict = blaming ? blaming.classification : unexplained.length > 0 ? 'unexplained' : 'green';
  const marks = tierMarks(tiers, scope.findings);
  const row: RecipeSummary = { run: scope.run, recipe: scope.name, tiers, marks, verdict, unit: scope.unit };
  if (scope.record?.confirmedVersion) row.version = scope.record.confirmedVersion;
  return { row, unexplained };
}

/**
 * The triage table's rows (one per run and unit: a recipe, or where the evidence names none the
 * service or input that failed), with tier results from the junit files and pytest lines
 * themselves, each red tier no finding explains, each failure signal no finding explains, and
 * the runs.
 */
export function summarize(
  ingested: TriageEvidence, findings: Finding[], baselines: readonly string[],
): { recipes: RecipeSummary[]; unexplained: UnexplainedFailure[]; runs: RunSummary[]; errorsSeen: ErrorSeen[] } {
  const recipes: RecipeSummary[] = [];
  const unexplained: UnexplainedFailure[] = [];
  const errorsSeen: ErrorSeen[] = [];
  const baselineRuns = new Set(baselines.map((b) => b.replace(/\/+$/, '')));

  const byRecipe = findingsByRecipe(findings);
  for (const run of ingested.runs) {
    for (const scope of unitScopes(ingested, run.id, findings, byRecipe)) {
      const { row, unexplained: open } = summarizeUnit(ingested, scope, baselineRuns);
      recipes.push(row);
      unexplained.push(...open);
      errorsSeen.push(...topErrors(scope));
    }
  }

  const runs: RunSummary[] = ingested.runs.map((run) => {
    const record = ingested.collector.run(run.id);
    const ownRecipes = recipes.filter((r) => r.run === run.id).map((r) => r.recipe);
    const summary: RunSummary = { id: run.id, paths: run.paths, recipes: [...new Set(ownRecipes)] };
    const started = formatIso(record.started);
    if (started) summary.started = started;
    const concurrency = record.peakConcurrency();
    if (concurrency > 1) summary.concurrency = concurrency;
    return summary;
  });
  recipes.sort((a, b) => compare(a.run, b.run) || compare(a.recipe, b.recipe));
  unexplained.sort((a, b) => compare(a.run, b.run) || compare(a.recipe ?? '', b.recipe ?? '') || compare(a.tier ?? '', b.tier ?? '') || compare(a.test ?? '', b.test ?? ''));
  // After sorting: the timeline's marks name unexplained failures by their index.
  for (const summary of runs) {
    const timeline = runTimeline(ingested, summary.id, recipes, findings, unexplained);
    if (timeline) summary.timeline = timeline;
  }
  return { recipes, unexplained, runs, errorsSeen };
}

/**
 * The units of one run. Its recipes; in a run that names one recipe, lines without one are that
 * recipe's; otherwise evidence that names no recipe is grouped by the service or input it came
 * from, and becomes a unit of its own where it holds failure evidence or a finding.
 */
function unitScopes(
  ingested: TriageEvidence, run: string, findings: readonly Finding[], byRecipe: ReadonlyMap<string, Finding[]>,
): UnitScope[] {
  const record = ingested.collector.run(run);
  const names = new Set(record.recipes.keys());
  for (const f of findings) if (f.run === run && f.recipe) names.add(f.recipe);
  const single = record.soleRecipe !== undefined;
  const unattributedSignals = ingested.failures.signals(run, undefined);
  const unattributedCandidates = ingested.candidates.candidates(run, undefined);
  const runWide = byRecipe.get(recipeKey(run, undefined)) ?? [];
  const scopes: UnitScope[] = [...names].sort().map((name) => ({
    run, name, unit: { kind: 'recipe' as const, name }, record: record.recipes.get(name),
    findings: byRecipe.get(recipeKey(run, name)) ?? [],
    signals: [...ingested.failures.signals(run, name), ...(single ? unattributedSignals : [])],
    candidates: [...ingested.candidates.candidates(run, name), ...(single ? unattributedCandidates : [])],
  }));
  if (single) return scopes;
  const units = new Map<string, Unit>();
  const filesOf = new Map<string, Set<string>>();
  const note = (unit: Unit, path: string) => {
    if (!units.has(unit.name)) units.set(unit.name, unit);
    filesOf.set(unit.name, (filesOf.get(unit.name) ?? new Set()).add(path));
  };
  for (const s of unattributedSignals) note(s.unit, s.path);
  // A log that names no recipe at all (a piped service log) is shown even when it only has errors.
  for (const c of unattributedCandidates) if (names.size === 0 || units.has(c.unit)) note(unitOfCandidate(c), c.path);
  // A finding on evidence that names no recipe belongs to every unit with lines in a file it cites
  // (a syslog identifier and its systemd unit are two names for one process); a file with none is a unit.
  const citedFiles = (f: Finding) => new Set([f.location.path, ...f.evidence.map((e) => e.path)]);
  for (const f of runWide) {
    const cited = citedFiles(f);
    if (![...filesOf.values()].some((files) => [...cited].some((p) => files.has(p)))) note({ kind: 'input', name: f.location.path }, f.location.path);
  }
  for (const [name, unit] of [...units].sort(([a], [b]) => compare(a, b))) {
    if (names.has(name)) continue;
    const files = filesOf.get(name) ?? new Set<string>();
    scopes.push({
      run, name, unit,
      findings: runWide.filter((f) => [...citedFiles(f)].some((p) => files.has(p))),
      signals: unattributedSignals.filter((s) => s.unit.name === name),
      candidates: unattributedCandidates.filter((c) => c.unit === name),
    });
  }
  return scopes;
}

function unitOfCandidate(candidate: CandidateLine): Unit {
  return { kind: candidate.fromService ? 'service' : 'input', name: candidate.unit };
}

/** How many error templates of one unit `errorsSeen` lists. */
const ERRORS_SEEN_PER_UNIT = 5;

function topErrors(scope: UnitScope): ErrorSeen[] {
  return scope.candidates
    .filter((c) => !c.fromJunit)
    .sort((a, b) => b.count - a.count || compare(a.path, b.path) || a.line - b.line)
    .slice(0, ERRORS_SEEN_PER_UNIT)
    .map((c) => ({
      unit: scope.unit,
      template: c.template,
      count: c.count,
      first: { path: c.path, line: c.line, text: c.text },
    }));
}

function inTier(candidate: CandidateLine, tier: string, record: RecipeRecord | undefined): boolean {
  if (candidate.tier !== undefined) return candidate.tier === tier || tier === 'run';
  if (tier === 'run') return true;
  const window = record?.tierWindows.find((w) => w.tier === tier);
  if (!window || window.start === undefined || candidate.firstTs === undefined) return false;
  return candidate.lastTs! >= window.start && (window.end === undefined || candidate.firstTs <= window.end);
}

/** Templates of the same unit in runs where this tier is green (or named as --baseline): they rank last. */
function greenTemplates(
  ingested: TriageEvidence, scope: UnitScope, tier: string | null, baselines: ReadonlySet<string>,
): Set<string> {
  const green = new Set<string>();
  for (const other of ingested.collector.runs.values()) {
    if (other.id === scope.run) continue;
    const otherRecord = other.recipes.get(scope.name);
    const greenHere = baselines.has(other.id) || (otherRecord !== undefined && tier !== null && otherRecord.tierResults()[tier] === 'pass');
    if (!greenHere) continue;
    for (const c of ingested.candidates.candidates(other.id, scope.unit.kind === 'recipe' ? scope.name : undefined)) green.add(c.template);
  }
  return green;
}

function unexplainedFor(
  ingested: TriageEvidence, scope: UnitScope, tier: string, baselines: ReadonlySet<string>,
): UnexplainedFailure[] {
  const { run, name: recipe, record } = scope;
  const candidates = scope.candidates.filter((c) => inTier(c, tier, record));
  const green = greenTemplates(ingested, scope, tier, baselines);
  const failingTests = record ? [...record.tests.values()].filter((t) => t.tier === tier && (t.outcome === 'failed' || t.outcome === 'error')) : [];
  const tests = [...new Map(failingTests.map((t) => [t.key, t])).values()];
  if (tests.length === 0) return [{ run, recipe, tier, unit: scope.unit, lines: rankCandidates(candidates, green) }];
  return tests.map((test) => ({
    run, recipe, tier, test: test.key, unit: scope.unit,
    // The other failing tests' own junit lines are not evidence for this one.
    lines: rankCandidates(candidates.filter((c) => !c.fromJunit || c.test === test.key), green),
  }));
}

/**
 * Failure signals of one tier (or none) that no finding explains: one entry per failing test, else
 * one for the tier.
 */
function signalFailures(
  ingested: TriageEvidence, scope: UnitScope, tier: string | null,
  signals: SignalRecord[], baselines: ReadonlySet<string>,
): UnexplainedFailure[] {
  const candidates = tier === null ? scope.candidates : scope.candidates.filter((c) => inTier(c, tier, scope.record));
  const green = greenTemplates(ingested, scope, tier, baselines);
  const base = { run: scope.run, recipe: scope.name, tier, unit: scope.unit };
  const tests = [...new Set(signals.filter((s) => s.kind === 'test-failed' && s.test !== undefined).map((s) => s.test!))].sort();
  const others = signals.filter((s) => s.kind !== 'test-failed' || s.test === undefined);
  const entries: UnexplainedFailure[] = tests.map((test) => ({
    ...base, test, signals: signalSummaries(signals.filter((s) => s.test === test)),
    lines: rankCandidates(candidates.filter((c) => !c.fromJunit || c.test === test), green),
  }));
  if (others.length > 0) {
    const lines = rankCandidates(candidates.filter((c) => !c.fromJunit), green);
    entries.push({ ...base, signals: signalSummaries(others), lines });
  }
  return entries;
}
