import { forEachResultEvent, SharedRangeScan, type RangeTask } from './pool.js';
import { scanAhead, type RangePlan } from './plan.js';
import { SparseScanDetector } from './thread-policy.js';
import { sampleRange, scanLines, scanRange, type ScanSettings } from './scan-input.js';
import type { ScanSink } from './types.js';

/**
 * One input scanned as its ranges, consumed in order whoever scanned them (a worker, or this
 * thread when none had): range-relative line numbers become file lines once the ranges before are
 * counted, and a multi-line event a range read past its end to finish keeps its lines. Returns the
 * input's line count. `tasks` are the input's range tasks, by their index in the scan's plan.
 */
export async function scanRanges(
  shared: SharedRangeScan, tasks: readonly number[], settings: ScanSettings, sink: ScanSink,
): Promise<number> {
  let lineOffset = 0;
  let handedOn = 0;
  // Lines of a range that continue a multi-line event of the range before (it read past its end to join them).
  const continuing = new Map<number, number>();
  for (const task of tasks) {
    const offset = lineOffset;
    const shifted: ScanSink = {
      event: (event) => {
        event.line += offset;
        if (event.partOf !== undefined) event.partOf += offset;
        else {
          // Set only when it continues a block: an event of a range is the event one thread would hand on.
          const partOf = continuing.get(event.line);
          if (partOf !== undefined) event.partOf = partOf;
        }
        handedOn += 1;
        sink.event(event);
      },
      passingTest: (event) => {
        // A line the range before read on to finish its block is that block's: the ordinary path says so.
        if (continuing.has(event.line + offset)) { shifted.event(event); return; }
        event.line += offset;
        handedOn += 1;
        if (sink.passingTest) sink.passingTest(event);
        else sink.event(event);
      },
      problem: (p) => sink.problem({ ...p, ...(p.line !== undefined ? { line: p.line + offset } : {}) }),
    };
    const here = async (t: RangeTask) => {
      const before = handedOn;
      const { lines, absorbed } = await scanLines(t.input, t.format, undefined, false, settings, shifted, t.range);
      return { lines, absorbed, events: handedOn - before };
    };
    const result = await shared.result(task, here);
    if (result.lost) {
      const { from, to, reason } = result.lost;
      const message = `bytes ${from}-${to} could not be scanned (${reason}): their lines are missing from this report, `
        + `and lines after them are numbered from line ${offset + 1}`;
      sink.problem({ message, offset: from, lost: { from, to }, fatal: true });
    }
    forEachResultEvent(result, (event) => shifted.event(event));
    for (const p of result.problems) shifted.problem(p);
    for (const [line, partOf] of result.absorbed ?? []) continuing.set(line + offset, partOf + offset);
    lineOffset += result.lines;
  }
  return lineOffset;
}

/** Starts the worker threads on a plan's ranges; none when the plan cuts no input. */
export function startRangeScan(
  plan: RangePlan, settings: ScanSettings, fullGrammar: boolean,
): SharedRangeScan | undefined {
  if (plan.tasks.length === 0) return undefined;
  const { literals, tz, rangeBytes } = settings;
  const setup = { literals, tz, fullGrammar, formats: settings.formats?.definitions, rangeBytes };
  const scanHere = (task: RangeTask, i: number) => scanRange(task, i, settings);
  const detector = plan.onlyIfSparse ? new SparseScanDetector() : undefined;
  const sample = (task: RangeTask, i: number, room: number) => sampleRange(task, i, settings, room);
  const { tasks, threads } = plan;
  return new SharedRangeScan(tasks, threads, scanAhead(threads), setup, scanHere, { detector, sample });
}
