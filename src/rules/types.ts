/**
 * What a rule is. The values a rule may take are listed here (and in events.ts, the format
 * registry and the condition registry); src/schema/rule-schema.ts builds the rule schema from
 * them, and the rule types below are generated from that schema (`npm run schema`).
 */
import type { Rule } from './types.generated.js';

export type {
  AbsentCondition,
  AllCondition,
  AnyCondition,
  Classification,
  ConcurrencyCondition,
  Condition,
  CountCondition,
  DistinctCondition,
  EventFormat,
  EventKind,
  EventPattern,
  ExistsCondition,
  Rule,
  RulePack,
  SameValueCondition,
  Scope,
  SequenceCondition,
  Severity,
  YieldsToCondition,
} from './types.generated.js';

/** A rule id: kebab-case, which also keeps it a safe file name (no `/`, no `..`). */
export const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A pattern name: a plain identifier, since pattern names appear in every finding's why[] and
 * in conditions and templates.
 */
export const PATTERN_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Literals are searched on every line: a shorter one would hand on most lines for nothing. */
export const MIN_LITERAL_LENGTH = 3;

/**
 * The phase plan's taxonomy (recipe defect, stale or wrong test, harness/warm-machinery
 * defect, load flake) plus the two the redfix investigation needed: leftover state from a
 * previous run, and `benign` for a known red herring that must not be blamed.
 */
export const CLASSIFICATIONS = [
  'recipe-defect', 'stale-test', 'harness-defect', 'load-flake', 'leftover-state', 'benign',
] as const;

export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** What one finding covers: events are grouped by run and recipe, then by this. */
export const SCOPES = ['run', 'recipe', 'tier', 'service', 'test'] as const;

export const BUILTIN_ORIGIN = 'built-in';

/** Where a rule came from: built in, or a user pack (file path). */
export interface LoadedRule {
  rule: Rule;
  origin: string;
  /** Set when a user rule replaced the built-in rule with the same id. */
  replaces?: string;
}
