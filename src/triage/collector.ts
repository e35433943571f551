import type { EventKind, LogEvent } from '../events.js';
import { KNOWN_TIERS } from './attribution.js';
import { plural } from '../text/plural.js';
import { TEST_LIMITS, TestRecords, type TestOutcome } from './tests.js';

export type TierResult = 'pass' | 'fail' | 'skip' | 'n/a';

export interface TierWindow {
  tier: string;
  start?: number;
  end?: number;
}

/** A junit suite of one tier: when it started, how long its cases took (a tier's span when the harness logs none). */
export interface JunitSpan {
  tier: string;
  path: string;
  start: number;
  seconds: number;
}

export interface VersionEvidence {
  version: string;
  source: string;
  path: string;
  line: number;
}

/**
 * Version evidence kept per recipe and run: only whether the evidence agrees on one version
 * matters, and a junit file names its version once per case.
 */
const MAX_VERSION_EVIDENCE = 64;

/** What the evidence itself says about one recipe in one run, independent of any rule. */
export class RecipeRecord {
  readonly tierStatements = new Map<string, { result: string; path: string; line: number }>();
  readonly tests: TestRecords;
  readonly tierWindows: TierWindow[] = [];
  readonly junitSpans: JunitSpan[] = [];
  private readonly versions: VersionEvidence[] = [];
  readonly trees = new Set<string>();
  sweepResult?: { result: string; rc?: string; path: string; line: number };
  sweepSkipped?: string;
  promote?: { result: 'pass' | 'fail'; path: string; line: number };
  sweepWindow: { start?: number; end?: number } = {};
  extent: { start?: number; end?: number } = {};

  /** listsPassingTests: see TriageCollector. */
  constructor(readonly run: string, readonly recipe: string, listsPassingTests = true) {
    this.tests = new TestRecords(listsPassingTests);
  }

  noteTime(ts: number | undefined): void {
    if (ts === undefined) return;
    if (this.extent.start === undefined || ts < this.extent.start) this.extent.start = ts;
    if (this.extent.end === undefined || ts > this.extent.end) this.extent.end = ts;
  }

  /** Ends the latest still-open window of `tier` (tiers and promotes are logged start … end). */
  closeWindow(tier: string, ts: number | undefined): void {
    const open = this.tierWindows.findLast((w) => w.tier === tier && w.end === undefined);
    if (open) open.end = ts;
  }

  /** The window in which this recipe was deploying: the sweep's start/end lines, else its own log's extent. */
  get window(): { start?: number; end?: number } {
    return this.sweepWindow.start !== undefined ? this.sweepWindow : this.extent;
  }

  /**
   * Version evidence: the first of each version, source and file, as long as it can still change
   * the confirmed version.
   */
  noteVersion(evidence: VersionEvidence): void {
    const seen = this.versions.some(
      (v) => v.version === evidence.version && v.source === evidence.source && v.path === evidence.path,
    );
    if (seen) return;
    const newVersion = !this.versions.some((v) => v.version === evidence.version);
    // Once two versions disagree no evidence confirms one: further versions change nothing.
    const stillAgree = new Set(this.versions.map((v) => v.version)).size < 2;
    if (this.versions.length < MAX_VERSION_EVIDENCE || (newVersion && stillAgree)) this.versions.push(evidence);
  }

  /** The one version the evidence confirms, or undefined when it names none or disagrees. */
  get confirmedVersion(): string | undefined {
    const distinct = new Set(this.versions.map((v) => v.version));
    return distinct.size === 1 ? [...distinct][0] : undefined;
  }

  tierResults(): Record<string, TierResult> {
    const results = new Map<string, TierResult>();
    const worse = (tier: string, result: TierResult) => {
      const order: TierResult[] = ['n/a', 'skip', 'pass', 'fail'];
      const current = results.get(tier);
      if (current === undefined || order.indexOf(result) > order.indexOf(current)) results.set(tier, result);
    };
    const testResult = (outcome: TestOutcome): TierResult => (outcome === 'failed' || outcome === 'error' ? 'fail' : outcome === 'skipped' ? 'skip' : 'pass');
    for (const test of this.tests.values()) if (test.tier) worse(test.tier, testResult(test.outcome));
    for (const [tier, outcomes] of this.tests.unlistedTiers()) {
      if (tier) for (const outcome of outcomes) worse(tier, testResult(outcome));
    }
    for (const [tier, statement] of this.tierStatements) {
      // The harness saying a tier does not apply outranks the skipped tests it reports for it.
      if (statement.result === 'EXPECTED_NA' && results.get(tier) !== 'fail') { results.set(tier, 'n/a'); continue; }
      const mapped: TierResult = statement.result === 'PASS' ? 'pass' : statement.result === 'SKIP' ? 'skip' : 'fail';
      worse(tier, mapped);
    }
    if (this.promote) worse('promote', this.promote.result);
    // A run killed by the sweep (TIMEOUT/RED) dies inside the tier it had started and never ended.
    const sweep = this.sweepResult?.result;
    const killed = sweep !== undefined && sweep !== 'GREEN' && sweep !== 'SKIPPED';
    for (const window of killed ? this.tierWindows : []) {
      if (window.end === undefined && !this.tierStatements.has(window.tier)) worse(window.tier, 'fail');
    }
    if (killed && ![...results.values()].includes('fail')) worse('run', 'fail');
    const ordered: Record<string, TierResult> = {};
    const known = KNOWN_TIERS as readonly string[];
    const tiers = [...results.keys()].sort((a, b) => {
      const ia = known.indexOf(a);
      const ib = known.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    for (const tier of tiers) ordered[tier] = results.get(tier)!;
    return ordered;
  }
}

/** A sweep has tens of recipes; past this, a run's further recipe names are counted, not recorded. */
export const MAX_RECIPES_PER_RUN = 2000;

/** Per run: its recipes' records, collected from the event stream. */
export class RunRecord {
  readonly recipes = new Map<string, RecipeRecord>();
  started?: number;
  parallel?: number;

  constructor(readonly id: string, private readonly listsPassingTests = true) {}

  /** Events of recipes past MAX_RECIPES_PER_RUN. */
  overflow = 0;

  /** The record asked for last: a run's events come file by file, mostly of one recipe. */
  private lastRecipe?: RecipeRecord;

  recipe(name: string): RecipeRecord | undefined {
    if (this.lastRecipe?.recipe === name) return this.lastRecipe;
    let record = this.recipes.get(name);
    if (!record) {
      if (this.recipes.size >= MAX_RECIPES_PER_RUN) { this.overflow += 1; return undefined; }
      this.recipes.set(name, (record = new RecipeRecord(this.id, name, this.listsPassingTests)));
    }
    this.lastRecipe = record;
    return record;
  }

  /**
   * A run that names one recipe owns its lines that name none: that recipe, else undefined. Asked
   * once the whole run is read, never while reading it: a sweep's own lines may come before or
   * after the one run log that declares a recipe (RECIPE=), and the run may name others yet.
   */
  get soleRecipe(): string | undefined {
    return this.recipes.size === 1 ? this.recipes.keys().next().value : undefined;
  }

  /** Recipes whose deploy windows overlap this recipe's (itself included). */
  concurrency(recipe: string | undefined): { count: number; recipes: string[] } | undefined {
    if (recipe === undefined) return undefined;
    const self = this.recipes.get(recipe);
    const window = self?.window;
    if (!window || window.start === undefined || window.end === undefined) return { count: 1, recipes: [recipe] };
    const overlapping = [...this.recipes.values()].filter((other) => {
      const w = other.window;
      return w.start !== undefined && w.end !== undefined && w.start <= window.end! && window.start! <= w.end;
    }).map((r) => r.recipe).sort();
    return { count: Math.max(1, overlapping.length), recipes: overlapping };
  }

  /** The most recipes deploying at one instant (a sweep over their windows). */
  peakConcurrency(): number {
    const points: Array<[number, number]> = [];
    for (const record of this.recipes.values()) {
      const w = record.window;
      if (w.start === undefined || w.end === undefined) continue;
      points.push([w.start, 1], [w.end, -1]);
    }
    points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let current = 0;
    let peak = 0;
    for (const [, delta] of points) peak = Math.max(peak, (current += delta));
    return peak;
  }

  tierAt(recipe: string, ts: number): string | undefined {
    const record = this.recipes.get(recipe);
    if (!record) return undefined;
    for (const window of record.tierWindows) {
      const within = window.start !== undefined && ts >= window.start && (window.end === undefined || ts <= window.end);
      if (within) return window.tier;
    }
    return undefined;
  }
}

/** Collects the structural facts (tier results, versions, concurrency) from every event. */
export class TriageCollector {
  readonly runs = new Map<string, RunRecord>();
  /** The record asked for last: events come input by input, each of one run. */
  private lastRun?: RunRecord;

  /**
   * listsPassingTests false: passing tests are counted per tier, not listed one by one. Only comparing runs
   * reads the list (a flake passes in another run), so a scan of one run that no history compares needs none,
   * and a long verbose run's 10,000 passing tests a recipe cost it a sixth of its time and 80 MB. A failed,
   * erroring or skipped test is still listed, and a test that passes after it failed (a rerun) still replaces it.
   */
  constructor(private readonly listsPassingTests = true) {}

  run(id: string): RunRecord {
    if (this.lastRun?.id === id) return this.lastRun;
    let record = this.runs.get(id);
    if (!record) this.runs.set(id, (record = new RunRecord(id, this.listsPassingTests)));
    this.lastRun = record;
    return record;
  }

  /** Tests counted in their tier's result but past the limits of those listed one by one (triage/tests.ts). */
  unlistedTestNotices(): string[] {
    const notices: string[] = [];
    for (const run of this.runs.values()) {
      for (const record of run.recipes.values()) {
        const { passed, notPassed } = record.tests.unlisted;
        const where = `run ${run.id}, recipe ${record.recipe}`;
        if (passed > 0 && this.listsPassingTests) notices.push(`${where}: ${plural(passed, 'passing test')} past the first ${TEST_LIMITS.passed} counted in their tier's result, not listed: runs are compared on the listed tests only`);
        if (notPassed > 0) notices.push(`${where}: ${plural(notPassed, 'failed, erroring or skipped test')} past the first ${TEST_LIMITS.notPassed} counted in their tier's result, not listed: unexplained failures name the listed ones only`);
      }
    }
    return notices;
  }

  /** One event's structural facts (tier boundaries, versions, sweep lines, test outcomes), in file order. */
  ingest(event: LogEvent): void {
    const run = this.run(event.run ?? '');
    if (event.ts !== undefined && (run.started === undefined || event.ts < run.started)) run.started = event.ts;
    const recipe = event.recipe ? run.recipe(event.recipe) : undefined;
    if (recipe && event.format === 'harness') recipe.noteTime(event.ts);
    if (event.kind === undefined) return;
    const evidence = { path: event.path, line: event.line };
    if (event.kind === 'sweep-begin') {
      if (typeof event.fields.parallel === 'string') run.parallel = Number(event.fields.parallel);
      return;
    }
    if (recipe) RECIPE_FACTS[event.kind]?.(recipe, event, evidence);
  }
}

type Evidence = { path: string; line: number };

/** What one kind of structural line says about its recipe. */
type RecipeFact = (recipe: RecipeRecord, event: LogEvent, evidence: Evidence) => void;

const RECIPE_FACTS: Partial<Record<EventKind, RecipeFact>> = {
  recipe: (recipe, { fields: f }, evidence) => {
    if (typeof f.VERSION !== 'string' || f.VERSION === '') return;
    recipe.noteVersion({ version: f.VERSION, source: 'RECIPE= VERSION=', ...evidence });
  },
  checkout: (recipe, { fields: f }, evidence) => {
    if (typeof f.version === 'string') {
      recipe.noteVersion({ version: f.version, source: 'recipe_checkout', ...evidence });
    }
    if (typeof f.commit === 'string') recipe.trees.add(f.commit);
  },
  'recipe-tree': (recipe, { fields: f }) => {
    if (typeof f.commit === 'string') recipe.trees.add(`${f.commit}${f.dirty ?? ''}`);
  },
  'tier-start': (recipe, { fields: f, ts }) => {
    if (typeof f.tier === 'string') recipe.tierWindows.push({ tier: f.tier, start: ts });
  },
  'tier-end': (recipe, { fields: f, ts }, evidence) => {
    if (typeof f.tier !== 'string') return;
    recipe.tierStatements.set(f.tier, { result: String(f.result), ...evidence });
    recipe.closeWindow(f.tier, ts);
  },
  'promote-start': (recipe, { ts }) => {
    recipe.tierWindows.push({ tier: 'promote', start: ts });
  },
  'promote-end': (recipe, { fields: f, ts }, evidence) => {
    recipe.promote = { result: f.result === 'OK' ? 'pass' : 'fail', ...evidence };
    recipe.closeWindow('promote', ts);
  },
  'canonical-written': (recipe, { fields: f }, evidence) => {
    if (typeof f.version === 'string') {
      recipe.noteVersion({ version: f.version, source: 'canonical written', ...evidence });
    }
    if (!recipe.promote) recipe.promote = { result: 'pass', ...evidence };
  },
  'canonical-refused': (recipe, _event, evidence) => {
    recipe.promote = { result: 'fail', ...evidence };
  },
  'sweep-recipe-start': (recipe, { fields: f, ts }, evidence) => {
    recipe.sweepWindow.start = ts;
    if (typeof f.version === 'string') recipe.noteVersion({ version: f.version, source: 'sweep', ...evidence });
  },
  'sweep-recipe-end': (recipe, { fields: f, ts }, evidence) => {
    recipe.sweepWindow.end = ts;
    const rc = typeof f.rc === 'string' ? f.rc : undefined;
    recipe.sweepResult = { result: String(f.result), rc, ...evidence };
  },
  'sweep-recipe-skipped': (recipe, { fields: f }) => {
    recipe.sweepSkipped = String(f.reason ?? 'skipped');
  },
  'test-suite': (recipe, event) => {
    if (event.tier === undefined || event.ts === undefined) return;
    recipe.junitSpans.push({ tier: event.tier, path: event.path, start: event.ts, seconds: 0 });
  },
  'test-case': testOutcome,
  'test-result': testOutcome,
};

/** A test's outcome (junit's outranks pytest's lines for the same test), and its time in its suite's span. */
function testOutcome(recipe: RecipeRecord, event: LogEvent, evidence: Evidence): void {
  if (!event.test) return;
  const f = event.fields;
  const fromJunit = event.kind === 'test-case';
  if (fromJunit && typeof f.time === 'number') {
    const span = recipe.junitSpans.findLast((s) => s.path === event.path);
    if (span) span.seconds += f.time;
  }
  const outcome = normalizeOutcome(String(f.outcome ?? ''));
  if (!outcome) return;
  const taken = recipe.tests.add({
    key: event.test, nodeid: String(f.nodeid ?? event.test), tier: event.tier, outcome,
    message: event.message || undefined, fromJunit, path: evidence.path, line: evidence.line,
  });
  if (taken && fromJunit && typeof f.version === 'string') {
    recipe.noteVersion({ version: f.version, source: 'junit property', ...evidence });
  }
}

function normalizeOutcome(outcome: string): TestOutcome | undefined {
  switch (outcome) {
    // xfail is an expected failure and xpass a non-strict unexpected pass: neither turns a tier red.
    case 'passed': case 'xpass': case 'xfail': return 'passed';
    case 'failed': return 'failed';
    case 'error': return 'error';
    case 'skipped': return 'skipped';
    default: return undefined;
  }
}
