import type { AbsentCondition } from '../../rules/types.js';
import type { ConditionKind } from './kind.js';
import { leafResult, where } from './result.js';

export const absent: ConditionKind<AbsentCondition> = {
  key: 'absent',
  schema: ({ pattern }) => ({
    title: 'AbsentCondition',
    description: 'no event of the pattern is in the scope',
    type: 'object',
    additionalProperties: false,
    required: ['absent'],
    properties: { absent: pattern },
    examples: [{ absent: 'p' }],
  }),
  references: (c) => [{ at: 'absent', name: c.absent }],
  describe: (c) => `no ${c.absent}`,
  evaluate(c, group) {
    const n = group.count(c.absent);
    const detail = n === 0
      ? `no ${c.absent} event in scope`
      : `${c.absent} present at ${where(group.folds(c.absent)[0])}`;
    return leafResult(absent.describe(c), n === 0, n, detail);
  },
};
