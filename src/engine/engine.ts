import type { FieldValue, LogEvent } from '../events.js';
import { BUILTIN_ORIGIN, type Classification, type LoadedRule, type Scope } from '../rules/types.js';
import { stripAnsi } from '../text/ansi.js';
import { assembleFinding } from './assemble-finding.js';
import { compileRule, type CompiledPattern, type CompiledRule } from './compile.js';
import { evaluateCondition, type ConditionResult, type RunContext } from './conditions.js';
import { recipeKey, type Finding } from './findings.js';
import type { LiteralTable } from './literals.js';
import { GroupState, GroupView, PatternState, STATE_LIMITS } from './state.js';

/** An event as the scanner hands it on: with the ids of the literals its line holds. */
export type ScanEvent = LogEvent & { hits: readonly number[] };

const WILDCARD = '\u0000*';

function scopeValue(event: LogEvent, scope: Scope): string | undefined {
  switch (scope) {
    case 'tier': return event.tier;
    case 'service': return event.service;
    case 'test': return event.test;
    default: return undefined;
  }
}

/** A field, a capture or an event property, by name: what patterns, conditions and templates read. */
export function eventValue(event: LogEvent, name: string): FieldValue | undefined {
  // Own fields only: a rule naming toString or constructor must not read the prototype.
  const field = Object.hasOwn(event.fields, name) ? event.fields[name] : undefined;
  if (field !== undefined) return field;
  switch (name) {
    case 'recipe': return event.recipe;
    case 'tier': return event.tier;
    case 'service': return event.service;
    case 'stack': return event.stack;
    case 'node': return event.node;
    case 'task': return event.task;
    case 'test': return event.test;
    case 'format': return event.format;
    case 'level': return event.level;
    case 'kind': return event.kind;
    case 'message': return event.message;
    case 'run': return event.run;
    default: return undefined;
  }
}

function miss(explain: (reason: string) => void, reason: () => string): undefined {
  explain(reason());
  return undefined;
}

/**
 * Matches one event against one pattern; returns the values it captured, or undefined.
 * `clean` gives the event's line without terminal escapes (what `text` and `exclude` see): asked
 * only by a pattern that reads the line, once the cheaper constraints hold.
 * With `explain`, the first constraint the event fails is described to it (`explain` uses this,
 * so what it reports is what the engine does); the engine passes none and builds no words.
 * The literal check is the caller's: the engine only tries patterns indexed by the event's literals.
 */
export function matchPattern(
  pattern: CompiledPattern,
  event: ScanEvent,
  clean: () => string,
  explain?: (reason: string) => void,
): Record<string, string> | undefined {
  if (pattern.kinds && (event.kind === undefined || !pattern.kinds.has(event.kind))) return explain && miss(explain, () => `kind is ${event.kind ?? 'none'}, needs ${[...pattern.kinds!].join('/')}`);
  if (pattern.formats && !pattern.formats.has(event.format)) return explain && miss(explain, () => `format is ${event.format}, needs ${[...pattern.formats!].join('/')}`);
  if (pattern.levels && (event.level === undefined || !pattern.levels.has(event.level))) return explain && miss(explain, () => `level is ${event.level ?? 'none'}, needs ${[...pattern.levels!].join('/')}`);
  if (pattern.tiers && (event.tier === undefined || !pattern.tiers.has(event.tier))) return explain && miss(explain, () => `tier is ${event.tier ?? 'unknown'}, needs ${[...pattern.tiers!].join('/')}`);
  for (const [name, allowed] of pattern.fieldEquals) {
    const value = eventValue(event, name);
    if (value === undefined || !allowed.has(value)) return explain && miss(explain, () => `${name} is ${value === undefined ? 'absent' : JSON.stringify(value)}, needs ${[...allowed].map((v) => JSON.stringify(v)).join(' or ')}`);
  }
  // Each regex's captures are a fresh object of its own: the first is kept, later ones are added to it.
  let captures: Record<string, string> | undefined;
  if (pattern.message) {
    const m = pattern.message.exec(event.message);
    if (!m) return explain && miss(explain, () => `message does not match /${pattern.message!.source}/`);
    captures = m;
  }
  if (pattern.text) {
    const m = pattern.text.exec(clean());
    if (!m) return explain && miss(explain, () => `line does not match /${pattern.text!.source}/`);
    captures = captures ? Object.assign(captures, m) : m;
  }
  for (const [name, regex] of pattern.fieldRegexes) {
    const value = eventValue(event, name);
    const m = value === undefined ? undefined : regex.exec(String(value));
    if (!m) return explain && miss(explain, () => `${name} ${value === undefined ? 'is absent' : `does not match /${regex.source}/`}`);
    captures = captures ? Object.assign(captures, m) : m;
  }
  if (pattern.exclude && pattern.exclude.test(clean())) return explain && miss(explain, () => `excluded by /${pattern.exclude!.source}/`);
  const values: Record<string, string> = {};
  for (const key of pattern.valueKeys) {
    const captured = captures !== undefined && Object.hasOwn(captures, key) ? captures[key] : undefined;
    const v = captured ?? eventValue(event, key);
    if (v !== undefined) values[key] = String(v);
  }
  return values;
}

interface PendingFinding {
  finding: Finding;
  yieldsTo: Classification[];
}

/** One rule's scope groups, keyed by run, recipe and scope value. */
class RuleGroups {
  readonly byKey = new Map<string, GroupState>();
  /** The group asked for last: events come file by file, so the next one mostly falls in it too. */
  private last?: GroupState;

  /** The group of this run, recipe and scope value; undefined past STATE_LIMITS.groupsPerRule. */
  get(run: string, recipe: string | undefined, value: string | undefined): GroupState | undefined {
    const last = this.last;
    if (last !== undefined && last.run === run && last.recipe === recipe && last.scopeValue === value) return last;
    const key = `${recipeKey(run, recipe)}\u0000${value ?? WILDCARD}`;
    let group = this.byKey.get(key);
    if (!group) {
      if (this.byKey.size >= STATE_LIMITS.groupsPerRule) return undefined;
      this.byKey.set(key, (group = new GroupState(run, recipe, value)));
    }
    this.last = group;
    return group;
  }
}

/** A pattern as the engine tries it: one object per pattern, in every index entry the pattern has. */
interface Candidate {
  rule: CompiledRule;
  pattern: CompiledPattern;
  groups: RuleGroups;
  /** The serial of the last event it was tried on: a pattern indexed under two literals of a line is tried once. */
  triedOn: number;
}

/**
 * The streaming rule engine: `ingest` each event once (only the patterns indexed by the
 * event's literals or kind are tried), then `evaluate` every rule's condition per scope group.
 * State is bounded per pattern (see STATE_LIMITS), not per event.
 */
export class RuleEngine {
  readonly compiled: CompiledRule[];
  /** By literal id (the ids are positions in the literal table). */
  private readonly byLiteral: Array<Candidate[] | undefined> = [];
  private readonly byKind = new Map<string, Candidate[]>();
  private readonly groups = new Map<CompiledRule, RuleGroups>();
  /** Events not grouped because a rule reached STATE_LIMITS.groupsPerRule (thousands of distinct recipes or tests). */
  readonly overflow = new Map<string, number>();
  /** Events ingested so far: the serial of the current one. */
  private serial = 0;
  private current?: ScanEvent;
  private currentClean?: string;
  /** The current event's line without terminal escapes, made once and only when a pattern reads the line. */
  private readonly clean = (): string => (this.currentClean ??= stripAnsi(this.current!.text));

  constructor(rules: readonly LoadedRule[], readonly literals: LiteralTable) {
    this.compiled = rules.map((r) => compileRule(r.rule, literals, r.origin === BUILTIN_ORIGIN ? 'native' : 'linear'));
    for (const rule of this.compiled) {
      const groups = new RuleGroups();
      this.groups.set(rule, groups);
      for (const pattern of rule.patterns.values()) {
        const candidate: Candidate = { rule, pattern, groups, triedOn: 0 };
        if (pattern.literalIds.length > 0) {
          for (const id of pattern.literalIds) (this.byLiteral[id] ??= []).push(candidate);
        } else {
          for (const kind of pattern.kinds ?? []) push(this.byKind, kind, candidate);
        }
      }
    }
  }

  /** Whether any rule's pattern is tried on an event of this kind holding only this literal. */
  reads(literalId: number, kind: string): boolean {
    return this.byLiteral[literalId] !== undefined || this.byKind.has(kind);
  }

  ingest(event: ScanEvent): void {
    const serial = ++this.serial;
    this.current = event;
    this.currentClean = undefined;
    for (const id of event.hits) this.consider(this.byLiteral[id], event, serial);
    if (event.kind !== undefined) this.consider(this.byKind.get(event.kind), event, serial);
  }

  private consider(candidates: Candidate[] | undefined, event: ScanEvent, serial: number): void {
    if (!candidates) return;
    for (const candidate of candidates) {
      if (candidate.triedOn === serial) continue;
      candidate.triedOn = serial;
      const { rule, pattern } = candidate;
      const values = matchPattern(pattern, event, this.clean);
      if (!values) continue;
      const group = this.group(candidate.groups, rule, event);
      if (group) group.pattern(pattern.name).add(event, values);
      else this.overflow.set(rule.rule.id, (this.overflow.get(rule.rule.id) ?? 0) + 1);
    }
  }

  private group(groups: RuleGroups, rule: CompiledRule, event: LogEvent): GroupState | undefined {
    const scope = rule.rule.scope;
    return groups.get(event.run ?? '', scope === 'run' ? undefined : event.recipe, scopeValue(event, scope));
  }

  /**
   * Scope groups of one rule as they are evaluated: each concrete group merged with the events
   * that lacked its scope field.
   */
  views(rule: CompiledRule, context?: RunContext): GroupView[] {
    const byRecipe = new Map<string, { wildcard?: GroupState; concrete: GroupState[] }>();
    const unattributed = new Map<string, { run: string; recipe: string; groups: GroupState[] }>();
    for (const group of this.groups.get(rule)!.byKey.values()) {
      // In a run whose evidence names a single recipe, lines without a recipe of their own are that recipe's.
      const adoptable = group.recipe === undefined && rule.rule.scope !== 'run';
      const owner = adoptable ? context?.soleRecipe(group.run) : undefined;
      if (owner !== undefined) {
        const key = recipeKey(group.run, owner);
        let entry = unattributed.get(key);
        if (!entry) unattributed.set(key, (entry = { run: group.run, recipe: owner, groups: [] }));
        entry.groups.push(group);
        continue;
      }
      const key = recipeKey(group.run, group.recipe);
      let entry = byRecipe.get(key);
      if (!entry) byRecipe.set(key, (entry = { concrete: [] }));
      if (group.scopeValue === undefined) entry.wildcard = group;
      else entry.concrete.push(group);
    }
    for (const [key, { run, recipe, groups }] of unattributed) {
      let entry = byRecipe.get(key);
      if (!entry) byRecipe.set(key, (entry = { concrete: [] }));
      for (const group of groups) {
        const adopted = new GroupState(run, recipe, group.scopeValue);
        for (const [name, state] of group.patterns) adopted.patterns.set(name, state);
        if (group.scopeValue !== undefined) entry.concrete.push(adopted);
        else entry.wildcard = entry.wildcard ? mergeGroups(entry.wildcard, adopted) : adopted;
      }
    }
    const views: GroupView[] = [];
    for (const { wildcard, concrete } of byRecipe.values()) {
      if (concrete.length === 0 && wildcard) {
        views.push(new GroupView(wildcard.run, wildcard.recipe, undefined, [wildcard]));
      }
      for (const group of concrete) {
        const groups = wildcard ? [group, wildcard] : [group];
        views.push(new GroupView(group.run, group.recipe, group.scopeValue, groups));
      }
    }
    return views;
  }

  evaluateGroup(rule: CompiledRule, view: GroupView, context: RunContext): ConditionResult {
    return evaluateCondition(rule.rule.condition, view, context);
  }

  evaluate(context: RunContext): Finding[] {
    const pending: PendingFinding[] = [];
    for (const rule of this.compiled) {
      for (const view of this.views(rule, context)) {
        const result = this.evaluateGroup(rule, view, context);
        if (!result.ok) continue;
        pending.push({ finding: assembleFinding(rule, view, result, context), yieldsTo: result.yieldsTo });
      }
    }
    // A rule that yields stands aside when another finding explains the same recipe in the same run.
    const findings: Finding[] = [];
    for (const { finding, yieldsTo } of pending) {
      if (yieldsTo.length > 0) {
        const other = pending.find(
          (p) =>
            p.finding !== finding &&
            p.yieldsTo.length === 0 &&
            p.finding.run === finding.run &&
            p.finding.recipe === finding.recipe &&
            yieldsTo.includes(p.finding.classification),
        );
        if (other) continue;
      }
      findings.push(finding);
    }
    return findings;
  }
}

/** Two states of the same scope, as one: each pattern's states merged (PatternState.merged). */
function mergeGroups(a: GroupState, b: GroupState): GroupState {
  const merged = new GroupState(a.run, a.recipe, a.scopeValue);
  for (const source of [a, b]) {
    for (const [name, state] of source.patterns) {
      const existing = merged.patterns.get(name);
      merged.patterns.set(name, existing ? PatternState.merged(existing, state) : state);
    }
  }
  return merged;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
