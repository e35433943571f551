import type { FieldValue, Level } from '../events.js';

/**
 * The phase plan's taxonomy (recipe defect, stale or wrong test, harness/warm-machinery
 * defect, load flake) plus the two the redfix investigation needed: leftover state from a
 * previous run, and `benign` for a known red herring that must not be blamed.
 */
/** A rule id: kebab-case, which also keeps it a safe file name (no `/`, no `..`). */
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CLASSIFICATIONS = ['recipe-defect', 'stale-test', 'harness-defect', 'load-flake', 'leftover-state', 'benign'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What one finding covers: events are grouped by run and recipe, then by this. */
export const SCOPES = ['run', 'recipe', 'tier', 'service', 'test'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Which events a rule's condition talks about. Every constraint must hold. Regexes are
 * strings (compiled once by the engine); their named groups become captured values.
 */
export interface EventPattern {
  /** The line must contain one of these, exactly (case-sensitive). The scanner looks for these first. */
  literals?: string[];
  /** Structural kind instead of (or besides) literals: test-case (junit), test-result (pytest), tier-start, checkout … */
  kind?: string | string[];
  format?: string | string[];
  level?: Level | Level[];
  tier?: string | string[];
  /** Field equality; a list means any of. `outcome`, `component`, `tagKind` … as `parse` shows them. */
  fields?: Record<string, FieldValue | FieldValue[]>;
  /** Regex on the event's message. */
  message?: string;
  /** Regex on the whole line (terminal escapes removed). */
  text?: string;
  /** Regexes on fields (`test`, `service`, `dialError` …). */
  match?: Record<string, string>;
  /** Regex on the whole line that disqualifies the event. */
  exclude?: string;
}

export interface WindowSpec {
  /** A duration: `90s`, `10m`, `2h`. Events without timestamps are taken to be inside any window. */
  within?: string;
}

export type Condition =
  | { exists: string }
  | ({ count: string; gte: number } & WindowSpec)
  | ({ distinct: string; field: string; gte: number; groupBy?: string } & WindowSpec)
  | { sequence: [string, string] }
  | { absent: string }
  | { sameValue: [string, string]; field: string }
  | { concurrency: { gte: number } }
  | { yieldsTo: Classification[] }
  | { all: Condition[] }
  | { any: Condition[] };

export interface Rule {
  /** Stable kebab-case id. */
  id: string;
  title: string;
  classification: Classification;
  severity: Severity;
  /** Base confidence, 0..1, before cross-run evidence adjusts it. */
  confidence: number;
  scope: Scope;
  description: string;
  /** Set when the seeds describe this signature without quoting it: says what was reconstructed. */
  reconstruction?: string;
  references?: string[];
  events: Record<string, EventPattern>;
  condition: Condition;
  /** Patterns whose events join the finding as evidence when present in the scope, without being required. */
  join?: string[];
  /** `{{capture}}` or `{{pattern.capture}}` placeholders; also {{recipe}}, {{tier}}, {{test}}, {{run}}. */
  rootCause: string;
  fix: string;
  /** For a rule that guesses load-flake: the classification when runs show the failure is genuine. */
  genuineClassification?: Classification;
}

export const BUILTIN_ORIGIN = 'built-in';

/** Where a rule came from: built in, or a user pack (file path). */
export interface LoadedRule {
  rule: Rule;
  origin: string;
  /** Set when a user rule replaced the built-in rule with the same id. */
  replaces?: string;
}
