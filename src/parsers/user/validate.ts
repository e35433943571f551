/**
 * Validates a format file as the schema (schema/format.schema.json) describes it, with errors
 * that name the file, the format and the field. Regexes must run on RE2JS, the linear-time
 * engine user regexes run on: lookaround and backreferences are refused with the reason, as in
 * user rules. Loaded only when a user format file is.
 */
import { LEVELS } from '../../events.js';
import { checkRegexSafety } from '../../rules/regex-safety.js';
import { namedGroups } from '../../engine/regex.js';
import { FormatDefinitionError, STATEMENT_KINDS, type FormatDefinition, type FormatFile } from './definition.js';

/**
 * Five characters at least (so five bytes at least): the prefilter skips up to length-1 bytes per
 * step, so a short literal slows every line. Counted in code points, as the schema's minLength is.
 */
export const MIN_FORMAT_LITERAL_LENGTH = 5;

/** Built-in layouts a definition without a regex may keep, giving them other statements. */
export const LAYOUTS_KEPT = ['harness'] as const;

const FILE_KEYS = ['$schema', 'formats'];
const FORMAT_KEYS = ['name', 'title', 'regex', 'levels', 'literals', 'statements', 'samples'];
const STATEMENT_KEYS = ['kind', 'pattern', 'tags', 'values', 'sample'];
const SAMPLE_KEYS = ['line', 'level', 'kind', 'fields'];
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

type Fail = (field: string, reason: string) => never;

/** A value as the file wrote it, for an error message: an object or a list as JSON, not `[object Object]`. */
function written(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Unknown keys are refused: a misspelled key would otherwise be a setting silently ignored. */
function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], field: string, fail: Fail): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(field ? `${field}.${key}` : key, `unknown key (allowed: ${allowed.join(', ')})`);
}

function text(value: unknown, field: string, fail: Fail): string {
  if (typeof value !== 'string' || value.length === 0) fail(field, 'must be a non-empty string');
  return value;
}

function stringList(value: unknown, field: string, fail: Fail): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(field, 'must be a non-empty list of strings');
  (value as unknown[]).forEach((item, i) => text(item, `${field}[${i}]`, fail));
  return value as string[];
}

/** A regex user text runs against: RE2JS syntax, `(?<name>…)` captures. Returns its capture names. */
function linearRegex(value: unknown, field: string, fail: Fail): string[] {
  const source = text(value, field, fail);
  if (source.includes('(?P<')) fail(field, 'write named captures as (?<name>…), not (?P<name>…)');
  const unsafe = checkRegexSafety(source);
  if (unsafe) fail(field, `rejected: ${unsafe}`);
  return namedGroups(source);
}

function validateLevels(value: unknown, captures: readonly string[], fail: Fail): void {
  if (!isObject(value)) fail('levels', `must be an object: level → spellings, e.g. {"error": ["ERROR", "ERR"]}`);
  if (!captures.includes('level')) fail('levels', 'the regex has no (?<level>…) capture to map');
  if (Object.keys(value).length === 0) fail('levels', 'must map at least one level');
  const seen = new Map<string, string>();
  for (const [level, spellings] of Object.entries(value)) {
    if (!(LEVELS as readonly string[]).includes(level)) fail(`levels.${level}`, `"${level}" is not a level (levels: ${LEVELS.join(', ')})`);
    for (const spelling of stringList(spellings, `levels.${level}`, fail)) {
      const other = seen.get(spelling);
      if (other !== undefined && other !== level) fail(`levels.${level}`, `"${spelling}" is also mapped to ${other}`);
      seen.set(spelling, level);
    }
  }
}

function validateLiterals(value: unknown, fail: Fail): void {
  stringList(value, 'literals', fail).forEach((literal, i) => {
    if ([...literal].length < MIN_FORMAT_LITERAL_LENGTH) fail(`literals[${i}]`, `"${literal}" is shorter than ${MIN_FORMAT_LITERAL_LENGTH} characters: a short literal slows the prefilter on every line; give more of the line around it`);
  });
}

function validateStatement(statement: unknown, field: string, fail: Fail): void {
  if (!isObject(statement)) fail(field, 'must be an object {kind, pattern, sample}');
  onlyKeys(statement, STATEMENT_KEYS, field, fail);
  if (typeof statement.kind !== 'string' || !(STATEMENT_KINDS as readonly string[]).includes(statement.kind)) fail(`${field}.kind`, `"${written(statement.kind)}" is not a statement kind (kinds: ${STATEMENT_KINDS.join(', ')})`);
  const captures = linearRegex(statement.pattern, `${field}.pattern`, fail);
  if (statement.tags !== undefined) stringList(statement.tags, `${field}.tags`, fail);
  text(statement.sample, `${field}.sample`, fail);
  if (statement.values === undefined) return;
  if (!isObject(statement.values)) fail(`${field}.values`, 'must be an object: field → canonical value → spellings');
  for (const [capture, canon] of Object.entries(statement.values)) {
    if (!captures.includes(capture)) fail(`${field}.values.${capture}`, `the pattern has no (?<${capture}>…) capture`);
    if (!isObject(canon)) fail(`${field}.values.${capture}`, 'must be an object: canonical value → spellings, e.g. {"FAIL": ["failed"]}');
    const seen = new Map<string, string>();
    for (const [canonical, spellings] of Object.entries(canon)) {
      for (const spelling of stringList(spellings, `${field}.values.${capture}.${canonical}`, fail)) {
        // Spellings match in any case, so `ok` under PASS and `OK` under FAIL would be one spelling with two meanings.
        const other = seen.get(spelling.toLowerCase());
        if (other !== undefined && other !== canonical) fail(`${field}.values.${capture}.${canonical}`, `"${spelling}" is also a spelling of ${other}`);
        seen.set(spelling.toLowerCase(), canonical);
      }
    }
  }
}

function validateSample(sample: unknown, field: string, fail: Fail): void {
  if (!isObject(sample)) fail(field, 'must be an object {line, level?, kind?, fields?}');
  onlyKeys(sample, SAMPLE_KEYS, field, fail);
  text(sample.line, `${field}.line`, fail);
  if (sample.level !== undefined && !(LEVELS as readonly string[]).includes(sample.level as string)) fail(`${field}.level`, `"${written(sample.level)}" is not a level (levels: ${LEVELS.join(', ')})`);
  if (sample.kind !== undefined) text(sample.kind, `${field}.kind`, fail);
  if (sample.fields === undefined) return;
  if (!isObject(sample.fields)) fail(`${field}.fields`, 'must be an object: field → value');
  for (const [key, v] of Object.entries(sample.fields)) if (typeof v !== 'string') fail(`${field}.fields.${key}`, 'must be a string (the value as captured)');
}

function validateFormat(format: unknown, file: string, index: number): FormatDefinition {
  const named = isObject(format) && typeof format.name === 'string' ? format.name : undefined;
  const fail: Fail = (field, reason) => {
    throw new FormatDefinitionError(file, named ?? `#${index + 1}`, field, reason);
  };
  if (!isObject(format)) fail('', 'must be an object {name, title, regex, levels, literals, samples}');
  onlyKeys(format, FORMAT_KEYS, '', fail);
  const name = text(format.name, 'name', fail);
  if (!KEBAB.test(name)) fail('name', `"${name}" is not kebab-case (lower-case words joined by -)`);
  text(format.title, 'title', fail);
  let captures: string[] = [];
  if (format.regex !== undefined) {
    captures = linearRegex(format.regex, 'regex', fail);
    if (captures.length === 0) fail('regex', 'has no named capture: name the parts of the line, e.g. (?<level>…) and (?<message>…)');
    if (format.literals === undefined) fail('literals', 'required with a regex: lines holding none of them are skipped unparsed');
    if (format.samples === undefined) fail('samples', 'required with a regex: real lines that must parse');
  } else {
    if (!(LAYOUTS_KEPT as readonly string[]).includes(name)) fail('regex', `required (only ${LAYOUTS_KEPT.join(', ')} keeps its built-in layout when given statements alone)`);
    if (format.statements === undefined) fail('statements', 'required without a regex: the statements the built-in layout is to read');
  }
  if (format.levels !== undefined) validateLevels(format.levels, captures, fail);
  if (format.literals !== undefined) validateLiterals(format.literals, fail);
  if (format.statements !== undefined) {
    if (!Array.isArray(format.statements) || format.statements.length === 0) fail('statements', 'must be a non-empty list');
    (format.statements as unknown[]).forEach((s, i) => validateStatement(s, `statements[${i}]`, fail));
  }
  if (format.samples !== undefined) {
    if (!Array.isArray(format.samples) || format.samples.length === 0) fail('samples', 'must be a non-empty list');
    (format.samples as unknown[]).forEach((s, i) => validateSample(s, `samples[${i}]`, fail));
  }
  return format as unknown as FormatDefinition;
}

/** A parsed format file → its definitions, or a FormatDefinitionError naming file, format and field. */
export function validateFormatFile(doc: unknown, file: string): FormatDefinition[] {
  const fail: Fail = (field, reason) => {
    throw new FormatDefinitionError(file, undefined, field, reason);
  };
  if (!isObject(doc)) fail('', 'must be an object {"formats": [ … ]}');
  onlyKeys(doc, FILE_KEYS, '', fail);
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') fail('$schema', 'must be a string');
  if (!Array.isArray(doc.formats) || doc.formats.length === 0) fail('formats', 'must be a non-empty list of formats');
  const formats = (doc.formats as unknown[]).map((f, i) => validateFormat(f, file, i));
  const names = new Set<string>();
  for (const format of formats) {
    if (names.has(format.name)) throw new FormatDefinitionError(file, format.name, 'name', 'defined twice in this file');
    names.add(format.name);
  }
  return (doc as unknown as FormatFile).formats;
}
