import type { DistinctCondition } from '../../rules/types.js';
import { plural } from '../../text/plural.js';
import { compareFolds, type Fold, type GroupView } from '../state.js';
import type { ConditionKind } from './kind.js';
import { leafResult } from './result.js';
import { maxDistinctInWindow, parseDuration } from './window.js';

/** The values of `field` seen under one value of `groupBy`. */
interface ValueGroup {
  values: Set<string>;
  points: Array<[number, string]>;
  folds: Set<Fold>;
}

interface BestGroup {
  key: string;
  distinct: number;
  values: string[];
  folds: Fold[];
}

const MAX_VALUES_SHOWN = 12;

function valueGroups(c: DistinctCondition, folds: readonly Fold[]): Map<string, ValueGroup> {
  const byGroup = new Map<string, ValueGroup>();
  for (const fold of folds) {
    for (const tuple of fold.tuples.values()) {
      const value = tuple.values[c.field];
      if (value === undefined) continue;
      const key = c.groupBy ? tuple.values[c.groupBy] ?? '(none)' : '';
      let entry = byGroup.get(key);
      if (!entry) byGroup.set(key, (entry = { values: new Set(), points: [], folds: new Set() }));
      entry.values.add(value);
      entry.folds.add(fold);
      for (const ts of [tuple.firstTs, tuple.lastTs]) if (ts !== undefined) entry.points.push([ts, value]);
    }
  }
  return byGroup;
}

/** The group with the most distinct values (inside one window, when every value is timed). */
function bestGroup(groups: Map<string, ValueGroup>, windowMs: number | undefined): BestGroup | undefined {
  let best: BestGroup | undefined;
  for (const [key, entry] of groups) {
    let distinct = entry.values.size;
    // Windows apply when timestamps are known for every value; untimed values count as inside.
    const everyValueTimed = new Set(entry.points.map((p) => p[1])).size === entry.values.size;
    if (windowMs !== undefined && entry.points.length > 0 && everyValueTimed) {
      distinct = maxDistinctInWindow(entry.points.sort((a, b) => a[0] - b[0]), windowMs);
    }
    if (!best || distinct > best.distinct) best = { key, distinct, values: [...entry.values], folds: [...entry.folds] };
  }
  return best;
}

function detail(c: DistinctCondition, best: BestGroup | undefined, ok: boolean): string {
  if (!best) return `no ${c.distinct} event with a ${c.field}`;
  const label = c.groupBy ? `${c.groupBy} ${best.key}: ` : '';
  const more = best.values.length > MAX_VALUES_SHOWN ? ', …' : '';
  const shown = best.values.slice(0, MAX_VALUES_SHOWN).join(', ') + more;
  return `${label}${plural(best.distinct, `distinct ${c.field}`)} (${shown})${ok ? '' : `, needs >= ${c.gte}`}`;
}

function evaluateDistinct(c: DistinctCondition, group: GroupView) {
  const folds = group.folds(c.distinct);
  const windowMs = c.within === undefined ? undefined : parseDuration(c.within);
  const best = bestGroup(valueGroups(c, folds), windowMs);
  const n = best?.distinct ?? 0;
  const ok = n >= c.gte;
  const evidence = ok && best ? best.folds.sort(compareFolds) : folds;
  return leafResult(distinct.describe(c), ok, n, detail(c, best, ok), new Map([[c.distinct, evidence]]));
}

export const distinct: ConditionKind<DistinctCondition> = {
  key: 'distinct',
  schema: ({ pattern, field, duration }) => ({
    title: 'DistinctCondition',
    description:
      'at least `gte` distinct values of `field` among the pattern\'s events, for one value of `groupBy`, '
      + 'inside one window of `within`',
    type: 'object',
    additionalProperties: false,
    required: ['distinct', 'field', 'gte'],
    properties: { distinct: pattern, field, gte: { type: 'integer', minimum: 1 }, groupBy: field, within: duration },
    examples: [{ distinct: 'p', field: 'f', gte: 2, groupBy: 'g', within: '15m' }],
  }),
  references: (c) => [{ at: 'distinct', name: c.distinct }],
  fieldsRead: (c) => (c.groupBy ? [c.field, c.groupBy] : [c.field]),
  describe(c) {
    const per = c.groupBy ? ` per ${c.groupBy}` : '';
    return `distinct ${c.field} of ${c.distinct}${per}${c.within ? ` within ${c.within}` : ''} >= ${c.gte}`;
  },
  evaluate: evaluateDistinct,
};
