import type { Condition, Rule } from '../rules/types.js';
import { describeCondition } from '../engine/conditions.js';

export interface Mutant {
  rule: Rule;
  /** The condition dropped, in words. */
  dropped: string;
  /**
   * Dropping it cannot change any result: `exists p` under `all` (or at the root) of a rule
   * whose only pattern is p. A scope group exists only where p matched, so the condition is
   * implied; the rule's near-miss cases test p itself.
   */
  equivalent: boolean;
}

/**
 * Every way to drop one condition of a rule: a condition under `all` (or the root) is
 * relaxed to always-true; an alternative under `any` is removed. If no corpus case notices a
 * mutant, the dropped condition is untested.
 */
export function mutants(rule: Rule): Mutant[] {
  const out: Mutant[] = [];
  const singlePattern = Object.keys(rule.events).length === 1;
  const visit = (condition: Condition, replace: (next: Condition | undefined) => Condition, path: string, underAny = false): void => {
    if ('all' in condition) {
      condition.all.forEach((child, i) =>
        visit(child, (next) => replace({ all: next === undefined ? condition.all.filter((_, j) => j !== i) : condition.all.map((c, j) => (j === i ? next : c)) }), `${path}.all[${i}]`, underAny));
      return;
    }
    if ('any' in condition) {
      condition.any.forEach((child, i) =>
        visit(child, (next) => replace({ any: next === undefined ? condition.any.filter((_, j) => j !== i) : condition.any.map((c, j) => (j === i ? next : c)) }), `${path}.any[${i}]`, true));
      return;
    }
    const equivalent = singlePattern && !underAny && 'exists' in condition;
    out.push({ rule: { ...rule, condition: replace(undefined) }, dropped: `${path}: ${describeCondition(condition)}`, equivalent });
  };
  // Dropping the root leaf leaves no constraint: `all` of nothing is true.
  visit(rule.condition, (next) => next ?? { all: [] }, 'condition');
  return out;
}
