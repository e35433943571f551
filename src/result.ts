import type { Finding } from './engine/findings.js';
import type { RankedLine } from './triage/unexplained.js';
import type { TierResult } from './triage/collector.js';
import type { Unit } from './triage/unit.js';
import type { FailureKind } from './signals/failure.js';

export interface InputError {
  message: string;
  line?: number;
  offset?: number;
  /** Bytes [from, to) of the input that could not be read at all (exit code 2). */
  lost?: { from: number; to: number };
}

export interface InputSummary {
  path: string;
  /** null: a path named on the command line that could not be read belongs to no run. */
  run: string | null;
  format: string;
  events: number;
  errors: InputError[];
}

export interface RunSummary {
  id: string;
  paths: string[];
  recipes: string[];
  started?: string;
  concurrency?: number;
}

/** Failure evidence of one kind behind an unexplained failure. */
export interface SignalSummary {
  kind: FailureKind;
  detail: string;
  count: number;
}

export interface UnexplainedFailure {
  run: string;
  /** The unit's name: a recipe, or (see `unit`) the service or input that failed. */
  recipe: string | null;
  /** null: the evidence names no tier. */
  tier: string | null;
  test?: string;
  unit?: Unit;
  /** The failure signals no rule explains (absent where only a red tier says it failed). */
  signals?: SignalSummary[];
  lines: RankedLine[];
}

/** Error-level lines of a unit that ended green or is explained: noise until shown otherwise. */
export interface ErrorSeen {
  unit: Unit;
  template: string;
  count: number;
  first: { path: string; line: number; text: string };
}

export interface RecipeSummary {
  run: string;
  recipe: string;
  tiers: Record<string, TierResult>;
  verdict: string;
  version?: string;
  unit?: Unit;
}

/** The JSON contract, version 1: every other output format is derived from it. */
export interface AnalysisResult {
  version: 1;
  tool: { name: string; version: string; rules: string };
  runs: RunSummary[];
  inputs: InputSummary[];
  findings: Finding[];
  unexplained: UnexplainedFailure[];
  recipes: RecipeSummary[];
  /** The most frequent error-level templates of each unit (absent when there are none). */
  errorsSeen?: ErrorSeen[];
  /** Things the user should know that are not findings: a user rule replacing a built-in, a skipped input. */
  notices: string[];
}

/** An input that could not be read or parsed at all: exit 2, and SARIF's executionSuccessful false. */
export function isUnreadable(input: InputSummary): boolean {
  return input.format === 'unreadable' || input.format === 'binary' || (input.events === 0 && input.errors.length > 0 && input.format !== 'text') || input.errors.some((e) => e.lost !== undefined);
}

/** Every input problem as one line: `path[:line| @offset]: message`. */
export function inputProblemLines(result: AnalysisResult): string[] {
  return result.inputs.flatMap((input) => input.errors.map((error) => {
    const where = error.line !== undefined ? `:${error.line}` : error.offset !== undefined ? ` @${error.offset}` : '';
    return `${input.path}${where}: ${error.message}`;
  }));
}
