import type { SequenceCondition } from '../../rules/types.js';
import type { Fold, GroupView } from '../state.js';
import type { ConditionKind } from './kind.js';
import { leafResult, where, type ConditionResult } from './result.js';

/** `then` events after the first `first` event: in the same file by line, otherwise by timestamp. */
function eventsAfter(firstFolds: readonly Fold[], thenFolds: readonly Fold[]): Fold[] {
  const earliestLine = new Map<string, number>();
  let earliestTs: number | undefined;
  for (const fold of firstFolds) {
    earliestLine.set(fold.path, Math.min(earliestLine.get(fold.path) ?? Infinity, fold.line));
    if (fold.firstTs !== undefined) earliestTs = Math.min(earliestTs ?? Infinity, fold.firstTs);
  }
  return thenFolds.filter((fold) => {
    const line = earliestLine.get(fold.path);
    if (line !== undefined) return fold.lastLine > line;
    return earliestTs !== undefined && fold.lastTs !== undefined && fold.lastTs >= earliestTs;
  });
}

function evaluateSequence(c: SequenceCondition, group: GroupView): ConditionResult {
  const [first, then] = c.sequence;
  const firstFolds = group.folds(first);
  const thenFolds = group.folds(then);
  const after = eventsAfter(firstFolds, thenFolds);
  const ok = after.length > 0;
  let detail: string;
  if (ok) detail = `${then} at ${where(after[0])} after ${first} at ${where(firstFolds[0])}`;
  else if (thenFolds.length === 0) detail = `no ${then} event in scope`;
  else if (firstFolds.length === 0) detail = `${then} at ${where(thenFolds[0])}, but no ${first} before it`;
  else {
    detail = `${then} at ${where(thenFolds[0])} is not after ${first} at ${where(firstFolds[0])}`
      + ' (same file by line, otherwise by timestamp)';
  }
  const matched = after.reduce((n, f) => n + f.count, 0);
  const evidence = new Map([[first, firstFolds.slice(0, 1)], [then, after]]);
  return leafResult(sequence.describe(c), ok, matched, detail, evidence);
}

export const sequence: ConditionKind<SequenceCondition> = {
  key: 'sequence',
  schema: ({ pattern }) => ({
    title: 'SequenceCondition',
    description: 'an event of the second pattern after one of the first: in the same file by line order, '
      + 'otherwise by timestamp',
    type: 'object',
    additionalProperties: false,
    required: ['sequence'],
    properties: {
      sequence: {
        type: 'array',
        items: [pattern, pattern],
        minItems: 2,
        maxItems: 2,
        errorMessage: 'must be [first, then]',
      },
    },
    examples: [{ sequence: ['a', 'b'] }],
  }),
  references: (c) => c.sequence.map((name, i) => ({ at: `sequence[${i}]`, name })),
  describe: (c) => `${c.sequence[1]} after ${c.sequence[0]}`,
  evaluate: evaluateSequence,
};
