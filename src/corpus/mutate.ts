import type { Rule } from '../rules/types.js';
import { conditionKind, describeCondition, dropOneCondition } from '../engine/conditions.js';

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
  const singlePattern = Object.keys(rule.events).length === 1;
  return dropOneCondition(rule.condition).map(({ rest, path, leaf, underAny }) => ({
    // Dropping the root leaf leaves no constraint: `all` of nothing is true.
    rule: { ...rule, condition: rest ?? { all: [] } },
    dropped: `${path}: ${describeCondition(leaf)}`,
    equivalent: singlePattern && !underAny && conditionKind(leaf).impliedByItsPattern === true,
  }));
}
