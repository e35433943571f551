import type { Classification, Severity } from '../rules/types.js';
import type { HistoryMark } from '../history/mark.js';

export interface Evidence {
  path: string;
  line: number;
  text: string;
  /** When the line was logged (the earliest of its repeats), where it carries a timestamp: an ISO instant. */
  ts?: string;
  /** How many times this line's template repeated in this file (when more than once). */
  count?: number;
  /** Distinct captured values across the repeats, per capture (when they varied). */
  values?: Record<string, string[]>;
}

export interface Why {
  condition: string;
  matched: number;
  detail: string;
}

export interface AcrossRun {
  run: string;
  result: 'fail' | 'pass' | 'absent';
  version?: string;
  concurrency?: number;
  started?: string;
  detail?: string;
}

/** A finding as the JSON contract (version 1) carries it. */
export interface Finding {
  id: string;
  rule: string;
  title: string;
  classification: Classification;
  severity: Severity;
  confidence: number;
  run: string;
  recipe: string | null;
  tier: string | null;
  /** Every tier the evidence comes from, when more than the finding's own tier. */
  tiers?: string[];
  test: string | null;
  rootCause: string;
  fix: string;
  /**
   * The evidence that best shows the cause (the first match of the rule's first condition pattern);
   * also in `evidence`.
   */
  location: { path: string; line: number };
  evidence: Evidence[];
  why: Why[];
  acrossRuns?: AcrossRun[];
  /**
   * Matching lines past the evidence fold limit (STATE_LIMITS.foldsPerPattern distinct templates):
   * counted, not listed.
   */
  unlistedEvidence?: number;
  /** What the finding is about: set on output for findings that name a recipe. */
  unit?: { kind: 'recipe' | 'service' | 'input'; name: string };
  /** The finding's stable identity (rule, recipe, tier, test, masked primary line): set by the CLI. */
  fingerprint?: string;
  /** With a history (--history): new since the recipe's last green run, or seen before since when and how often. */
  history?: HistoryMark;
}

/** Key of a run and recipe, for grouping findings. */
export function recipeKey(run: string, recipe: string | null | undefined): string {
  return `${run}\u0000${recipe ?? ''}`;
}

/** Findings grouped by run and recipe (see recipeKey). */
export function findingsByRecipe(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = recipeKey(f.run, f.recipe);
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  }
  return out;
}
