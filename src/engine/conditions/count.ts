import type { CountCondition } from '../../rules/types.js';
import { plural } from '../../text/plural.js';
import type { ConditionKind } from './kind.js';
import { leafResult, where } from './result.js';
import { denseWindow, parseDuration } from './window.js';

export const count: ConditionKind<CountCondition> = {
  key: 'count',
  schema: ({ pattern, duration }) => ({
    title: 'CountCondition',
    description: 'at least `gte` events of the pattern (inside one window of `within`)',
    type: 'object',
    additionalProperties: false,
    required: ['count', 'gte'],
    properties: { count: pattern, gte: { type: 'integer', minimum: 1 }, within: duration },
    examples: [{ count: 'p', gte: 3, within: '10m' }],
  }),
  references: (c) => [{ at: 'count', name: c.count }],
  describe: (c) => `${c.count} count >= ${c.gte}${c.within ? ` within ${c.within}` : ''}`,
  evaluate(c, group) {
    const folds = group.folds(c.count);
    const n = group.count(c.count);
    const windowMs = c.within === undefined ? undefined : parseDuration(c.within);
    let ok = n >= c.gte;
    if (ok && windowMs !== undefined) {
      // Events without timestamps are taken to be inside any window: the window applies only when enough are timed.
      const ts = group.timestamps(c.count);
      if (ts.length >= c.gte) ok = denseWindow(ts, windowMs, c.gte);
    }
    const detail = ok
      ? `${plural(n, 'event')}, first at ${where(folds[0])}`
      : `${plural(n, 'event')}, needs >= ${c.gte}${windowMs !== undefined ? ` within ${c.within}` : ''}`;
    return leafResult(count.describe(c), ok, n, detail, new Map([[c.count, folds]]));
  },
};
