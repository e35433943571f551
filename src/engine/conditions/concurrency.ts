import type { ConcurrencyCondition } from '../../rules/types.js';
import type { ConditionKind } from './kind.js';
import { leafResult } from './result.js';

export const concurrency: ConditionKind<ConcurrencyCondition> = {
  key: 'concurrency',
  schema: () => ({
    title: 'ConcurrencyCondition',
    description: 'at least `gte` recipes were deploying at the same time as this one in this run (itself included)',
    type: 'object',
    additionalProperties: false,
    required: ['concurrency'],
    properties: {
      concurrency: {
        type: 'object',
        additionalProperties: false,
        required: ['gte'],
        properties: { gte: { type: 'integer', minimum: 1 } },
      },
    },
    examples: [{ concurrency: { gte: 2 } }],
  }),
  references: () => [],
  describe: (c) => `recipes deploying at once >= ${c.concurrency.gte}`,
  evaluate(c, group, context) {
    const info = context.concurrency(group.run, group.recipe);
    const n = info?.count ?? 1;
    const ok = n >= c.concurrency.gte;
    const detail = info && info.count > 1
      ? `${n} recipes deploying at once (${info.recipes.join(', ')})`
      : 'ran alone: no other recipe deploying at the same time';
    return leafResult(concurrency.describe(c), ok, n, detail);
  },
};
