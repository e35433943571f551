import type { YieldsToCondition } from '../../rules/types.js';
import type { ConditionKind } from './kind.js';
import { leafResult } from './result.js';

export const yieldsTo: ConditionKind<YieldsToCondition> = {
  key: 'yieldsTo',
  schema: ({ classification }) => ({
    title: 'YieldsToCondition',
    description: 'no finding of those classifications for the same run and recipe (decided once every rule has run)',
    type: 'object',
    additionalProperties: false,
    required: ['yieldsTo'],
    properties: { yieldsTo: { type: 'array', minItems: 1, items: classification } },
    examples: [{ yieldsTo: ['recipe-defect'] }],
  }),
  references: () => [],
  describe: (c) => `no ${c.yieldsTo.join('/')} finding for the recipe`,
  evaluate(c) {
    // Satisfied here; the engine drops the finding after all rules ran if another explains the recipe.
    const result = leafResult(yieldsTo.describe(c), true, 0, `no ${c.yieldsTo.join('/')} finding for the recipe`);
    result.yieldsTo = [...c.yieldsTo];
    return result;
  },
};
