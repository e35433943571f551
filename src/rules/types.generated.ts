// Generated from schema/rule.schema.json by `npm run schema`: do not edit. The schema is built by
// src/schema/rule-schema.ts from the registries; change those and regenerate.

/**
 * Rules added without code (--rules <file|dir>): one rule, a list of rules, or {"rules": [...]}; JSON or YAML. User
 * regexes run on RE2JS: no lookaround, no backreferences.
 */
export type RulePack = Rule | Rule[] | RuleList;

/** One failure signature: named event patterns, a condition over them, and what a finding says. */
export interface Rule {
  /** Stable kebab-case id; a built-in rule's file is named after it. */
  id: string;
  /** One line: what failed. */
  title: string;
  /** What kind of failure a finding of this rule is. */
  classification: Classification;
  severity: Severity;
  /** Base confidence, 0 to 1, before runs compared adjust it. */
  confidence: number;
  scope: Scope;
  /** What the signature means, and what it is not. */
  description: string;
  /** Set when the seeds describe the signature without quoting it: what was reconstructed. */
  reconstruction?: string;
  /** Where the signature comes from: issues, pages, journal entries. */
  references?: string[];
  /** Named event patterns: a name is letters, digits, _ or -, starting with a letter. */
  events: Record<string, EventPattern>;
  /** When the rule fires, per scope group. */
  condition: Condition;
  /** Patterns whose events join a finding as evidence when present in its scope, without being required. */
  join?: string[];
  /** The root cause a finding states: a template (`{{capture}}`, `{{#pattern}}…{{/pattern}}`). */
  rootCause: string;
  /** What to do about it: a template, as rootCause. */
  fix: string;
  /** For a rule that guesses load-flake: the classification when runs show the failure is genuine. */
  genuineClassification?: Classification;
  /** The schema the file follows, for editors; not read otherwise. */
  $schema?: string;
}

export interface RuleList {
  $schema?: string;
  rules: Rule[];
}

/**
 * Which events a condition talks about: every constraint given must hold. Regexes are strings (compiled once); their
 * named groups `(?<name>…)` become captured values.
 */
export interface EventPattern {
  /**
   * The line holds one of these, exactly (case-sensitive): the scanner looks for these first. At least 3 characters
   * each.
   */
  literals?: string[];
  /** The event's structural kind (instead of, or besides, literals). */
  kind?: EventKind | EventKind[];
  /** The format that parsed the line. */
  format?: EventFormat | EventFormat[];
  /** The event's level. */
  level?: Level | Level[];
  /** The tier the event belongs to. */
  tier?: string | string[];
  /** Field equality; a list means any of. `outcome`, `component`, `tagKind` … as `parse` shows them. */
  fields?: Record<string, FieldValue | FieldValue[]>;
  /** Regex on the event's message. */
  message?: string;
  /** Regex on the whole line, terminal escapes removed. */
  text?: string;
  /** Regexes on fields or event properties (`test`, `service`, `dialError` …). */
  match?: Record<string, string>;
  /** Regex on the whole line that disqualifies the event. */
  exclude?: string;
}

/**
 * One condition: an object with one of the keys `exists`, `count`, `distinct`, `sequence`, `absent`, `sameValue`,
 * `concurrency`, `yieldsTo`, `all` or `any`; `all` and `any` nest at most 16 levels deep.
 */
export type Condition =
  | ExistsCondition
  | CountCondition
  | DistinctCondition
  | SequenceCondition
  | AbsentCondition
  | SameValueCondition
  | ConcurrencyCondition
  | YieldsToCondition
  | AllCondition
  | AnyCondition;

/** an event of the pattern is in the scope */
export interface ExistsCondition {
  exists: string;
}

/** at least `gte` events of the pattern (inside one window of `within`) */
export interface CountCondition {
  count: string;
  gte: number;
  within?: string;
}

/**
 * at least `gte` distinct values of `field` among the pattern's events, for one value of `groupBy`, inside one
 * window of `within`
 */
export interface DistinctCondition {
  distinct: string;
  field: string;
  gte: number;
  groupBy?: string;
  within?: string;
}

/** an event of the second pattern after one of the first: in the same file by line order, otherwise by timestamp */
export interface SequenceCondition {
  sequence: [string, string];
}

/** no event of the pattern is in the scope */
export interface AbsentCondition {
  absent: string;
}

/** events of the two patterns share a value of `field` (a join on a captured value) */
export interface SameValueCondition {
  sameValue: [string, string];
  field: string;
}

/** at least `gte` recipes were deploying at the same time as this one in this run (itself included) */
export interface ConcurrencyCondition {
  concurrency: {
    gte: number;
  };
}

/** no finding of those classifications for the same run and recipe (decided once every rule has run) */
export interface YieldsToCondition {
  yieldsTo: Classification[];
}

/** every condition of the list holds */
export interface AllCondition {
  all: Condition[];
}

/** at least one condition of the list holds */
export interface AnyCondition {
  any: Condition[];
}

/** What kind of failure. */
export type Classification =
  | 'recipe-defect'
  | 'stale-test'
  | 'harness-defect'
  | 'load-flake'
  | 'leftover-state'
  | 'benign';

/** How much a finding matters. */
export type Severity = 'error' | 'warning' | 'info';

/** What one finding covers: events are grouped by run and recipe, then by this. */
export type Scope = 'run' | 'recipe' | 'tier' | 'service' | 'test';

/** An event's level, on one scale for every format. */
export type Level = 'trace' | 'debug' | 'info' | 'notice' | 'warn' | 'error' | 'fatal';

/** A structural kind: harness statements, junit and pytest results (`parse` shows them). */
export type EventKind =
  | 'recipe'
  | 'checkout'
  | 'tier-start'
  | 'tier-end'
  | 'sweep-begin'
  | 'sweep-recipe-start'
  | 'sweep-recipe-end'
  | 'sweep-recipe-skipped'
  | 'promote-start'
  | 'promote-end'
  | 'canonical-written'
  | 'canonical-refused'
  | 'recipe-tree'
  | 'test-case'
  | 'test-suite'
  | 'test-result'
  | 'test-detail'
  | 'test-totals';

/** The format of an event: a built-in one, or a user format loaded with --formats. */
export type EventFormat =
  | 'abra'
  | 'apache'
  | 'caddy'
  | 'canonical'
  | 'dotnet'
  | 'gitea'
  | 'harness'
  | 'java'
  | 'json'
  | 'junit'
  | 'klog'
  | 'logfmt'
  | 'mumble'
  | 'nginx'
  | 'postgres'
  | 'pytest'
  | 'python'
  | 'ruby'
  | 'tensorflow'
  | 'text'
  | 'zap';

export type FieldValue = string | number | boolean;
