import type { FieldValue, Level } from '../events.js';
import type { EventPattern, Rule } from '../rules/types.js';
import { LiteralTable } from './literals.js';
import { templateValueNames } from '../text/rule-template.js';
import { LinearRegex, NativeRegex, namedGroups, type RuleRegex } from './regex.js';
import { conditionFieldsRead, conditionReferences } from './conditions.js';

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

/**
 * A rule made ready to run. The rule was validated against the rule schema (a user pack at load,
 * the built-in rules in the tests), so its shape is not checked again here.
 */
export function compileRule(rule: Rule, literals: LiteralTable, engine: RegexEngineKind = 'native'): CompiledRule {
  const patterns = new Map<string, CompiledPattern>();
  const referenced = new Set<string>(['test', 'tier', 'version', ...conditionFieldsRead(rule.condition)]);
  const isPattern = (name: string) => Object.hasOwn(rule.events, name);
  for (const text of [rule.rootCause, rule.fix]) {
    try {
      for (const name of templateValueNames(text, isPattern)) referenced.add(name);
    } catch (error) {
      throw new RuleCompileError(`rule ${rule.id}: template ${(error as Error).message}`);
    }
  }
  Object.entries(rule.events).forEach(([name, pattern], order) => {
    patterns.set(name, compilePattern(name, pattern, order, { rule, literals, referenced, engine }));
  });
  const conditionPatterns = new Set(conditionReferences(rule.condition).map((r) => r.name));
  return { rule, patterns, conditionPatterns };
}

interface PatternContext {
  rule: Rule;
  literals: LiteralTable;
  /** Captures and fields the condition or a template reads. */
  referenced: ReadonlySet<string>;
  engine: RegexEngineKind;
}

function compilePattern(name: string, pattern: EventPattern, order: number, context: PatternContext): CompiledPattern {
  const regex = (key: string, source: string) =>
    compileRegex(context.rule, `events.${name}.${key}`, source, context.engine);
  const optional = (key: string, source: string | undefined) => (source === undefined ? undefined : regex(key, source));
  const sources = [pattern.message, pattern.text, ...Object.values(pattern.match ?? {})];
  const groups = sources.filter((s): s is string => s !== undefined).flatMap(namedGroups);
  return {
    name,
    order,
    // Distinct: the engine indexes a pattern once per literal id, and tries it once per index entry.
    literalIds: [...new Set((pattern.literals ?? []).map((l) => context.literals.intern(l)))],
    kinds: toSet(pattern.kind),
    formats: toSet(pattern.format),
    levels: toSet<Level>(pattern.level),
    tiers: toSet(pattern.tier),
    fieldEquals: Object.entries(pattern.fields ?? {})
      .map(([k, v]): [string, ReadonlySet<FieldValue>] => [k, new Set(Array.isArray(v) ? v : [v])]),
    message: optional('message', pattern.message),
    text: optional('text', pattern.text),
    fieldRegexes: Object.entries(pattern.match ?? {})
      .map(([field, source]): [string, RuleRegex] => [field, regex(`match.${field}`, source)]),
    exclude: optional('exclude', pattern.exclude),
    valueKeys: [...new Set([...groups, ...context.referenced])],
  };
}
