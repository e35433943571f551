import { LEVELS, type FieldValue, type Level } from '../events.js';
import type { Condition, EventPattern, Rule } from '../rules/types.js';
import { parseDuration } from './durations.js';
import { LiteralTable } from './literals.js';
import { templateValueNames } from '../text/rule-template.js';
import { LinearRegex, NativeRegex, namedGroups, type RuleRegex } from './regex.js';

export interface CompiledPattern {
  name: string;
  /** Position in the rule's `events`, which orders evidence and picks a finding's tier. */
  order: number;
  literalIds: number[];
  kinds?: ReadonlySet<string>;
  formats?: ReadonlySet<string>;
  levels?: ReadonlySet<Level>;
  tiers?: ReadonlySet<string>;
  fieldEquals: Array<[string, ReadonlySet<FieldValue>]>;
  message?: RuleRegex;
  text?: RuleRegex;
  fieldRegexes: Array<[string, RuleRegex]>;
  exclude?: RuleRegex;
  /** Captures and fields a condition or template reads: kept per folded event. */
  valueKeys: string[];
}

export interface CompiledRule {
  rule: Rule;
  patterns: Map<string, CompiledPattern>;
  /** Patterns the condition tree names (evidence comes from these and `join`). */
  conditionPatterns: Set<string>;
  windows: Map<Condition, number>;
}

export class RuleCompileError extends Error {}


function toSet<T>(value: T | T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined;
  return new Set(Array.isArray(value) ? value : [value]);
}

/** Built-in rules run on V8's engine; user rules on the linear-time one (see regex-safety.ts). */
export type RegexEngineKind = 'native' | 'linear';

function compileRegex(rule: Rule, where: string, source: string, engine: RegexEngineKind): RuleRegex {
  try {
    return engine === 'native' ? new NativeRegex(source) : new LinearRegex(source);
  } catch (error) {
    throw new RuleCompileError(`rule ${rule.id}: ${where}: invalid regex: ${(error as Error).message}`);
  }
}

export function conditionLeaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  return [condition];
}

export function patternsOf(condition: Condition): string[] {
  if ('exists' in condition) return [condition.exists];
  if ('count' in condition) return [condition.count];
  if ('distinct' in condition) return [condition.distinct];
  if ('sequence' in condition) return [...condition.sequence];
  if ('absent' in condition) return [condition.absent];
  if ('sameValue' in condition) return [...condition.sameValue];
  return [];
}

/** Field names a condition reads from its patterns' events. */
function fieldsRead(condition: Condition): string[] {
  if ('distinct' in condition) return condition.groupBy ? [condition.field, condition.groupBy] : [condition.field];
  if ('sameValue' in condition) return [condition.field];
  return [];
}

export function compileRule(rule: Rule, literals: LiteralTable, engine: RegexEngineKind = 'native'): CompiledRule {
  const patterns = new Map<string, CompiledPattern>();
  const referenced = new Set<string>(['test', 'tier', 'version']);
  const isPattern = (name: string) => Object.hasOwn(rule.events, name);
  for (const text of [rule.rootCause, rule.fix]) {
    try {
      for (const name of templateValueNames(text, isPattern)) referenced.add(name);
    } catch (error) {
      throw new RuleCompileError(`rule ${rule.id}: template ${(error as Error).message}`);
    }
  }
  const leaves = conditionLeaves(rule.condition);
  for (const leaf of leaves) for (const f of fieldsRead(leaf)) referenced.add(f);

  Object.entries(rule.events).forEach(([name, pattern], order) => {
    patterns.set(name, compilePattern(rule, name, pattern, order, literals, referenced, engine));
  });
  const conditionPatterns = new Set<string>();
  const windows = new Map<Condition, number>();
  for (const leaf of leaves) {
    for (const name of patternsOf(leaf)) {
      if (!patterns.has(name)) throw new RuleCompileError(`rule ${rule.id}: condition names pattern "${name}", which is not in events`);
      conditionPatterns.add(name);
    }
    if ('within' in leaf && leaf.within !== undefined) {
      const ms = parseDuration(leaf.within);
      if (ms === undefined) throw new RuleCompileError(`rule ${rule.id}: condition within: "${leaf.within}" is not a duration like 90s, 10m or 2h`);
      windows.set(leaf, ms);
    }
  }
  for (const name of rule.join ?? []) {
    if (!patterns.has(name)) throw new RuleCompileError(`rule ${rule.id}: join names pattern "${name}", which is not in events`);
  }
  return { rule, patterns, conditionPatterns, windows };
}

function compilePattern(rule: Rule, name: string, pattern: EventPattern, order: number, literals: LiteralTable, referenced: Set<string>, engine: RegexEngineKind): CompiledPattern {
  const where = `events.${name}`;
  if ((!pattern.literals || pattern.literals.length === 0) && pattern.kind === undefined) {
    throw new RuleCompileError(`rule ${rule.id}: ${where}: needs literals (what the scanner looks for) or a structural kind`);
  }
  const levels = toSet(pattern.level);
  for (const level of levels ?? []) if (!LEVELS.includes(level)) throw new RuleCompileError(`rule ${rule.id}: ${where}.level: unknown level "${level}"`);
  const message = pattern.message !== undefined ? compileRegex(rule, `${where}.message`, pattern.message, engine) : undefined;
  const text = pattern.text !== undefined ? compileRegex(rule, `${where}.text`, pattern.text, engine) : undefined;
  const fieldRegexes = Object.entries(pattern.match ?? {}).map(([field, source]) => [field, compileRegex(rule, `${where}.match.${field}`, source, engine)] as [string, RuleRegex]);
  const exclude = pattern.exclude !== undefined ? compileRegex(rule, `${where}.exclude`, pattern.exclude, engine) : undefined;
  const groups = [pattern.message, pattern.text, ...Object.values(pattern.match ?? {})].filter((s): s is string => s !== undefined).flatMap(namedGroups);
  return {
    name,
    order,
    // Distinct: the engine indexes a pattern once per literal id, and tries it once per index entry.
    literalIds: [...new Set((pattern.literals ?? []).map((l) => literals.intern(l)))],
    kinds: toSet(pattern.kind),
    formats: toSet(pattern.format),
    levels,
    tiers: toSet(pattern.tier),
    fieldEquals: Object.entries(pattern.fields ?? {}).map(([k, v]) => [k, new Set(Array.isArray(v) ? v : [v])] as [string, ReadonlySet<FieldValue>]),
    message,
    text,
    fieldRegexes,
    exclude,
    valueKeys: [...new Set([...groups, ...referenced])],
  };
}
