import type { Finding } from './engine/findings.js';
import type { RankedLine } from './triage/unexplained.js';
import type { TierResult } from './triage/collector.js';

export interface InputError {
  message: string;
  line?: number;
  offset?: number;
}

export interface InputSummary {
  path: string;
  run: string;
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

export interface UnexplainedFailure {
  run: string;
  recipe: string | null;
  tier: string;
  test?: string;
  lines: RankedLine[];
}

export interface RecipeSummary {
  run: string;
  recipe: string;
  tiers: Record<string, TierResult>;
  verdict: string;
  version?: string;
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
  /** Things the user should know that are not findings: a user rule replacing a built-in, a skipped input. */
  notices: string[];
}
