/** What `all` and `any` share: a list of conditions, walked through the registry. */
import type { Condition } from '../../rules/types.js';
import type { JsonSchema } from '../../schema/json-schema.js';
import type { Fold } from '../state.js';
import type { ConditionWalk, DroppedLeaf, PatternReference } from './kind.js';
import type { ConditionResult } from './result.js';

export function listSchema(title: string, key: string, description: string, condition: JsonSchema): JsonSchema {
  return {
    title,
    description,
    type: 'object',
    additionalProperties: false,
    required: [key],
    properties: {
      [key]: { type: 'array', minItems: 1, items: condition, errorMessage: 'must be a non-empty list of conditions' },
    },
    examples: [{ [key]: [{ exists: 'a' }, { absent: 'b' }] }],
  };
}

export function listReferences(key: string, children: readonly Condition[], walk: ConditionWalk): PatternReference[] {
  return children.flatMap((child, i) =>
    walk.references(child).map((r) => ({ at: `${key}[${i}].${r.at}`, name: r.name })));
}

/** The parts' results as one: evidence and yieldsTo from the parts that hold, every part's why[]. */
export function combine(parts: readonly ConditionResult[], ok: boolean): ConditionResult {
  const evidence = new Map<string, Fold[]>();
  for (const part of parts) {
    if (!part.ok) continue;
    for (const [name, folds] of part.evidence) evidence.set(name, [...(evidence.get(name) ?? []), ...folds]);
  }
  const yieldsTo = parts.filter((p) => p.ok).flatMap((p) => p.yieldsTo);
  return { ok, evidence, why: parts.flatMap((p) => p.why), yieldsTo };
}

/**
 * Every way to drop one leaf under a list: a child leaf is removed from the list, a deeper one
 * is dropped inside its child.
 */
export function dropFromList(
  children: readonly Condition[],
  rebuild: (children: Condition[]) => Condition,
  path: string,
  underAny: boolean,
  walk: ConditionWalk,
): DroppedLeaf[] {
  return children.flatMap((child, i) =>
    walk.dropOne(child, `${path}[${i}]`, underAny).map((dropped) => {
      const rest = dropped.rest;
      const remaining = rest === undefined
        ? children.filter((_, j) => j !== i)
        : children.map((c, j) => (j === i ? rest : c));
      return { ...dropped, rest: rebuild(remaining) };
    }));
}
