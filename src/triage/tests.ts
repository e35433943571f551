/**
 * The test results of one recipe in one run, bounded: a junit file may hold a million cases, and
 * one record per case would hold the whole file in memory a second time. Tests are kept one by
 * one up to a limit for passing tests and another for the rest (failed, error, skipped); past a
 * limit a test is counted per tier and outcome, so its tier keeps its colour, and the notice says
 * how many were not listed.
 */
export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestRecord {
  key: string;
  nodeid: string;
  tier?: string;
  outcome: TestOutcome;
  path: string;
  line: number;
  message?: string;
  /** junit is authoritative over pytest's terminal lines for the same test. */
  fromJunit: boolean;
}

/** Tests kept one by one per recipe and run, for each of the two kinds. */
export const TEST_LIMITS = { passed: 10_000, notPassed: 10_000 };

type Kind = 'passed' | 'notPassed';
const kindOf = (outcome: TestOutcome): Kind => (outcome === 'passed' ? 'passed' : 'notPassed');

export class TestRecords {
  /**
   * Kept records by tier, then test key: the same test name in two tiers is two tests. Nested
   * maps rather than one keyed by tier and name joined: no key string to build per result line.
   */
  private readonly kept = new Map<string | undefined, Map<string, TestRecord>>();
  private readonly keptOf: Record<Kind, number> = { passed: 0, notPassed: 0 };
  /** Tests past the limits, counted by kind. */
  readonly unlisted: Record<Kind, number> = { passed: 0, notPassed: 0 };
  /** Their outcomes per tier (tests without a tier colour none). */
  private readonly unlistedOutcomes = new Map<string, Set<TestOutcome>>();

  /** The kept record of this test in this tier. */
  get(tier: string | undefined, key: string): TestRecord | undefined {
    return this.kept.get(tier)?.get(key);
  }

  /** The tests kept one by one, tier by tier in the order each tier was first seen. */
  *values(): IterableIterator<TestRecord> {
    for (const tests of this.kept.values()) yield* tests.values();
  }

  /** Whether any test result was seen, listed or not. */
  get any(): boolean {
    return this.kept.size > 0 || this.unlisted.passed + this.unlisted.notPassed > 0;
  }

  /** Outcomes of the unlisted tests of each tier. */
  unlistedTiers(): ReadonlyMap<string, ReadonlySet<TestOutcome>> {
    return this.unlistedOutcomes;
  }

  /**
   * Records a result; a later one for the same test replaces it, except that a pytest terminal
   * line never replaces a junit case. Returns whether the result was taken.
   */
  add(test: TestRecord): boolean {
    let tests = this.kept.get(test.tier);
    if (!tests) this.kept.set(test.tier, (tests = new Map<string, TestRecord>()));
    const existing = tests.get(test.key);
    if (existing && existing.fromJunit && !test.fromJunit) return false;
    if (existing) {
      tests.delete(test.key);
      this.keptOf[kindOf(existing.outcome)] -= 1;
    }
    const kind = kindOf(test.outcome);
    if (this.keptOf[kind] < TEST_LIMITS[kind]) {
      tests.set(test.key, test);
      this.keptOf[kind] += 1;
      return true;
    }
    this.unlisted[kind] += 1;
    if (test.tier !== undefined) {
      let outcomes = this.unlistedOutcomes.get(test.tier);
      if (!outcomes) this.unlistedOutcomes.set(test.tier, (outcomes = new Set()));
      outcomes.add(test.outcome);
    }
    return true;
  }
}
