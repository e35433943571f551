import { LEVELS } from '../events.js';
import { CLASSIFICATIONS, RULE_ID, SCOPES, SEVERITIES, type Rule } from './types.js';
import { parseDuration } from '../engine/durations.js';
import { checkRegexSafety } from './regex-safety.js';
import { RuleValidationError } from './errors.js';
import { templateProblem } from '../text/rule-template.js';

export const MIN_LITERAL_LENGTH = 3;

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export { RuleValidationError };

const PATTERN_KEYS = new Set(['literals', 'kind', 'format', 'level', 'tier', 'fields', 'message', 'text', 'match', 'exclude']);
const RULE_KEYS = new Set(['id', 'title', 'classification', 'severity', 'confidence', 'scope', 'description', 'reconstruction', 'references', 'events', 'condition', 'join', 'rootCause', 'fix', 'genuineClassification']);

type Fail = (field: string, reason: string) => never;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringOrList(value: unknown, field: string, fail: Fail, allowed?: readonly string[]): void {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) fail(field, 'must not be empty');
  for (const item of list) {
    if (typeof item !== 'string' || item.length === 0) fail(field, 'must be a non-empty string or a list of them');
    if (allowed && !allowed.includes(item as string)) fail(field, `"${String(item)}" is not one of ${allowed.join(', ')}`);
  }
}

/** A single value from a closed list: the engine and the reporters read these as one string. */
function oneOf(value: unknown, field: string, fail: Fail, allowed: readonly string[]): void {
  if (typeof value !== 'string') fail(field, `must be one of ${allowed.join(', ')} (a single string)`);
  if (!allowed.includes(value as string)) fail(field, `"${String(value)}" is not one of ${allowed.join(', ')}`);
}

/** The keys each kind of condition takes: anything else would be silently ignored, so it is refused. */
const CONDITION_KEYS: Record<string, readonly string[]> = {
  all: ['all'], any: ['any'], exists: ['exists'], absent: ['absent'],
  count: ['count', 'gte', 'within'], distinct: ['distinct', 'field', 'gte', 'groupBy', 'within'],
  sequence: ['sequence'], sameValue: ['sameValue', 'field'], concurrency: ['concurrency'], yieldsTo: ['yieldsTo'],
};

function regex(value: unknown, field: string, fail: Fail): void {
  if (typeof value !== 'string') fail(field, 'must be a regular expression as a string');
  try {
    new RegExp(value as string);
  } catch (error) {
    fail(field, `invalid regex: ${(error as Error).message}`);
  }
  const unsafe = checkRegexSafety(value as string);
  if (unsafe) fail(field, `rejected: ${unsafe}`);
}

/**
 * all/any nest at most this deep: the built-in rules need 3, and the engine walks conditions
 * recursively, so an unbounded depth from a user pack would end in a stack overflow.
 */
export const MAX_CONDITION_DEPTH = 16;

function validateCondition(value: unknown, field: string, patterns: Set<string>, fail: Fail, depth = 1): void {
  if (depth > MAX_CONDITION_DEPTH) fail(field, `conditions nest deeper than ${MAX_CONDITION_DEPTH} levels of all/any: flatten them`);
  if (!isObject(value)) fail(field, 'must be an object such as {"exists": "<pattern>"}');
  const c = value as Record<string, unknown>;
  const keys = Object.keys(c);
  const pattern = (name: unknown, where: string) => {
    if (typeof name !== 'string' || !patterns.has(name)) fail(`${field}.${where}`, `"${String(name)}" is not a pattern in events (${[...patterns].join(', ')})`);
  };
  const gte = () => {
    if (typeof c.gte !== 'number' || !Number.isInteger(c.gte) || c.gte < 1) fail(`${field}.gte`, 'must be a whole number >= 1');
  };
  const within = () => {
    if (c.within !== undefined && (typeof c.within !== 'string' || parseDuration(c.within) === undefined)) fail(`${field}.within`, 'must be a duration like 90s, 10m or 2h');
  };
  const kind = Object.keys(CONDITION_KEYS).find((k) => k in c);
  if (kind) {
    for (const key of keys) if (!CONDITION_KEYS[kind].includes(key)) fail(`${field}.${key}`, `not a field of the ${kind} condition (it takes ${CONDITION_KEYS[kind].join(', ')})`);
  }
  if ('all' in c || 'any' in c) {
    const list = c.all ?? c.any;
    const key = 'all' in c ? 'all' : 'any';
    if (!Array.isArray(list) || list.length === 0) fail(`${field}.${key}`, 'must be a non-empty list of conditions');
    (list as unknown[]).forEach((item, i) => validateCondition(item, `${field}.${key}[${i}]`, patterns, fail, depth + 1));
  } else if ('exists' in c) pattern(c.exists, 'exists');
  else if ('absent' in c) pattern(c.absent, 'absent');
  else if ('count' in c) { pattern(c.count, 'count'); gte(); within(); }
  else if ('distinct' in c) {
    pattern(c.distinct, 'distinct');
    if (typeof c.field !== 'string') fail(`${field}.field`, 'must name the field or capture to count distinct values of');
    if (c.groupBy !== undefined && typeof c.groupBy !== 'string') fail(`${field}.groupBy`, 'must be a field or capture name');
    gte(); within();
  } else if ('sequence' in c) {
    if (!Array.isArray(c.sequence) || c.sequence.length !== 2) fail(`${field}.sequence`, 'must be [first, then]');
    (c.sequence as unknown[]).forEach((p, i) => pattern(p, `sequence[${i}]`));
  } else if ('sameValue' in c) {
    if (!Array.isArray(c.sameValue) || c.sameValue.length !== 2) fail(`${field}.sameValue`, 'must be [patternA, patternB]');
    (c.sameValue as unknown[]).forEach((p, i) => pattern(p, `sameValue[${i}]`));
    if (typeof c.field !== 'string') fail(`${field}.field`, 'must name the shared field or capture');
  } else if ('concurrency' in c) {
    if (!isObject(c.concurrency) || typeof (c.concurrency as Record<string, unknown>).gte !== 'number') fail(`${field}.concurrency`, 'must be {"gte": N}');
  } else if ('yieldsTo' in c) {
    stringOrList(c.yieldsTo, `${field}.yieldsTo`, fail, CLASSIFICATIONS);
  } else {
    fail(field, `unknown condition ${keys.length ? `"${keys[0]}"` : '{}'}: use exists, count, distinct, sequence, absent, sameValue, concurrency, yieldsTo, all or any`);
  }
}

/** Checks one rule from a user pack (or a built-in, in the tests); throws RuleValidationError. */
export function validateRule(raw: unknown, origin: string, index: number): Rule {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
  const fail: Fail = (field, reason) => { throw new RuleValidationError(origin, id, field, reason); };
  if (!isObject(raw)) fail('(rule)', 'must be an object');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RULE_KEYS.has(key)) fail(key, `unknown field (known: ${[...RULE_KEYS].join(', ')})`);
  if (typeof r.id !== 'string' || !RULE_ID.test(r.id)) fail('id', 'must be kebab-case: lowercase letters and digits joined by single hyphens');
  for (const key of ['title', 'description', 'rootCause', 'fix'] as const) {
    if (typeof r[key] !== 'string' || (r[key] as string).trim() === '') fail(key, 'must be a non-empty string');
  }
  // Rule text reaches terminals unescaped in places (`rules list`, explain): no controls in it
  // (a tab or a line break is harmless and allowed).
  for (const key of ['title', 'description', 'rootCause', 'fix', 'reconstruction'] as const) {
    const at = typeof r[key] === 'string' ? (r[key] as string).search(UNPRINTABLE) : -1;
    if (at >= 0) fail(key, `holds a control or bidi character (U+${(r[key] as string).charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')} at ${at}): write it as text`);
  }
  oneOf(r.classification, 'classification', fail, CLASSIFICATIONS);
  oneOf(r.severity, 'severity', fail, SEVERITIES);
  oneOf(r.scope, 'scope', fail, SCOPES);
  if (typeof r.confidence !== 'number' || r.confidence < 0 || r.confidence > 1) fail('confidence', 'must be a number from 0 to 1');
  if (r.genuineClassification !== undefined) oneOf(r.genuineClassification, 'genuineClassification', fail, CLASSIFICATIONS);
  if (r.reconstruction !== undefined && typeof r.reconstruction !== 'string') fail('reconstruction', 'must be a string');
  if (r.references !== undefined && (!Array.isArray(r.references) || r.references.some((x) => typeof x !== 'string'))) fail('references', 'must be a list of strings');
  if (!isObject(r.events) || Object.keys(r.events).length === 0) fail('events', 'must be an object of named event patterns');
  const patterns = new Set(Object.keys(r.events as object));
  for (const [name, value] of Object.entries(r.events as Record<string, unknown>)) {
    const field = `events.${name}`;
    // Pattern names appear in every finding's why[] and in conditions: plain identifiers only.
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) fail(field, 'a pattern name must be letters, digits, _ or - (starting with a letter)');
    if (!isObject(value)) fail(field, 'must be an object');
    const p = value as Record<string, unknown>;
    for (const key of Object.keys(p)) if (!PATTERN_KEYS.has(key)) fail(`${field}.${key}`, `unknown field (known: ${[...PATTERN_KEYS].join(', ')})`);
    if (p.literals === undefined && p.kind === undefined) fail(field, 'needs literals (what the scanner looks for first) or a structural kind');
    if (p.literals !== undefined) {
      if (!Array.isArray(p.literals) || p.literals.length === 0) fail(`${field}.literals`, 'must be a non-empty list of strings');
      for (const literal of p.literals as unknown[]) {
        if (typeof literal !== 'string' || literal.length < MIN_LITERAL_LENGTH) fail(`${field}.literals`, `each literal must be a string of at least ${MIN_LITERAL_LENGTH} characters (got ${JSON.stringify(literal)})`);
      }
    }
    if (p.kind !== undefined) stringOrList(p.kind, `${field}.kind`, fail);
    if (p.format !== undefined) stringOrList(p.format, `${field}.format`, fail);
    if (p.tier !== undefined) stringOrList(p.tier, `${field}.tier`, fail);
    if (p.level !== undefined) stringOrList(p.level, `${field}.level`, fail, LEVELS);
    if (p.fields !== undefined && !isObject(p.fields)) fail(`${field}.fields`, 'must map field names to values');
    for (const key of ['message', 'text', 'exclude'] as const) if (p[key] !== undefined) regex(p[key], `${field}.${key}`, fail);
    if (p.match !== undefined) {
      if (!isObject(p.match)) fail(`${field}.match`, 'must map field names to regexes');
      for (const [k, v] of Object.entries(p.match as Record<string, unknown>)) regex(v, `${field}.match.${k}`, fail);
    }
  }
  validateCondition(r.condition, 'condition', patterns, fail);
  // A template that cannot render (an unclosed section, an unknown pattern) is refused here, not met at the first finding.
  for (const key of ['rootCause', 'fix'] as const) {
    const problem = templateProblem(r[key] as string, patterns);
    if (problem) fail(key, `template ${problem}`);
  }
  if (r.join !== undefined) {
    if (!Array.isArray(r.join)) fail('join', 'must be a list of pattern names');
    for (const name of r.join as unknown[]) if (typeof name !== 'string' || !patterns.has(name)) fail('join', `"${String(name)}" is not a pattern in events`);
  }
  return raw as unknown as Rule;
}
