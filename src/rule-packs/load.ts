/**
 * Rule packs (`--rules <file|dir>`): JSON or YAML files of one rule, a list of rules, or
 * `{"$schema"?: …, "rules": [...]}`, each rule validated (validate.ts) with an error naming the
 * file, the rule and the field, then merged with the built-in rules.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BUILTIN_RULES } from '../rules/index.js';
import { RESERVED_RULES } from '../rules/reserved.js';
import { BUILTIN_ORIGIN, type LoadedRule } from '../rules/types.js';
import { RulePackError, RuleValidationError } from '../rules/errors.js';
import { loadLinearEngine } from '../engine/linear-engine.js';
import { DATA_FILE, DataFileError, readDataFile } from '../data-file.js';
import type { RuleValidationOptions } from './validate.js';

export { RulePackError };

const PACK_KEYS = ['$schema', 'rules'];

async function packFiles(target: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new RulePackError(`--rules ${target}: no such file or directory`);
  }
  // A pipe (`--rules <(cat pack.json)`, /dev/stdin) is read like a file: only a directory is listed.
  if (!stat.isDirectory()) return [target];
  const names = (await fs.readdir(target)).filter((n) => DATA_FILE.test(n)).sort();
  if (names.length === 0) {
    throw new RulePackError(`--rules ${target}: the directory holds no .json, .yaml or .yml rule files`);
  }
  return names.map((n) => path.join(target, n));
}

/** The rules of a pack file: a list, `{"rules": [...]}` (nothing else beside them but `$schema`), or one rule. */
function packEntries(parsed: unknown, file: string): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  const isObject = typeof parsed === 'object' && parsed !== null;
  if (!isObject || !Object.hasOwn(parsed, 'rules') || Object.hasOwn(parsed, 'id')) return [parsed];
  const pack = parsed as Record<string, unknown>;
  const unknown = Object.keys(pack).find((key) => !PACK_KEYS.includes(key));
  if (unknown !== undefined) {
    throw new RulePackError(`${file}: ${unknown}: unknown field of a pack (known: ${PACK_KEYS.join(', ')})`);
  }
  if (!Array.isArray(pack.rules)) throw new RulePackError(`${file}: rules: must be a list of rules`);
  return pack.rules as unknown[];
}

async function readPack(file: string): Promise<unknown[]> {
  try {
    return packEntries(await readDataFile(file), file);
  } catch (error) {
    if (error instanceof DataFileError) throw new RulePackError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Adds a user rule: one with a built-in's id replaces it; a reserved id, or one another pack defined, is refused. */
function addRule(rules: Map<string, LoadedRule>, loaded: LoadedRule): void {
  const { rule, origin } = loaded;
  if (RESERVED_RULES.some((r) => r.id === rule.id)) {
    const reason = 'reserved: the triage decides this rule across runs, no pack can define it';
    throw new RuleValidationError(origin, rule.id, 'id', reason);
  }
  const existing = rules.get(rule.id);
  if (existing && existing.origin !== BUILTIN_ORIGIN) {
    throw new RuleValidationError(origin, rule.id, 'id', `also defined in ${existing.origin}`);
  }
  rules.set(rule.id, { rule, origin, replaces: existing ? existing.origin : undefined });
}

/**
 * Built-in rules, then user packs, sorted by id; `disabled` ids are dropped. A user rule may name
 * the user formats in `options.formats` besides the built-in ones.
 */
export async function loadRules(
  packs: readonly string[] = [],
  disabled: readonly string[] = [],
  options: RuleValidationOptions = {},
): Promise<LoadedRule[]> {
  const rules = new Map<string, LoadedRule>(BUILTIN_RULES.map((rule) => [rule.id, { rule, origin: BUILTIN_ORIGIN }]));
  if (packs.length > 0) {
    // The validator, and the linear-time engine user regexes run on, are loaded only with a user pack.
    const [{ validateRule }] = await Promise.all([import('./validate.js'), loadLinearEngine()]);
    for (const pack of packs) {
      for (const file of await packFiles(pack)) {
        for (const [index, raw] of (await readPack(file)).entries()) {
          addRule(rules, { rule: validateRule(raw, file, index, options), origin: file });
        }
      }
    }
  }
  const unknown = disabled.filter((id) => !rules.has(id));
  if (unknown.length > 0) {
    const ids = unknown.join(', ');
    throw new RulePackError(`--disable-rule: no rule with id ${ids} (see \`redfix-forensics rules list\`)`);
  }
  return [...rules.values()]
    .filter((r) => !disabled.includes(r.rule.id))
    .sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1));
}
