import type { Classification, Condition } from '../rules/types.js';
import { compareFolds, type Fold, type GroupView } from './state.js';
import { plural } from '../text/plural.js';

/** One condition of a rule and what it matched: the `why` of a finding, and `explain`'s walk. */
export interface WhyEntry {
  condition: string;
  matched: number;
  detail: string;
  satisfied: boolean;
}

export interface ConditionResult {
  ok: boolean;
  evidence: Map<string, Fold[]>;
  why: WhyEntry[];
  /** yieldsTo leaves: decided once every rule has been evaluated. */
  yieldsTo: Classification[];
}

export interface RunContext {
  /** Recipes deploying at the same time as this recipe in this run (itself included). */
  concurrency(run: string, recipe: string | undefined): { count: number; recipes: string[] } | undefined;
  /** The run's only recipe, which owns its lines that name none (RunRecord.soleRecipe); undefined for several or none. */
  soleRecipe(run: string): string | undefined;
}

export interface EvaluationOptions {
  windows: Map<Condition, number>;
  context: RunContext;
}

const where = (fold: Fold): string => `${fold.path}:${fold.line}`;

export function describeCondition(condition: Condition): string {
  if ('exists' in condition) return `${condition.exists} present`;
  if ('count' in condition) return `${condition.count} count >= ${condition.gte}${condition.within ? ` within ${condition.within}` : ''}`;
  if ('distinct' in condition) {
    return `distinct ${condition.field} of ${condition.distinct}${condition.groupBy ? ` per ${condition.groupBy}` : ''}${condition.within ? ` within ${condition.within}` : ''} >= ${condition.gte}`;
  }
  if ('sequence' in condition) return `${condition.sequence[1]} after ${condition.sequence[0]}`;
  if ('absent' in condition) return `no ${condition.absent}`;
  if ('sameValue' in condition) return `${condition.sameValue[0]} and ${condition.sameValue[1]} share ${condition.field}`;
  if ('concurrency' in condition) return `recipes deploying at once >= ${condition.concurrency.gte}`;
  if ('yieldsTo' in condition) return `no ${condition.yieldsTo.join('/')} finding for the recipe`;
  if ('all' in condition) return 'all of';
  return 'any of';
}

function leaf(condition: Condition, ok: boolean, matched: number, detail: string, evidence = new Map<string, Fold[]>()): ConditionResult {
  return { ok, evidence, why: [{ condition: describeCondition(condition), matched, detail, satisfied: ok }], yieldsTo: [] };
}

/** Is there a window of `windowMs` holding at least `n` of these sorted timestamps? */
function denseWindow(sorted: number[], windowMs: number, n: number): boolean {
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j] - sorted[i] > windowMs) i++;
    if (j - i + 1 >= n) return true;
  }
  return false;
}

/** Largest number of distinct values seen inside one window; `points` are [ts, value] sorted by ts. */
function maxDistinctInWindow(points: Array<[number, string]>, windowMs: number): number {
  let best = 0;
  const counts = new Map<string, number>();
  for (let i = 0, j = 0; j < points.length; j++) {
    counts.set(points[j][1], (counts.get(points[j][1]) ?? 0) + 1);
    while (points[j][0] - points[i][0] > windowMs) {
      const v = points[i][1];
      const c = counts.get(v)! - 1;
      if (c === 0) counts.delete(v); else counts.set(v, c);
      i++;
    }
    best = Math.max(best, counts.size);
  }
  return best;
}

export function evaluate(condition: Condition, group: GroupView, options: EvaluationOptions): ConditionResult {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => evaluate(c, group, options));
    const ok = 'all' in condition ? parts.every((p) => p.ok) : parts.some((p) => p.ok);
    const evidence = new Map<string, Fold[]>();
    for (const part of parts) {
      if (!part.ok) continue;
      for (const [name, folds] of part.evidence) evidence.set(name, [...(evidence.get(name) ?? []), ...folds]);
    }
    return { ok, evidence, why: parts.flatMap((p) => p.why), yieldsTo: parts.filter((p) => p.ok).flatMap((p) => p.yieldsTo) };
  }

  if ('exists' in condition) {
    const folds = group.folds(condition.exists);
    const n = group.count(condition.exists);
    return leaf(condition, n > 0, n, n > 0 ? `${plural(n, 'event')}, first at ${where(folds[0])}` : `no ${condition.exists} event in scope`, new Map([[condition.exists, folds]]));
  }

  if ('count' in condition) {
    const folds = group.folds(condition.count);
    const n = group.count(condition.count);
    const windowMs = options.windows.get(condition);
    let ok = n >= condition.gte;
    if (ok && windowMs !== undefined) {
      const ts = group.timestamps(condition.count);
      if (ts.length >= condition.gte) ok = denseWindow(ts, windowMs, condition.gte);
    }
    return leaf(condition, ok, n, ok ? `${plural(n, 'event')}, first at ${where(folds[0])}` : `${plural(n, 'event')}, needs >= ${condition.gte}${windowMs !== undefined ? ` within ${condition.within}` : ''}`, new Map([[condition.count, folds]]));
  }

  if ('distinct' in condition) {
    const folds = group.folds(condition.distinct);
    const windowMs = options.windows.get(condition);
    const byGroup = new Map<string, { values: Set<string>; points: Array<[number, string]>; folds: Set<Fold> }>();
    for (const fold of folds) {
      for (const tuple of fold.tuples.values()) {
        const value = tuple.values[condition.field];
        if (value === undefined) continue;
        const key = condition.groupBy ? tuple.values[condition.groupBy] ?? '(none)' : '';
        let entry = byGroup.get(key);
        if (!entry) byGroup.set(key, (entry = { values: new Set(), points: [], folds: new Set() }));
        entry.values.add(value);
        entry.folds.add(fold);
        for (const ts of [tuple.firstTs, tuple.lastTs]) if (ts !== undefined) entry.points.push([ts, value]);
      }
    }
    let best: { key: string; distinct: number; values: string[]; folds: Fold[] } | undefined;
    for (const [key, entry] of byGroup) {
      let distinct = entry.values.size;
      // Windows apply when timestamps are known for every value; untimed values count as inside.
      if (windowMs !== undefined && entry.points.length > 0 && new Set(entry.points.map((p) => p[1])).size === entry.values.size) {
        distinct = maxDistinctInWindow(entry.points.sort((a, b) => a[0] - b[0]), windowMs);
      }
      if (!best || distinct > best.distinct) best = { key, distinct, values: [...entry.values], folds: [...entry.folds] };
    }
    const n = best?.distinct ?? 0;
    const ok = n >= condition.gte;
    const label = best && condition.groupBy ? `${condition.groupBy} ${best.key}: ` : '';
    const detail = best
      ? `${label}${plural(n, `distinct ${condition.field}`)} (${best.values.slice(0, 12).join(', ')}${best.values.length > 12 ? ', …' : ''})${ok ? '' : `, needs >= ${condition.gte}`}`
      : `no ${condition.distinct} event with a ${condition.field}`;
    return leaf(condition, ok, n, detail, new Map([[condition.distinct, ok && best ? best.folds.sort(compareFolds) : folds]]));
  }

  if ('sequence' in condition) {
    const [first, then] = condition.sequence;
    const firstFolds = group.folds(first);
    const thenFolds = group.folds(then);
    const earliestLine = new Map<string, number>();
    let earliestTs: number | undefined;
    for (const fold of firstFolds) {
      earliestLine.set(fold.path, Math.min(earliestLine.get(fold.path) ?? Infinity, fold.line));
      if (fold.firstTs !== undefined) earliestTs = Math.min(earliestTs ?? Infinity, fold.firstTs);
    }
    const after = thenFolds.filter((fold) => {
      const line = earliestLine.get(fold.path);
      if (line !== undefined) return fold.lastLine > line;
      return earliestTs !== undefined && fold.lastTs !== undefined && fold.lastTs >= earliestTs;
    });
    const ok = after.length > 0;
    let detail: string;
    if (ok) detail = `${then} at ${where(after[0])} after ${first} at ${where(firstFolds[0])}`;
    else if (thenFolds.length === 0) detail = `no ${then} event in scope`;
    else if (firstFolds.length === 0) detail = `${then} at ${where(thenFolds[0])}, but no ${first} before it`;
    else detail = `${then} at ${where(thenFolds[0])} is not after ${first} at ${where(firstFolds[0])} (same file by line, otherwise by timestamp)`;
    const count = after.reduce((n, f) => n + f.count, 0);
    return leaf(condition, ok, count, detail, new Map([[first, firstFolds.slice(0, 1)], [then, after]]));
  }

  if ('absent' in condition) {
    const n = group.count(condition.absent);
    const folds = group.folds(condition.absent);
    return leaf(condition, n === 0, n, n === 0 ? `no ${condition.absent} event in scope` : `${condition.absent} present at ${where(folds[0])}`);
  }

  if ('sameValue' in condition) {
    const [a, b] = condition.sameValue;
    const aFolds = group.folds(a);
    const bFolds = group.folds(b);
    const aValues = new Set(aFolds.flatMap((f) => f.valuesOf(condition.field)));
    const shared = [...new Set(bFolds.flatMap((f) => f.valuesOf(condition.field)))].filter((v) => aValues.has(v));
    const ok = shared.length > 0;
    const detail = ok
      ? `${condition.field} ${shared.join(', ')} in both`
      : aFolds.length === 0 || bFolds.length === 0
        ? `needs both ${a} and ${b}; found ${aFolds.length === 0 ? `no ${a}` : `no ${b}`}`
        : `${a} ${condition.field} {${[...aValues].join(', ')}} and ${b} ${condition.field} {${bFolds.flatMap((f) => f.valuesOf(condition.field)).join(', ')}} differ`;
    const keep = (folds: Fold[]) => folds.filter((f) => f.valuesOf(condition.field).some((v) => shared.includes(v)));
    return leaf(condition, ok, shared.length, detail, new Map([[a, keep(aFolds)], [b, keep(bFolds)]]));
  }

  if ('concurrency' in condition) {
    const info = options.context.concurrency(group.run, group.recipe);
    const n = info?.count ?? 1;
    const ok = n >= condition.concurrency.gte;
    const detail = info && info.count > 1 ? `${n} recipes deploying at once (${info.recipes.join(', ')})` : 'ran alone: no other recipe deploying at the same time';
    return leaf(condition, ok, n, detail);
  }

  // yieldsTo: satisfied here, decided after all rules ran.
  const result = leaf(condition, true, 0, `no ${condition.yieldsTo.join('/')} finding for the recipe`);
  result.yieldsTo = [...condition.yieldsTo];
  return result;
}
