/**
 * The rule-scaling pack: (factor − 1) variants of every built-in rule, so built-ins plus the
 * pack are `factor` times the rules. Each variant keeps its rule's shape (patterns, regexes,
 * condition) but gets its own literals: every literal is mutated at two seeded positions, one
 * among its first four bytes (the prefilter's window) and one in its second half, so the
 * prefilter really holds `factor` times the rule literals and its shift table changes with them.
 * The variants' literals are checked to be distinct from each other and from every existing one.
 */
import { Rng } from './prng.js';
import { BUILTIN_RULES } from '../src/rules/index.js';
import { STRUCTURAL_LITERALS } from '../src/parsers/structural.js';
import type { Rule } from '../src/rules/types.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function mutate(literal: string, rng: Rng): string {
  const chars = [...literal];
  const positions = [rng.int(Math.min(4, chars.length))];
  const half = Math.floor(chars.length / 2);
  if (chars.length > 4) positions.push(Math.max(4, half) + rng.int(chars.length - Math.max(4, half)));
  for (const p of positions) {
    let c = chars[p];
    while (c === chars[p]) c = LETTERS[rng.int(LETTERS.length)];
    chars[p] = c;
  }
  return chars.join('');
}

export interface RulePack {
  rules: Rule[];
  /** Literals the built-in rules declare (distinct). */
  builtinLiterals: number;
  /** Literals the built-ins plus the pack declare (distinct). */
  totalRuleLiterals: number;
  /** Literals the prefilter holds: structural ones plus every rule literal. */
  prefilterLiterals: { before: number; after: number };
}

export function makeRulePack(seed: string, factor = 10): RulePack {
  const rng = new Rng(`${seed}/rules`);
  const builtinLiterals = new Set<string>();
  for (const rule of BUILTIN_RULES) {
    for (const p of Object.values(rule.events)) for (const l of p.literals ?? []) builtinLiterals.add(l);
  }
  const taken = new Set<string>([...STRUCTURAL_LITERALS, ...builtinLiterals]);
  const before = taken.size;
  let added = 0;
  const rules: Rule[] = [];
  for (let k = 2; k <= factor; k++) {
    for (const rule of BUILTIN_RULES) {
      const copy = JSON.parse(JSON.stringify(rule)) as Rule;
      copy.id = `${rule.id}-variant-${k}`;
      copy.title = `${rule.title} (benchmark variant ${k})`;
      for (const pattern of Object.values(copy.events)) {
        if (!pattern.literals) continue;
        pattern.literals = pattern.literals.map((literal) => {
          for (let attempt = 0; attempt < 1000; attempt++) {
            const candidate = mutate(literal, rng);
            if (!taken.has(candidate)) {
              taken.add(candidate);
              added += 1;
              return candidate;
            }
          }
          throw new Error(`no distinct variant of ${JSON.stringify(literal)}`);
        });
      }
      rules.push(copy);
    }
  }
  return {
    rules,
    builtinLiterals: builtinLiterals.size,
    totalRuleLiterals: builtinLiterals.size + added,
    prefilterLiterals: { before, after: taken.size },
  };
}
