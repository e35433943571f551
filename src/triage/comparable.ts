import type { TierResult } from './collector.js';
import type { TestRecord } from './tests.js';

/** A test's result as comparing runs reads it (junit or pytest, scanned now or recorded). */
export type ComparableTest = Omit<TestRecord, 'fromJunit'>;

/** The tests of one recipe in one run: those listed one by one, and whether any result was seen. */
export interface ComparableTests {
  get(tier: string | undefined, key: string): ComparableTest | undefined;
  values(): IterableIterator<ComparableTest>;
  readonly any: boolean;
}

/**
 * What comparing runs (flake or genuine) reads of one recipe in one run. A run scanned now
 * (RecipeRecord) and a run recorded in a history (history/evidence.ts) both provide it.
 */
export interface ComparableRecipe {
  readonly confirmedVersion: string | undefined;
  readonly trees: ReadonlySet<string>;
  readonly tests: ComparableTests;
  readonly promote?: { result: 'pass' | 'fail' };
  readonly window: { start?: number };
  readonly extent: { start?: number };
  tierResults(): Record<string, TierResult>;
}

/** A run as the comparison sees it: its id, its recipes, and how loaded each recipe was. */
export interface ComparableRun {
  readonly id: string;
  readonly recipes: ReadonlyMap<string, ComparableRecipe>;
  concurrency(recipe: string | undefined): { count: number } | undefined;
}

/** The runs to compare: those scanned now, and in a history also the recorded ones. */
export interface ComparableRuns {
  readonly runs: ReadonlyMap<string, ComparableRun>;
}

/** The runs scanned now followed by the recorded ones (their ids already told apart from the scanned). */
export function withRecordedRuns(scanned: ComparableRuns, recorded: readonly ComparableRun[]): ComparableRuns {
  if (recorded.length === 0) return scanned;
  const runs = new Map<string, ComparableRun>(scanned.runs);
  for (const run of recorded) if (!runs.has(run.id)) runs.set(run.id, run);
  return { runs };
}
