import type { Finding } from './engine/findings.js';
import type { RankedLine } from './triage/unexplained.js';
import type { TierResult } from './triage/collector.js';
import type { Unit } from './triage/unit.js';
import type { FailureKind } from './events.js';
import type { HistoryMark } from './history/mark.js';
import type { HistoryUse } from './history/use.js';

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
  /** When and where things happened in this run, for a picture of it (absent when no line carries a timestamp). */
  timeline?: RunTimeline;
}

/** A tier as a span of time: from the harness's tier lines, else from its junit suite's timestamp and case times. */
export interface TimelineBar {
  tier: string;
  start: string;
  end: string;
  /** The tier's result in the table (absent: the table has none for it). */
  result?: TierResult;
  /** `harness`: tier start/end lines; `junit`: a suite's timestamp plus its cases' times. */
  source: 'harness' | 'junit';
  /** The tier never logged its end (the run was killed): the bar ends where the unit's evidence does. */
  open?: true;
}

/** A line with a time on a unit's lane: a finding's evidence or an unexplained failure's top line. */
export interface TimelineMark {
  at: string;
  /** The finding's id, or for an unexplained failure its index in `unexplained`. */
  finding?: string;
  unexplained?: number;
  path: string;
  line: number;
}

/** A task of a crash-looping service starting again after the one before it died. */
export interface TimelineRestart {
  at: string;
  service: string;
  task: string;
  path: string;
  line: number;
}

/** One unit of a run over time. */
export interface TimelineLane {
  recipe: string;
  unit?: Unit;
  /** When the unit was deploying: the sweep's start/end lines, else its evidence's first and last timestamps. */
  start?: string;
  end?: string;
  /** Recipes deploying while this one was, itself included (as `concurrency` on across-runs entries). */
  concurrency?: number;
  bars: TimelineBar[];
  marks: TimelineMark[];
  restarts: TimelineRestart[];
}

/** A run over time: its units' lanes and how many recipes were deploying at each moment. */
export interface RunTimeline {
  /** The run's first timestamp: every lane is drawn as an offset from it, so runs line up. */
  start: string;
  end: string;
  lanes: TimelineLane[];
  /**
   * Steps of the concurrency curve: from `at` on, `count` recipes were deploying (absent when no
   * recipe has a window).
   */
  concurrency?: Array<{ at: string; count: number }>;
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
  /** With a history (--history): new since the recipe's last green run, or seen before since when and how often. */
  history?: HistoryMark;
}

/** Error-level lines of a unit that ended green or is explained: noise until shown otherwise. */
export interface ErrorSeen {
  unit: Unit;
  template: string;
  count: number;
  first: { path: string; line: number; text: string };
}

/**
 * A tier as every format that draws the recipe × tier matrix marks it: ✓ pass, - skip, · n/a, and
 * a red tier ✗ when a finding explains it, ? when none does.
 */
export type TierMark = '✓' | '✗' | '?' | '-' | '·';

export interface RecipeSummary {
  run: string;
  recipe: string;
  tiers: Record<string, TierResult>;
  /** Each tier of `tiers`, marked (an addition to version 1: `tiers` keeps its values). */
  marks: Record<string, TierMark>;
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
  /** The history this scan read and recorded into (--history). */
  history?: HistoryUse;
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
