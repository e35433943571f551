import { formatIso } from '../parsers/time.js';
import type { TriageEvidence } from './evidence.js';
import type { Finding } from '../engine/findings.js';
import type { RecipeSummary, RunTimeline, TimelineBar, TimelineLane, TimelineMark, UnexplainedFailure } from '../result.js';
import type { RecipeRecord, RunRecord } from './collector.js';

/** Earliest and latest of the instants seen, as milliseconds. */
class Extent {
  start?: number;
  end?: number;

  note(ts: number | undefined): void {
    if (ts === undefined || !Number.isFinite(ts)) return;
    if (this.start === undefined || ts < this.start) this.start = ts;
    if (this.end === undefined || ts > this.end) this.end = ts;
  }
}

const iso = (ts: number): string => formatIso(ts) ?? new Date(0).toISOString();

/**
 * A unit's tiers as spans: the harness's tier lines first; a tier it logs no start for comes
 * from its junit suite (timestamp plus the cases' times). A tier that never logged its end (the
 * sweep killed the run inside it) runs to the unit's last evidence and is marked open.
 */
function tierBars(record: RecipeRecord, row: RecipeSummary, unitEnd: number | undefined): TimelineBar[] {
  const bars: TimelineBar[] = [];
  const fromHarness = new Set<string>();
  for (const window of record.tierWindows) {
    if (window.start === undefined) continue;
    fromHarness.add(window.tier);
    const end = window.end ?? Math.max(window.start, unitEnd ?? window.start);
    const bar: TimelineBar = { tier: window.tier, start: iso(window.start), end: iso(end), source: 'harness' };
    if (row.tiers[window.tier] !== undefined) bar.result = row.tiers[window.tier];
    if (window.end === undefined) bar.open = true;
    bars.push(bar);
  }
  for (const span of record.junitSpans) {
    if (fromHarness.has(span.tier)) continue;
    const bar: TimelineBar = { tier: span.tier, start: iso(span.start), end: iso(span.start + span.seconds * 1000), source: 'junit' };
    if (row.tiers[span.tier] !== undefined) bar.result = row.tiers[span.tier];
    bars.push(bar);
  }
  return bars.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Each timestamped evidence line of the unit's findings, and the top line of each of its unexplained failures. */
function laneMarks(
  ingested: TriageEvidence, row: RecipeSummary,
  findings: readonly Finding[], unexplained: readonly UnexplainedFailure[],
): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const f of findings) {
    if (f.run !== row.run || f.recipe !== row.recipe) continue;
    for (const e of f.evidence) if (e.ts) marks.push({ at: e.ts, finding: f.id, path: e.path, line: e.line });
  }
  const recipe = row.unit?.kind === 'recipe' || row.unit === undefined ? row.recipe : undefined;
  const candidates = ingested.candidates.candidates(row.run, recipe);
  unexplained.forEach((u, index) => {
    if (u.run !== row.run || u.recipe !== row.recipe || u.lines.length === 0) return;
    const top = u.lines[0];
    const ts = candidates.find((c) => c.path === top.path && c.line === top.line)?.firstTs;
    if (ts !== undefined) marks.push({ at: iso(ts), unexplained: index, path: top.path, line: top.line });
  });
  return marks.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function lane(
  ingested: TriageEvidence, run: RunRecord, row: RecipeSummary,
  findings: readonly Finding[], unexplained: readonly UnexplainedFailure[], extent: Extent,
): TimelineLane {
  const record = row.unit === undefined || row.unit.kind === 'recipe' ? run.recipes.get(row.recipe) : undefined;
  const window = record?.window ?? {};
  // The unit's last evidence: a killed tier's bar ends there, not at the sweep's line about it.
  const unitEnd = Math.max(record?.extent.end ?? -Infinity, window.end ?? -Infinity);
  const out: TimelineLane = {
    recipe: row.recipe,
    bars: record ? tierBars(record, row, Number.isFinite(unitEnd) ? unitEnd : undefined) : [],
    marks: laneMarks(ingested, row, findings, unexplained),
    restarts: ingested.failures.restarts(row.run, record ? row.recipe : undefined)
      .filter((r) => record !== undefined || r.service === row.recipe)
      .map((r) => ({ at: iso(r.ts), service: r.service, task: r.task, path: r.path, line: r.line })),
  };
  if (row.unit) out.unit = row.unit;
  const load = record ? run.concurrency(row.recipe) : undefined;
  if (load && window.start !== undefined) out.concurrency = load.count;
  if (window.start !== undefined) out.start = iso(window.start);
  if (window.end !== undefined) out.end = iso(window.end);
  extent.note(window.start);
  extent.note(window.end);
  for (const bar of out.bars) { extent.note(Date.parse(bar.start)); extent.note(Date.parse(bar.end)); }
  for (const mark of out.marks) extent.note(Date.parse(mark.at));
  for (const restart of out.restarts) extent.note(Date.parse(restart.at));
  return out;
}

/** How many recipes were deploying from each instant on: a step each time a window opens or closes. */
function concurrencySteps(run: RunRecord): Array<{ at: string; count: number }> {
  const points: Array<[number, number]> = [];
  for (const record of run.recipes.values()) {
    const w = record.window;
    if (w.start === undefined || w.end === undefined) continue;
    points.push([w.start, 1], [w.end, -1]);
  }
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const steps: Array<{ at: string; count: number }> = [];
  let count = 0;
  for (const [ts, delta] of points) {
    count += delta;
    const at = iso(ts);
    if (steps.length > 0 && steps[steps.length - 1].at === at) steps[steps.length - 1].count = count;
    else steps.push({ at, count });
  }
  return steps;
}

/**
 * A run over time, for the HTML report's picture of it: one lane per unit of the table with its
 * tiers, evidence and restarts, and the concurrency curve. Undefined when nothing in the run
 * carries a timestamp.
 */
export function runTimeline(
  ingested: TriageEvidence, runId: string, rows: readonly RecipeSummary[],
  findings: readonly Finding[], unexplained: readonly UnexplainedFailure[],
): RunTimeline | undefined {
  const run = ingested.collector.run(runId);
  const extent = new Extent();
  extent.note(run.started);
  const lanes = rows
    .filter((r) => r.run === runId)
    .map((row) => lane(ingested, run, row, findings, unexplained, extent));
  if (extent.start === undefined || extent.end === undefined) return undefined;
  const timeline: RunTimeline = { start: iso(extent.start), end: iso(extent.end), lanes };
  const steps = concurrencySteps(run);
  if (steps.length > 0) timeline.concurrency = steps;
  return timeline;
}
