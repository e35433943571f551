import type { TierResult } from '../triage/collector.js';
import type { ComparableRecipe, ComparableRun, ComparableTest, ComparableTests } from '../triage/comparable.js';
import type { TestOutcome } from '../triage/tests.js';

export type RecordedTest = ComparableTest;

/** A recorded run's tests: all of them were listed when it was recorded. */
class RecordedTests implements ComparableTests {
  private readonly byKey: ReadonlyMap<string, RecordedTest>;

  constructor(tests: readonly RecordedTest[]) {
    this.byKey = new Map(tests.map((t) => [`${t.tier ?? ''}\u0000${t.key}`, t]));
  }

  get(tier: string | undefined, key: string): RecordedTest | undefined {
    return this.byKey.get(`${tier ?? ''}\u0000${key}`);
  }

  values(): IterableIterator<RecordedTest> {
    return this.byKey.values();
  }

  get any(): boolean {
    return this.byKey.size > 0;
  }
}

/** One recipe of one recorded run, as the comparison of runs reads it. */
export interface RecipeFacts {
  recipe: string;
  unitKind: string;
  version?: string;
  trees: string[];
  concurrency?: number;
  started?: string;
  promote?: 'pass' | 'fail';
  verdict: string;
  tiers: Record<string, TierResult>;
  tests: RecordedTest[];
}

export class RecordedRecipe implements ComparableRecipe {
  readonly confirmedVersion: string | undefined;
  readonly trees: ReadonlySet<string>;
  readonly tests: ComparableTests;
  readonly promote?: { result: 'pass' | 'fail' };
  readonly window: { start?: number };
  readonly extent: { start?: number };

  constructor(readonly facts: RecipeFacts) {
    this.confirmedVersion = facts.version;
    this.trees = new Set(facts.trees);
    this.tests = new RecordedTests(facts.tests);
    if (facts.promote) this.promote = { result: facts.promote };
    const start = facts.started === undefined ? undefined : Date.parse(facts.started);
    this.window = { start };
    this.extent = { start };
  }

  tierResults(): Record<string, TierResult> {
    return this.facts.tiers;
  }
}

/** A run read back from a history (or about to be written to one), comparable with a scanned run. */
export class RecordedRun implements ComparableRun {
  readonly recipes: ReadonlyMap<string, RecordedRecipe>;

  /**
   * @param id the name it carries in this invocation's output: its label, or `label@<key>` when
   *   a scanned or another recorded run has that label
   * @param key its identity: the hash of its inputs
   */
  constructor(
    readonly id: string,
    readonly key: string,
    readonly label: string,
    readonly at: string,
    facts: RecipeFacts[],
  ) {
    this.recipes = new Map(facts.map((f) => [f.recipe, new RecordedRecipe(f)]));
  }

  concurrency(recipe: string | undefined): { count: number } | undefined {
    if (recipe === undefined) return undefined;
    const count = this.recipes.get(recipe)?.facts.concurrency;
    return count === undefined ? undefined : { count };
  }
}

export function isOutcome(value: string): value is TestOutcome {
  return value === 'passed' || value === 'failed' || value === 'error' || value === 'skipped';
}

/** Names that stay apart from the scanned runs' ids and from each other. */
export function displayIds(
  runs: ReadonlyArray<{ key: string; label: string }>,
  taken: Iterable<string>,
): Map<string, string> {
  const used = new Set(taken);
  const ids = new Map<string, string>();
  for (const run of runs) {
    const id = used.has(run.label) ? `${run.label}@${run.key.slice(0, 8)}` : run.label;
    used.add(id);
    ids.set(run.key, id);
  }
  return ids;
}
