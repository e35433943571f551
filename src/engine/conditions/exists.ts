import type { ExistsCondition } from '../../rules/types.js';
import { plural } from '../../text/plural.js';
import type { ConditionKind } from './kind.js';
import { leafResult, where } from './result.js';

export const exists: ConditionKind<ExistsCondition> = {
  key: 'exists',
  impliedByItsPattern: true,
  schema: ({ pattern }) => ({
    title: 'ExistsCondition',
    description: 'an event of the pattern is in the scope',
    type: 'object',
    additionalProperties: false,
    required: ['exists'],
    properties: { exists: pattern },
    examples: [{ exists: 'p' }],
  }),
  references: (c) => [{ at: 'exists', name: c.exists }],
  describe: (c) => `${c.exists} present`,
  evaluate(c, group) {
    const folds = group.folds(c.exists);
    const n = group.count(c.exists);
    const detail = n > 0 ? `${plural(n, 'event')}, first at ${where(folds[0])}` : `no ${c.exists} event in scope`;
    return leafResult(exists.describe(c), n > 0, n, detail, new Map([[c.exists, folds]]));
  },
};
