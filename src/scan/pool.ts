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

/** How many worker threads a scan of `bytes` of line files deserves: none for small inputs (startup costs more than it saves). */
export function workerCount(bytes: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  if (bytes < 48 * 1024 * 1024) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4));
}

/** Splits a file into ranges of about RANGE_BYTES (a range owns the lines that start in it). */
export function splitRanges(size: number, rangeBytes = RANGE_BYTES): ByteRange[] {
  if (size <= rangeBytes) return [{ start: 0, stop: Number.POSITIVE_INFINITY }];
  const ranges: ByteRange[] = [];
  for (let start = 0; start < size; start += rangeBytes) ranges.push({ start, stop: start + rangeBytes >= size ? Number.POSITIVE_INFINITY : start + rangeBytes });
  return ranges;
}

/**
 * A fixed pool of scan workers. `submit` queues a range; results come back as promises the
 * caller awaits in submission order, so events reach the engine in file order. At most
 * `maxPending` ranges are in flight or waiting to be consumed, which bounds the memory held by
 * results however large the input.
 */
export class ScanPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ task: RangeTask; resolve: (r: RangeResult) => void; reject: (e: Error) => void }> = [];
  private readonly running = new Map<Worker, { resolve: (r: RangeResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      worker.on('message', (result: RangeResult) => {
        const pending = this.running.get(worker);
        this.running.delete(worker);
        this.idle.push(worker);
        pending?.resolve(result);
        this.dispatch();
      });
      worker.on('error', (error) => {
        const pending = this.running.get(worker);
        this.running.delete(worker);
        pending?.reject(error);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  submit(task: Omit<RangeTask, 'id'>): Promise<RangeResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { ...task, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { task, resolve, reject } = this.queue.shift()!;
      this.running.set(worker, { resolve, reject });
      worker.postMessage(task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
