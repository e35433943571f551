/**
 * The test results of one recipe in one run, bounded: a junit file may hold a million cases, and
 * one record per case would hold the whole file in memory a second time. Tests are kept one by
 * one up to a limit for passing tests and another for the rest (failed, error, skipped); past a
 * limit a test is counted per tier and outcome, so its tier keeps its colour, and the notice says
 * how many were not listed.
 *
 * Past a limit no test is remembered, so one reported by both its junit file and pytest's
 * terminal lines cannot be recognised as one test: the results are counted per tier, kind and
 * source instead, and a tier's count is junit's when junit reported results of that kind past the
 * limit, else the terminal lines' (junit is authoritative, as it is for the listed tests). Both
 * sources of a tier list the same session's tests, so this counts each test once whichever source
 * was read first, in memory that grows with the number of tiers, never of tests. The choice is
 * made per kind as well as per tier, so that failures only the terminal lines report (a junit file
 * cut short) are not hidden behind junit's count of passing tests.
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

/** Results past the limits of one tier, per source and kind. */
interface UnlistedCounts {
  junit: Record<Kind, number>;
  terminal: Record<Kind, number>;
}

const noCounts = (): UnlistedCounts => ({ junit: { passed: 0, notPassed: 0 }, terminal: { passed: 0, notPassed: 0 } });

export class TestRecords {
  /**
   * Kept records by tier, then test key: the same test name in two tiers is two tests. Nested
   * maps rather than one keyed by tier and name joined: no key string to build per result line.
   */
  private readonly kept = new Map<string | undefined, Map<string, TestRecord>>();
  private readonly keptOf: Record<Kind, number> = { passed: 0, notPassed: 0 };
  /** Results past the limits, per tier (tests without a tier under ''). */
  private readonly unlistedCounts = new Map<string, UnlistedCounts>();
  /** Their outcomes per tier (tests without a tier colour none). */
  private readonly unlistedOutcomes = new Map<string, Set<TestOutcome>>();
  private lastTier?: { tier: string | undefined; tests: Map<string, TestRecord> };

  /** listsPassing false: passing tests are all counted, none kept one by one (triage/collector.ts says when). */
  constructor(private readonly listsPassing = true) {}

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
    return this.kept.size > 0 || this.unlistedCounts.size > 0;
  }

  /** Tests past the limits, by kind: each counted once, by junit where junit reported its tier's (see above). */
  get unlisted(): Record<Kind, number> {
    const total = { passed: 0, notPassed: 0 };
    for (const { junit, terminal } of this.unlistedCounts.values()) {
      for (const kind of ['passed', 'notPassed'] as const) total[kind] += junit[kind] > 0 ? junit[kind] : terminal[kind];
    }
    return total;
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
    const tests = this.testsOfTier(test.tier);
    const existing = tests.get(test.key);
    if (existing && existing.fromJunit && !test.fromJunit) return false;
    if (existing) {
      tests.delete(test.key);
      this.keptOf[kindOf(existing.outcome)] -= 1;
    }
    const kind = kindOf(test.outcome);
    if (this.keptOf[kind] < (kind === 'passed' && !this.listsPassing ? 0 : TEST_LIMITS[kind])) {
      tests.set(test.key, test);
      this.keptOf[kind] += 1;
      return true;
    }
    this.countUnlisted(test, kind);
    return true;
  }

  /** The kept tests of a tier, the map made when first asked for; the last one asked for is kept at hand. */
  private testsOfTier(tier: string | undefined): Map<string, TestRecord> {
    if (this.lastTier !== undefined && this.lastTier.tier === tier) return this.lastTier.tests;
    let tests = this.kept.get(tier);
    if (!tests) this.kept.set(tier, (tests = new Map<string, TestRecord>()));
    this.lastTier = { tier, tests };
    return tests;
  }

  private countUnlisted(test: TestRecord, kind: Kind): void {
    const tierKey = test.tier ?? '';
    let counts = this.unlistedCounts.get(tierKey);
    if (!counts) this.unlistedCounts.set(tierKey, (counts = noCounts()));
    counts[test.fromJunit ? 'junit' : 'terminal'][kind] += 1;
    if (test.tier !== undefined) {
      let outcomes = this.unlistedOutcomes.get(test.tier);
      if (!outcomes) this.unlistedOutcomes.set(test.tier, (outcomes = new Set()));
      outcomes.add(test.outcome);
    }
  }
}
