import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ScanEvent } from '../engine/engine.js';
import type { DetectedFormat } from '../inputs/detect.js';
import type { InputRef } from '../inputs/types.js';
import type { ByteRange, ScanProblem } from './types.js';
import type { LoadedFormat } from '../parsers/user/definition.js';
import { unpackEvents, type PackedEvents } from './packed-events.js';
import { workerThreads } from './lazy-builtins.js';
import type { SparseScanDetector } from './thread-policy.js';

/** One range of one file to scan. */
export interface RangeTask {
  input: InputRef;
  format: DetectedFormat;
  range: ByteRange;
}

/** What a worker is given once: every range of the scan, and the shared claim counters. */
export interface WorkerSetup {
  tasks: RangeTask[];
  /**
   * Int32Array over it: [0] the next range to claim, [1] how many ranges the main thread has
   * consumed, [2] the events of scanned ranges not yet consumed, [3 + w] the range worker w is
   * scanning (-1: none).
   */
  counters: SharedArrayBuffer;
  /** This worker's slot in `counters` (3 + its number). */
  slot: number;
  window: number;
  /** Events scanned ahead and not yet consumed past which no range is claimed ahead (EVENT_BUDGET). */
  budget: number;
  literals: readonly string[];
  tz: string;
  fullGrammar: boolean;
  /** User formats (--formats) as plain definitions: the worker builds the same format set from them. */
  formats: readonly LoadedFormat[];
  /** The scan's range size (ScanSettings.rangeBytes). */
  rangeBytes?: number;
}

export interface RangeResult {
  index: number;
  events: ScanEvent[];
  problems: ScanProblem[];
  lines: number;
  /**
   * Lines past the range that continue a multi-line event begun in it: [line, first line of the
   * event], range-relative.
   */
  absorbed?: Array<[number, number]>;
  /** Set when the range could not be scanned at all: its bytes are lost and the input must say so. */
  lost?: { from: number; to: number; reason: string };
  /** A worker's events, packed (scan/packed-events.ts): they come after `events`. */
  packed?: PackedEvents;
}

/** How a shared range scan runs: its workers' entry point, its event budget, when its workers start. */
export interface SharedRangeOptions {
  /** The worker's module (tests give their own). */
  entry?: URL;
  /** EVENT_BUDGET unless given. */
  budget?: number;
  /** Starts the workers once it finds this thread's ranges sparse; without one they start at once. */
  detector?: SparseScanDetector;
  /** Scans a range ahead of its turn for the detector (sampleAhead); none: ranges are judged in their turn only. */
  sample?: SampleHere;
}

/**
 * Scans a range in this thread ahead of its turn: its result, or undefined once it holds more
 * than `room` events (then it is scanned again in its turn).
 */
export type SampleHere = (task: RangeTask, index: number, room: number) => Promise<RangeResult | undefined>;

/** What a worker's setup takes from the scan's settings. */
export type WorkerSetupSettings = Pick<WorkerSetup, 'literals' | 'tz' | 'fullGrammar' | 'rangeBytes'> & { formats?: readonly LoadedFormat[] };

/** Scans a range in this thread straight into the consumer: its lines, events and lines absorbed past it. */
export type StreamHere = (task: RangeTask) => Promise<Pick<RangeResult, 'lines' | 'absorbed'> & { events: number }>;

/** Hands on the events of a range result: its own, then its packed ones, opened a batch at a time. */
export function forEachResultEvent(result: RangeResult, consume: (event: ScanEvent) => void): void {
  for (const event of result.events) consume(event);
  if (result.packed) unpackEvents(result.packed, consume);
}

function eventCount(result: RangeResult): number {
  return result.events.length + (result.packed?.count ?? 0);
}

/** Files at least this large are split into ranges of this size. */
export const RANGE_BYTES = 32 * 1024 * 1024;

const NEXT = 0;
const CONSUMED = 1;
const BUFFERED = 2;
const FIRST_SLOT = 3;
const NO_RANGE = -1;

/**
 * Events of ranges scanned ahead and not yet consumed, at most: past it nobody claims a range
 * ahead until the main thread catches up. On a dense log (most lines signatures or errors) the
 * main thread's rules and triage are the slower side; the workers still parse ahead, in parallel,
 * but what they hold stays bounded, whatever the input's size. A small budget costs nothing there
 * (the main thread is the limit) and keeps the peak low: on the bench's dense corpus 20,000
 * events peaked at 160 MB, 1,000 at 140 MB, in the same time.
 */
export const EVENT_BUDGET = 1_000;

/** How long close() waits for the workers to end on their own (a range being scanned is finished first). */
const CLOSE_GRACE_MS = 5000;

/** The worker's entry point: beside this module in the tsc build, one level up from the bundle's shared chunks. */
function workerEntry(): URL {
  for (const candidate of ['./worker.js', '../worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`the scan worker (worker.js) is missing beside ${fileURLToPath(import.meta.url)}: rebuild with npm run build`);
}

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
  for (let start = 0; start < size; start += rangeBytes) {
    const stop = start + rangeBytes >= size ? Number.POSITIVE_INFINITY : start + rangeBytes;
    ranges.push({ start, stop });
  }
  return ranges;
}

/**
 * The ranges of a scan, claimed from a shared counter by the workers and by the main thread
 * alike: whoever is free takes the next one, so neither side idles while the other finishes a
 * large file. The workers start at once, or once the main thread has found its share sparse
 * enough for them (scan/thread-policy.ts): until then it claims every range itself. The main
 * thread consumes results strictly in range order (so results never depend on scheduling) and
 * claims ranges itself while the one it needs is still being scanned. Nobody claims more than
 * `window` ranges past the last one consumed, which bounds the results held in memory however
 * large the input.
 */
export class SharedRangeScan {
  private readonly counters: Int32Array;
  private readonly results = new Map<number, RangeResult>();
  private readonly workers: Worker[] = [];
  /** Each worker's end, however it comes (its loop done, terminate(), a crash): what close() waits for. */
  private readonly exited: Array<Promise<void>> = [];
  /** Ranges a failed worker held, with why it failed: scanned again here when their turn comes. */
  private readonly orphans = new Map<number, string>();
  /** Ranges a sample gave up on (more events than may be kept ahead): scanned here in their turn. */
  private readonly unsampled = new Set<number>();
  private wake: (() => void) | undefined;

  private readonly entry: URL;
  private readonly budget: number;
  /** Undefined once the workers are started, or when they start at once. */
  private detector: SparseScanDetector | undefined;
  private readonly sample: SampleHere | undefined;

  /**
   * With a `detector`, no worker starts until it finds the ranges this thread scanned alone sparse
   * enough (scan/thread-policy.ts); without one, the workers start at once.
   */
  constructor(
    private readonly tasks: RangeTask[],
    private readonly threads: number,
    private readonly window: number,
    private readonly settings: WorkerSetupSettings,
    private readonly scanHere: (task: RangeTask, index: number) => Promise<RangeResult>,
    options: SharedRangeOptions = {},
  ) {
    this.entry = options.entry ?? workerEntry();
    this.budget = options.budget ?? EVENT_BUDGET;
    this.detector = options.detector;
    this.sample = options.sample;
    const counters = new SharedArrayBuffer(4 * (FIRST_SLOT + threads));
    this.counters = new Int32Array(counters);
    this.counters.fill(NO_RANGE, FIRST_SLOT);
    if (!this.detector) this.startWorkers();
  }

  /** Whether worker threads run (or ran) beside this one. */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  private startWorkers(): void {
    this.detector = undefined;
    const counters = this.counters.buffer as SharedArrayBuffer;
    const { settings, tasks, window, budget } = this;
    for (let i = 0; i < this.threads; i++) {
      const setup: WorkerSetup = {
        tasks,
        counters,
        window,
        budget,
        slot: FIRST_SLOT + i,
        ...settings,
        formats: settings.formats ?? [],
      };
      // A young generation smaller than the default: a worker's lines and events die young or
      // leave at once (packed for the main thread), and the default's semi-spaces would add tens
      // of megabytes to the process's peak. 8 MB rather than 3: a quarter of the scavenges and
      // about half their time (dense corpus 85 → 26 scavenges, 168 → 97 ms; verbose 355 → 90,
      // 430 → 240 ms, `--trace-gc`) for about 8 MB more peak RSS.
      const worker = new (workerThreads().Worker)(this.entry, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
      });
      worker.on('message', (result: RangeResult) => {
        this.results.set(result.index, result);
        this.wake?.();
      });
      // A worker that dies (out of memory on a dense range, a crash) must not take its range
      // with it: the range it held is scanned again in this thread, and the others go on.
      worker.on('error', (error) => this.orphan(FIRST_SLOT + i, error.message));
      worker.on('exit', (code) => { if (code !== 0) this.orphan(FIRST_SLOT + i, `exit code ${code}`); });
      this.exited.push(new Promise((resolve) => worker.once('exit', () => resolve())));
      this.workers.push(worker);
    }
  }

  /**
   * Scans the next ranges here, ahead of their turn, while the workers wait for the detector: a
   * scan whose first inputs are not cut into ranges (a run's own logs, read before its service
   * logs) would otherwise keep its workers idle until this thread reached the ranges, and scan
   * the sparse gigabyte after them alone meanwhile. What is scanned ahead stays within the event
   * budget: a range that holds more is given up (it is scanned here in its turn), and so is the
   * sampling, since such a range is not sparse.
   */
  async sampleAhead(): Promise<void> {
    const sample = this.sample;
    if (sample === undefined) return;
    while (this.detector) {
      const room = this.budget - Atomics.load(this.counters, BUFFERED);
      const claimed = room > 0 ? this.claim(Atomics.load(this.counters, CONSUMED)) : undefined;
      if (claimed === undefined) return;
      const result = await sample(this.tasks[claimed], claimed, room);
      if (result === undefined) {
        this.unsampled.add(claimed);
        return;
      }
      Atomics.add(this.counters, BUFFERED, eventCount(result));
      this.results.set(claimed, result);
      this.scannedAlone(this.tasks[claimed], eventCount(result));
    }
  }

  /** A range this thread scanned alone: the detector decides whether the workers start for the rest. */
  private scannedAlone(task: RangeTask, events: number): void {
    if (!this.detector) return;
    const { range, input } = task;
    const stop = Number.isFinite(range.stop) ? range.stop : input.size ?? range.start;
    if (this.detector.scanned(Math.max(0, stop - range.start), events)) this.startWorkers();
  }

  /** The range the worker in `slot` held when it failed, to be scanned again here. */
  private orphan(slot: number, reason: string): void {
    const held = Atomics.exchange(this.counters, slot, NO_RANGE);
    if (held !== NO_RANGE && !this.results.has(held)) this.orphans.set(held, reason);
    this.wake?.();
  }

  /**
   * The result of range `index`, scanning other ranges here while it is not ready. When the
   * main thread claims `index` itself, `streamHere` scans it straight into the consumer (no
   * events buffered) and the result returned carries only its line count.
   */
  async result(index: number, streamHere: StreamHere): Promise<RangeResult> {
    for (;;) {
      const ready = this.results.get(index);
      if (ready) {
        this.results.delete(index);
        Atomics.sub(this.counters, BUFFERED, eventCount(ready));
        Atomics.store(this.counters, CONSUMED, index + 1);
        Atomics.notify(this.counters, CONSUMED);
        return ready;
      }
      const orphaned = this.orphans.get(index);
      if (orphaned !== undefined) {
        this.orphans.delete(index);
        this.results.set(index, await this.retryHere(index, orphaned, streamHere));
        continue;
      }
      const claimed = this.unsampled.delete(index) ? index : this.claim(index);
      if (claimed === index) {
        const { lines, absorbed, events } = await streamHere(this.tasks[index]);
        const streamed: RangeResult = { index, events: [], problems: [], lines, ...(absorbed ? { absorbed } : {}) };
        this.results.set(index, streamed);
        this.scannedAlone(this.tasks[index], events);
        continue;
      }
      if (claimed !== undefined) {
        const ahead = await this.scanHere(this.tasks[claimed], claimed);
        Atomics.add(this.counters, BUFFERED, eventCount(ahead));
        this.results.set(claimed, ahead);
        continue;
      }
      await new Promise<void>((resolve) => { this.wake = resolve; });
      this.wake = undefined;
    }
  }

  /**
   * Scans a failed worker's range here, straight into the consumer, and says so. Should that fail
   * too, the range's bytes are reported as lost (exactly which), never silently dropped.
   */
  private async retryHere(index: number, reason: string, streamHere: StreamHere): Promise<RangeResult> {
    const { range, input } = this.tasks[index];
    const to = Number.isFinite(range.stop) ? range.stop : input.size ?? range.start;
    try {
      const { lines, absorbed } = await streamHere(this.tasks[index]);
      return { index, events: [], lines, ...(absorbed ? { absorbed } : {}), problems: [{ message: `a scan worker failed on bytes ${range.start}-${to} (${reason}); they were scanned again in the main thread: nothing lost`, line: 1 }] };
    } catch (error) {
      return { index, events: [], problems: [], lines: 0, lost: { from: range.start, to, reason: `${reason}; again in the main thread: ${(error as Error).message}` } };
    }
  }

  /**
   * Claims the next range if it lies within the window past `index` (only `index` itself while
   * the events scanned ahead exceed the budget).
   */
  private claim(index: number): number | undefined {
    const limit = Atomics.load(this.counters, BUFFERED) >= this.budget ? index : index + this.window;
    for (;;) {
      const next = Atomics.load(this.counters, NEXT);
      if (next >= this.tasks.length || next > limit) return undefined;
      if (Atomics.compareExchange(this.counters, NEXT, next, next + 1) === next) return next;
    }
  }

  async close(): Promise<void> {
    // Let a worker blocked on the window see that nothing more will be consumed.
    Atomics.store(this.counters, NEXT, this.tasks.length);
    Atomics.store(this.counters, CONSUMED, this.tasks.length + this.window);
    Atomics.notify(this.counters, CONSUMED);
    // Each worker's loop now finds no range left and ends, and the worker with it: that end is
    // what is waited for. terminate() is only for one that has not ended after CLOSE_GRACE_MS:
    // called on a worker still loading (a small scan that the main thread finished alone), it
    // never returned and the worker never exited (Node 20: one scan in about twenty of 366 small
    // ranges hung here, test/parsers/user-formats.test.ts).
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), CLOSE_GRACE_MS);
      timer.unref();
    });
    const ended = await Promise.race([Promise.all(this.exited), late]);
    clearTimeout(timer);
    if (ended !== 'late') return;
    for (const worker of this.workers) {
      worker.unref();
      worker.terminate().catch(() => undefined);
    }
  }
}

/**
 * Waits, holding no range, while the events scanned ahead exceed the budget: the main thread
 * claims the range it needs itself when nobody holds it, so a worker waiting here never blocks it.
 */
function waitForBudget(counters: Int32Array, tasks: number, budget: number): void {
  for (;;) {
    if (Atomics.load(counters, BUFFERED) < budget || Atomics.load(counters, NEXT) >= tasks) return;
    Atomics.wait(counters, CONSUMED, Atomics.load(counters, CONSUMED), 100);
  }
}

/** The loop a worker runs: wait for the budget, claim, wait for the window, scan, send, until no range is left. */
export async function workerLoop(
  setup: WorkerSetup,
  scan: (task: RangeTask, index: number) => Promise<RangeResult>,
  send: (result: RangeResult) => void,
): Promise<void> {
  const counters = new Int32Array(setup.counters);
  for (;;) {
    waitForBudget(counters, setup.tasks.length, setup.budget);
    const index = Atomics.add(counters, NEXT, 1);
    if (index >= setup.tasks.length) return;
    // Published before the scan: if this thread dies, the main thread knows which range to redo.
    Atomics.store(counters, setup.slot, index);
    for (;;) {
      const consumed = Atomics.load(counters, CONSUMED);
      if (index <= consumed + setup.window) break;
      Atomics.wait(counters, CONSUMED, consumed, 100);
    }
    const result = await scan(setup.tasks[index], index);
    // Counted before it is sent (packed ones too): the main thread subtracts it when it consumes the range.
    Atomics.add(counters, BUFFERED, eventCount(result));
    send(result);
    Atomics.store(counters, setup.slot, NO_RANGE);
  }
}
