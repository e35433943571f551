import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ScanEvent } from '../engine/engine.js';
import type { DetectedFormat } from '../inputs/detect.js';
import type { InputRef } from '../inputs/types.js';
import type { ByteRange, ScanProblem } from './scan-input.js';

export interface RangeTask {
  id: number;
  input: InputRef;
  format: DetectedFormat;
  range: ByteRange;
  literals: readonly string[];
  tz: string;
  fullGrammar: boolean;
}

export interface RangeResult {
  id: number;
  events: ScanEvent[];
  problems: ScanProblem[];
  lines: number;
}

/** Files at least this large are split into ranges for the workers. */
export const RANGE_BYTES = 32 * 1024 * 1024;

/**
 * How many worker threads a scan of `bytes` of line files deserves: none for small inputs
 * (a worker's start-up costs more than it saves), else one per core beyond the main thread's,
 * which scans ranges too.
 */
export function workerCount(bytes: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  if (bytes < 48 * 1024 * 1024) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

/** Splits a file into ranges of about RANGE_BYTES (a range owns the lines that start in it). */
export function splitRanges(size: number, rangeBytes = RANGE_BYTES): ByteRange[] {
  if (size <= rangeBytes) return [{ start: 0, stop: Number.POSITIVE_INFINITY }];
  const ranges: ByteRange[] = [];
  for (let start = 0; start < size; start += rangeBytes) ranges.push({ start, stop: start + rangeBytes >= size ? Number.POSITIVE_INFINITY : start + rangeBytes });
  return ranges;
}

/**
 * A fixed pool of scan workers. `submit` posts a range to the worker with the fewest ranges
 * outstanding at once: a worker queues them in its own message queue, so it never waits for
 * the main thread (busy scanning ranges of its own) to hand it the next one. Results come back
 * as promises the caller awaits in submission order, so events reach the engine in file order;
 * the caller bounds how many are outstanding, which bounds the memory held by results.
 */
export class ScanPool {
  private readonly workers: Array<{ worker: Worker; outstanding: number }> = [];
  private readonly pending = new Map<number, { resolve: (r: RangeResult) => void; reject: (e: Error) => void; slot: { outstanding: number } }>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      // A small young generation: a worker allocates little but lines and events, and the default
      // semi-spaces alone would add tens of megabytes to the process's peak.
      const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot = { worker, outstanding: 0 };
      worker.on('message', (result: RangeResult) => {
        const waiting = this.pending.get(result.id);
        this.pending.delete(result.id);
        slot.outstanding -= 1;
        waiting?.resolve(result);
      });
      worker.on('error', (error) => {
        for (const [id, waiting] of this.pending) {
          if (waiting.slot !== slot) continue;
          this.pending.delete(id);
          waiting.reject(error);
        }
      });
      this.workers.push(slot);
    }
  }

  submit(task: Omit<RangeTask, 'id'>): Promise<RangeResult> {
    const slot = this.workers.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    const id = this.nextId++;
    slot.outstanding += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ ...task, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
