/**
 * The order inputs are scanned in, and which of them are cut into byte ranges for the worker
 * threads: a scan's plan, made once every input's head is read.
 */
import type { DetectedInput } from '../inputs/heads.js';
import type { InputRef, RunRef } from '../inputs/types.js';
import { splitRanges, workerCount, type RangeTask } from './pool.js';

/**
 * Within a run, the inputs that give its structure come first (the sweep log, canonical.json,
 * junit files), so recipes and tiers are known before the other logs are read.
 */
const ROLE_PRIORITY: Readonly<Record<string, number>> = { 'sweep-log': 0, 'canonical-json': 1, junit: 2 };

/** Inputs in scan order: run by run, structure first, then as they were found. */
export function scanOrder(
  detected: readonly DetectedInput[], runs: readonly RunRef[], found: readonly InputRef[],
): DetectedInput[] {
  const runOrder = new Map(runs.map((r, i) => [r.id, i]));
  const position = new Map(found.map((input, i) => [input, i]));
  const role = (d: DetectedInput) => ROLE_PRIORITY[d.format?.format ?? ''] ?? 9;
  return [...detected].sort((a, b) =>
    (runOrder.get(a.input.run)! - runOrder.get(b.input.run)!) || (role(a) - role(b))
    || (position.get(a.input)! - position.get(b.input)!));
}

/** The ranges of a scan: every range task, each input's tasks (by its index in scan order), and the threads. */
export interface RangePlan {
  tasks: RangeTask[];
  tasksOf: Map<number, number[]>;
  threads: number;
  /**
   * The threads were not asked for (--workers): they start only once the main thread finds the
   * scan sparse enough for them (scan/thread-policy.ts).
   */
  onlyIfSparse: boolean;
}

export interface RangeOptions {
  /** Worker threads: undefined decides by the bytes to scan, 0 scans in this thread. */
  workers?: number;
  /** Size of the ranges a file is cut into (tests make it small). */
  rangeBytes?: number;
  /** Every line is handed on (the `parse` command): nothing is cut into ranges. */
  everyLine?: boolean;
}

/**
 * Plain line files on disk of a known size: the only inputs a worker can read from any byte. A run's
 * own log stays on the main thread: its commonest line, a passing test's result, takes the main
 * thread's shortcut (ScanSink.passingTest), where from a worker each would cost an unpacking and the
 * full path, and it is read before the run's service logs anyway. The bench's verbose corpus (300,000
 * passing results in its run logs) with `--workers 1`: 1.70–1.72 s with its run logs in ranges,
 * 1.17–1.23 s without.
 */
function poolable(d: DetectedInput, options: RangeOptions): boolean {
  return d.format?.structure === 'lines' && d.format.format !== 'sweep-log'
    && d.input.fsPath !== undefined && !d.gzip && !d.input.encoding && !options.everyLine && d.input.size !== undefined;
}

/** Large plain line files cut into ranges for the worker threads; none when the scan is too small for threads. */
export function planRanges(ordered: readonly DetectedInput[], options: RangeOptions): RangePlan {
  const bytes = ordered.filter((d) => poolable(d, options)).reduce((n, d) => n + (d.input.size ?? 0), 0);
  const threads = workerCount(bytes, options.workers);
  const plan: RangePlan = { tasks: [], tasksOf: new Map(), threads, onlyIfSparse: options.workers === undefined };
  if (plan.threads === 0) return plan;
  ordered.forEach((d, index) => {
    if (!poolable(d, options)) return;
    const indices: number[] = [];
    for (const range of splitRanges(d.input.size!, options.rangeBytes)) {
      indices.push(plan.tasks.length);
      plan.tasks.push({ input: d.input, format: d.format!, range });
    }
    plan.tasksOf.set(index, indices);
  });
  return plan;
}

/**
 * Ranges may be scanned this far ahead of their turn: enough that no worker idles while the main
 * thread reads a run's structure (its sweep log and junit files are read there, before the run's
 * service logs, which are dozens of one-range files). What the ranges scanned ahead hold is
 * bounded by the event budget (scan/pool.ts), not by their number.
 */
export function scanAhead(threads: number): number {
  return threads * 32 + 2;
}
