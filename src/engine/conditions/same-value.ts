import type { SameValueCondition } from '../../rules/types.js';
import type { Fold, GroupView } from '../state.js';
import type { ConditionKind } from './kind.js';
import { leafResult, type ConditionResult } from './result.js';

function mismatch(c: SameValueCondition, aFolds: readonly Fold[], bFolds: readonly Fold[], aValues: Set<string>) {
  const [a, b] = c.sameValue;
  if (aFolds.length === 0 || bFolds.length === 0) {
    return `needs both ${a} and ${b}; found ${aFolds.length === 0 ? `no ${a}` : `no ${b}`}`;
  }
  const bValues = bFolds.flatMap((f) => f.valuesOf(c.field));
  return `${a} ${c.field} {${[...aValues].join(', ')}} and ${b} ${c.field} {${bValues.join(', ')}} differ`;
}

function evaluateSameValue(c: SameValueCondition, group: GroupView): ConditionResult {
  const [a, b] = c.sameValue;
  const aFolds = group.folds(a);
  const bFolds = group.folds(b);
  const aValues = new Set(aFolds.flatMap((f) => f.valuesOf(c.field)));
  const shared = [...new Set(bFolds.flatMap((f) => f.valuesOf(c.field)))].filter((v) => aValues.has(v));
  const ok = shared.length > 0;
  const detail = ok ? `${c.field} ${shared.join(', ')} in both` : mismatch(c, aFolds, bFolds, aValues);
  const keep = (folds: Fold[]) => folds.filter((f) => f.valuesOf(c.field).some((v) => shared.includes(v)));
  return leafResult(sameValue.describe(c), ok, shared.length, detail, new Map([[a, keep(aFolds)], [b, keep(bFolds)]]));
}

export const sameValue: ConditionKind<SameValueCondition> = {
  key: 'sameValue',
  schema: ({ pattern, field }) => ({
    title: 'SameValueCondition',
    description: 'events of the two patterns share a value of `field` (a join on a captured value)',
    type: 'object',
    additionalProperties: false,
    required: ['sameValue', 'field'],
    properties: {
      sameValue: {
        type: 'array',
        items: [pattern, pattern],
        minItems: 2,
        maxItems: 2,
        errorMessage: 'must be [patternA, patternB]',
      },
      field,
    },
    examples: [{ sameValue: ['a', 'b'], field: 'f' }],
  }),
  references: (c) => c.sameValue.map((name, i) => ({ at: `sameValue[${i}]`, name })),
  fieldsRead: (c) => [c.field],
  describe: (c) => `${c.sameValue[0]} and ${c.sameValue[1]} share ${c.field}`,
  evaluate: evaluateSameValue,
};
