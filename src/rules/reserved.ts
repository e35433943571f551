import type { Rule } from './types.js';

/**
 * Built-in rules with no signature: the triage decides them itself, across runs. They have an
 * id, a title, a fix and a base confidence like any rule, are listed by `rules list` and get a
 * SARIF descriptor, but no pattern: no pack can replace them and --mutate has nothing to drop.
 */
export type ReservedRule = Pick<Rule, 'id' | 'title' | 'classification' | 'severity' | 'confidence' | 'scope' | 'description' | 'fix' | 'references'>;

export const LOAD_FLAKE_UNEXPLAINED: ReservedRule = {
  id: 'load-flake-unexplained',
  title: 'a test red under load and green alone at the same version: a load flake with no known cause',
  classification: 'load-flake',
  severity: 'warning',
  confidence: 0.75,
  scope: 'test',
  description:
    'No rule explains the failure, but the runs do: the same test of the same recipe at the same confirmed version (and recipe tree) failed in a run where other recipes deployed at the same time, and passed in another run. Red in every run, an isolated one included, is genuine and stays unexplained.',
  references: ['seeds/002 journal: isolation before blame'],
  fix:
    'Treat it as a flake of the loaded sweep, not a recipe defect: re-run the recipe alone to confirm, then find what the test waits on under load (a timeout, a readiness probe, a shared proxy) and give it room. Write a rule once the cause is known, so the next occurrence is named.',
};

/** Sorted by id. */
export const RESERVED_RULES: readonly ReservedRule[] = [LOAD_FLAKE_UNEXPLAINED];
