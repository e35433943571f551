import type { Classification } from '../../rules/types.js';
import type { Fold } from '../state.js';

/** One condition of a rule and what it matched: the `why` of a finding, and `explain`'s walk. */
export interface WhyEntry {
  condition: string;
  matched: number;
  detail: string;
  satisfied: boolean;
}

export interface ConditionResult {
  ok: boolean;
  evidence: Map<string, Fold[]>;
  why: WhyEntry[];
  /** yieldsTo leaves: decided once every rule has been evaluated. */
  yieldsTo: Classification[];
}

/** What a condition may ask of the run beyond its scope group's events. */
export interface RunContext {
  /** Recipes deploying at the same time as this recipe in this run (itself included). */
  concurrency(run: string, recipe: string | undefined): { count: number; recipes: string[] } | undefined;
  /**
   * The run's only recipe, which owns its lines that name none (RunRecord.soleRecipe); undefined
   * for several or none.
   */
  soleRecipe(run: string): string | undefined;
}

/** `path:line` of a fold, as a finding's why[] cites it. */
export function where(fold: Fold): string {
  return `${fold.path}:${fold.line}`;
}

/** The result of a condition that holds no other condition: one why[] entry. */
export function leafResult(
  description: string,
  ok: boolean,
  matched: number,
  detail: string,
  evidence = new Map<string, Fold[]>(),
): ConditionResult {
  return { ok, evidence, why: [{ condition: description, matched, detail, satisfied: ok }], yieldsTo: [] };
}
