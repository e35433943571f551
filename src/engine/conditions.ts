/**
 * The registry of condition kinds, one module each under conditions/: adding a kind is one file
 * there and one line in CONDITION_KINDS. The order is the documented one (simplest first, the
 * lists last): it orders the README's table, the schema's alternatives and the error that lists them.
 */
import type { Condition } from '../rules/types.js';
import type { GroupView } from './state.js';
import type { ConditionKind, ConditionWalk, DroppedLeaf, PatternReference } from './conditions/kind.js';
import type { ConditionResult, RunContext } from './conditions/result.js';
import { exists } from './conditions/exists.js';
import { count } from './conditions/count.js';
import { distinct } from './conditions/distinct.js';
import { sequence } from './conditions/sequence.js';
import { absent } from './conditions/absent.js';
import { sameValue } from './conditions/same-value.js';
import { concurrency } from './conditions/concurrency.js';
import { yieldsTo } from './conditions/yields-to.js';
import { all } from './conditions/all.js';
import { any } from './conditions/any.js';

export type { ConditionKind, DroppedLeaf, PatternReference } from './conditions/kind.js';
export type { ConditionResult, RunContext, WhyEntry } from './conditions/result.js';

export const CONDITION_KINDS: readonly ConditionKind<Condition>[] = [
  exists,
  count,
  distinct,
  sequence,
  absent,
  sameValue,
  concurrency,
  yieldsTo,
  all,
  any,
];

/**
 * all/any nest at most this deep: the built-in rules need 3, and conditions are walked
 * recursively, so an unbounded depth from a user pack would end in a stack overflow. The rule
 * schema unrolls the condition tree to this depth, so validation enforces it.
 */
export const MAX_CONDITION_DEPTH = 16;

/** The kind of a condition: the registered kind whose key it holds (validation admits exactly one). */
export function conditionKind(condition: Condition): ConditionKind<Condition> {
  const kind = CONDITION_KINDS.find((k) => Object.hasOwn(condition, k.key));
  if (!kind) throw new TypeError(`not a condition: keys ${Object.keys(condition).join(', ') || '(none)'}`);
  return kind;
}

export function evaluateCondition(condition: Condition, group: GroupView, context: RunContext): ConditionResult {
  return conditionKind(condition).evaluate(condition, group, context, WALK);
}

/** A condition in words, as a finding's why[] and `explain` show it. */
export function describeCondition(condition: Condition): string {
  return conditionKind(condition).describe(condition);
}

/** Every pattern name the condition reads, with where it is written (`all[1].count`). */
export function conditionReferences(condition: Condition): PatternReference[] {
  return conditionKind(condition).references(condition, WALK);
}

/** Fields or captures the condition reads from its patterns' events. */
export function conditionFieldsRead(condition: Condition): string[] {
  return conditionKind(condition).fieldsRead?.(condition, WALK) ?? [];
}

/** Every way to drop one leaf of the condition (`test-rules --mutate`). */
export function dropOneCondition(condition: Condition, path = 'condition', underAny = false): DroppedLeaf[] {
  const kind = conditionKind(condition);
  if (kind.dropOne) return kind.dropOne(condition, path, underAny, WALK);
  return [{ rest: undefined, path, leaf: condition, underAny }];
}

const WALK: ConditionWalk = {
  evaluate: evaluateCondition,
  references: conditionReferences,
  fieldsRead: conditionFieldsRead,
  dropOne: dropOneCondition,
};
