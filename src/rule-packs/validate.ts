/**
 * Validates one rule of a user pack: against the rule schema (schema/rule.schema.json, built from
 * the registries, so a misspelled kind, format, level, classification or condition key is refused),
 * then what no schema can say: regexes RE2JS can run, pattern names that exist, templates that
 * render, text that cannot drive a terminal. Every error names the file, the rule and the field.
 * Loaded only when a user pack is.
 */
import { firstProblem, type JsonSchema } from '../schema/json-schema.js';
import { ruleSchema } from '../schema/rule-schema.js';
import { conditionReferences } from '../engine/conditions.js';
import { checkRegexSafety } from '../rules/regex-safety.js';
import { RuleValidationError } from '../rules/errors.js';
import type { Rule } from '../rules/types.js';
import { templateProblem } from '../text/rule-template.js';

export { RuleValidationError };

// eslint-disable-next-line no-control-regex -- controls and bidi overrides are what a rule's text must not hold
const UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

type Fail = (field: string, reason: string) => never;

export interface RuleValidationOptions {
  /** Names of the user formats loaded with the pack (--formats): a pattern's `format` may name them. */
  formats?: readonly string[];
}

const schemas = new Map<string, JsonSchema>();

function schemaFor(formats: readonly string[]): JsonSchema {
  const key = formats.join('\u0000');
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = ruleSchema(formats)));
  return schema;
}

/** Rule text reaches terminals unescaped in places (`rules list`, explain): no controls but tab and line break. */
function checkPrintable(rule: Rule, fail: Fail): void {
  for (const key of ['title', 'description', 'rootCause', 'fix', 'reconstruction'] as const) {
    const value = rule[key];
    const at = typeof value === 'string' ? value.search(UNPRINTABLE) : -1;
    if (at < 0) continue;
    const code = value!.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    fail(key, `holds a control or bidi character (U+${code} at ${at}): write it as text`);
  }
}

/** User regexes run on RE2JS: what it cannot run in linear time is refused, with the reason. */
function checkRegexes(rule: Rule, fail: Fail): void {
  for (const [name, pattern] of Object.entries(rule.events)) {
    const sources: Array<[string, string | undefined]> = [
      ['message', pattern.message], ['text', pattern.text], ['exclude', pattern.exclude],
      ...Object.entries(pattern.match ?? {}).map(([field, source]): [string, string] => [`match.${field}`, source]),
    ];
    for (const [where, source] of sources) {
      const unsafe = source === undefined ? undefined : checkRegexSafety(source);
      if (unsafe) fail(`events.${name}.${where}`, `rejected: ${unsafe}`);
    }
  }
}

function checkReferences(rule: Rule, fail: Fail): void {
  const names = Object.keys(rule.events);
  const known = `(${names.join(', ')})`;
  for (const { at, name } of conditionReferences(rule.condition)) {
    if (!Object.hasOwn(rule.events, name)) fail(`condition.${at}`, `"${name}" is not a pattern in events ${known}`);
  }
  (rule.join ?? []).forEach((name, i) => {
    if (!Object.hasOwn(rule.events, name)) fail(`join[${i}]`, `"${name}" is not a pattern in events ${known}`);
  });
}

/** A template that cannot render (an unclosed section, an unknown pattern) is refused here, not at a finding. */
function checkTemplates(rule: Rule, fail: Fail): void {
  const patterns = new Set(Object.keys(rule.events));
  for (const key of ['rootCause', 'fix'] as const) {
    const problem = templateProblem(rule[key], patterns);
    if (problem) fail(key, `template ${problem}`);
  }
}

/** Checks one rule of a user pack (or a built-in, in the tests); throws RuleValidationError. */
export function validateRule(raw: unknown, origin: string, index: number, options: RuleValidationOptions = {}): Rule {
  const named = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string';
  const id = named ? (raw as { id: string }).id : `#${index + 1}`;
  const fail: Fail = (field, reason) => {
    throw new RuleValidationError(origin, id, field, reason);
  };
  const root = schemaFor(options.formats ?? []);
  const problem = firstProblem(raw, root.definitions!.rule, root);
  if (problem) fail(problem.path || '(rule)', problem.reason);
  const rule = raw as Rule;
  checkPrintable(rule, fail);
  checkRegexes(rule, fail);
  checkReferences(rule, fail);
  checkTemplates(rule, fail);
  return rule;
}
