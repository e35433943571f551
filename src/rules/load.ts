import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BUILTIN_RULES } from './index.js';
import { RESERVED_RULES } from './reserved.js';
import { BUILTIN_ORIGIN, type LoadedRule } from './types.js';
import { RulePackError, RuleValidationError } from './errors.js';
import { loadLinearEngine } from '../engine/linear-engine.js';

export { RulePackError };

async function packFiles(target: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new RulePackError(`--rules ${target}: no such file or directory`);
  }
  // A pipe (`--rules <(cat pack.json)`, /dev/stdin) is read like a file: only a directory is listed.
  if (!stat.isDirectory()) return [target];
  const names = (await fs.readdir(target)).filter((n) => n.endsWith('.json')).sort();
  if (names.length === 0) throw new RulePackError(`--rules ${target}: the directory holds no .json rule files`);
  return names.map((n) => path.join(target, n));
}

/**
 * Built-in rules, then user packs (JSON: one rule, a list, or {"rules": [...]}), each rule
 * validated with an error naming the file, the rule and the field. A user rule with a
 * built-in's id replaces it (the result's notices say so); `disabled` ids are dropped.
 */
export async function loadRules(packs: readonly string[] = [], disabled: readonly string[] = []): Promise<LoadedRule[]> {
  const rules = new Map<string, LoadedRule>(BUILTIN_RULES.map((rule) => [rule.id, { rule, origin: BUILTIN_ORIGIN }]));
  // The validator and the linear-time engine user regexes run on load only with a user pack.
  const { validateRule } = packs.length > 0 ? await import('./validate.js') : { validateRule: undefined };
  if (packs.length > 0) await loadLinearEngine();
  for (const pack of packs) {
    for (const file of await packFiles(pack)) {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        // Unreadable is not the same mistake as malformed: say which.
        throw new RulePackError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new RulePackError(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      const list = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { rules?: unknown }).rules) ? (parsed as { rules: unknown[] }).rules : [parsed];
      list.forEach((raw, index) => {
        const rule = validateRule!(raw, file, index);
        const existing = rules.get(rule.id);
        if (RESERVED_RULES.some((r) => r.id === rule.id)) throw new RuleValidationError(file, rule.id, 'id', 'reserved: the triage decides this rule across runs, no pack can define it');
        if (existing && existing.origin !== BUILTIN_ORIGIN) throw new RuleValidationError(file, rule.id, 'id', `also defined in ${existing.origin}`);
        rules.set(rule.id, { rule, origin: file, replaces: existing ? existing.origin : undefined });
      });
    }
  }
  const unknown = disabled.filter((id) => !rules.has(id));
  if (unknown.length > 0) throw new RulePackError(`--disable-rule: no rule with id ${unknown.join(', ')} (see \`redfix-forensics rules list\`)`);
  return [...rules.values()].filter((r) => !disabled.includes(r.rule.id)).sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1));
}
