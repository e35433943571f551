/**
 * An automatic scan starts its workers only once the main thread has found its own ranges sparse
 * (scan/thread-policy.ts): on a dense log a worker costs more than it saves.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planRanges } from '../../src/scan/plan.js';
import { forEachResultEvent, SharedRangeScan, splitRanges, type RangeResult, type RangeTask } from '../../src/scan/pool.js';
import { SparseScanDetector, SPARSE_EVENTS_PER_MB } from '../../src/scan/thread-policy.js';
import type { InputRef } from '../../src/inputs/types.js';
import { ROOT, tempDir } from '../helpers.js';

test('a window is judged only once it is full, each window on its own', () => {
  const detector = new SparseScanDetector(1e6, SPARSE_EVENTS_PER_MB);
  assert.is(detector.scanned(600_000, 0), false, 'not a whole window yet');
  assert.is(detector.scanned(600_000, 200), false, '200 events in 1.2 MB: dense');
  assert.is(detector.scanned(500_000, 0), false, 'the dense window is forgotten, the next is not full');
  assert.is(detector.scanned(500_000, SPARSE_EVENTS_PER_MB), true, 'exactly the threshold is sparse');
  assert.is(detector.scanned(1e6, SPARSE_EVENTS_PER_MB + 1), false, 'one event more is not');
});

/** A worker that claims ranges like the real one and marks the one event of each range as its. */
function markingWorker(dir: string): URL {
  const module = JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'src', 'scan', 'pool.js')).href);
  const file = path.join(dir, 'marking-worker.mjs');
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';
import { workerLoop } from ${module};
const event = { path: 'worker', line: 1, format: 'text', message: '', fields: {}, text: '', hits: [] };
await workerLoop(workerData, async (task, index) => ({ index, events: [event], problems: [], lines: 1 }), (r) => parentPort.postMessage(r));
`);
  return pathToFileURL(file);
}

function tasks(count: number): RangeTask[] {
  const input: InputRef = { path: 'x.log', fsPath: '/nonexistent/x.log', run: 'r', size: count * 100 };
  return splitRanges(count * 100, 100).map((range) => ({ input, format: { format: 'text', structure: 'lines' }, range }));
}

/** Consumes every range in order; the main thread's ranges hold `eventsHere` events each. Who scanned each range. */
async function scannedBy(eventsHere: number): Promise<{ here: number[]; worker: number[]; threaded: boolean }> {
  const all = tasks(40);
  const notHere = (): Promise<RangeResult> => Promise.reject(new Error('no range is scanned ahead in this test'));
  // A window of three ranges; sparse means no event at all at this size.
  const detector = new SparseScanDetector(300, SPARSE_EVENTS_PER_MB);
  const settings = { literals: [], tz: 'UTC', fullGrammar: false };
  const scan = new SharedRangeScan(all, 1, 0, settings, notHere, { entry: markingWorker(tempDir()), detector });
  const here: number[] = [];
  const worker: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const result = await scan.result(i, async () => {
      here.push(i);
      // A range takes a while here, so that a started worker gets to claim the next one.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { lines: 1, events: eventsHere };
    });
    forEachResultEvent(result, (event) => { if (event.path === 'worker') worker.push(i); });
  }
  const { threaded } = scan;
  await scan.close();
  return { here, worker, threaded };
}

test('a dense scan stays on the main thread: no worker starts', async () => {
  const { here, worker, threaded } = await scannedBy(1);
  assert.is(threaded, false);
  assert.is(here.length, 40);
  assert.equal(worker, []);
});

test('a sparse scan starts its workers after the first window, and they take ranges from there', async () => {
  const { here, worker, threaded } = await scannedBy(0);
  assert.is(threaded, true);
  assert.equal(here.slice(0, 3), [0, 1, 2]);
  assert.ok(worker.length > 0, 'the worker scanned ranges');
  assert.ok(worker.every((i) => i >= 3), 'none before the first window was judged');
  assert.is(here.length + worker.length, 40, 'every range once');
});

interface Sampled {
  samples: number[];
  rooms: number[];
  here: number[];
  worker: number[];
  threaded: boolean;
  beforeConsuming: boolean;
}

/**
 * Consumes every range in order after sampling ahead, as a scan does before its first input;
 * `sampled` answers a sample of a range (undefined: it holds more events than the room).
 */
async function sampledThenConsumed(
  sampled: (index: number, room: number) => RangeResult | undefined,
): Promise<Sampled> {
  const all = tasks(40);
  const here: number[] = [];
  // While it waits for a worker's range, the main thread scans the next ones ahead (the window is 6).
  const ahead = (_task: RangeTask, index: number): Promise<RangeResult> => {
    here.push(index);
    return Promise.resolve({ index, events: [], problems: [], lines: 1 });
  };
  const detector = new SparseScanDetector(300, SPARSE_EVENTS_PER_MB);
  const settings = { literals: [], tz: 'UTC', fullGrammar: false };
  const samples: number[] = [];
  const rooms: number[] = [];
  const sample = (_task: RangeTask, index: number, room: number) => {
    samples.push(index);
    rooms.push(room);
    return Promise.resolve(sampled(index, room));
  };
  const scan = new SharedRangeScan(all, 1, 6, settings, ahead, { entry: markingWorker(tempDir()), detector, sample });
  await scan.sampleAhead();
  const beforeConsuming = scan.threaded;
  const worker: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const result = await scan.result(i, async () => {
      here.push(i);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { lines: 1, events: 1 };
    });
    forEachResultEvent(result, (event) => { if (event.path === 'worker') worker.push(i); });
  }
  const { threaded } = scan;
  await scan.close();
  return { samples, rooms, here, worker, threaded, beforeConsuming };
}

test('sparse ranges sampled ahead start the workers before the main thread reaches its first range', async () => {
  const r = await sampledThenConsumed((index) => ({ index, events: [], problems: [], lines: 1 }));
  assert.equal(r.samples, [0, 1, 2], 'one window sampled, then the detector starts the workers');
  assert.is(r.beforeConsuming, true, 'threads run before any range is consumed');
  assert.equal(r.rooms, [1000, 1000, 1000], 'the event budget is the room of each sample');
  assert.ok(r.here.every((i) => i >= 3), 'a sampled range is not scanned again');
  assert.ok(r.worker.every((i) => i >= 3));
  assert.ok(r.worker.length > 0);
  assert.is(r.samples.length + r.here.length + r.worker.length, 40, 'every range once');
});

test('a sample that holds more events than the room is given up: scanned in its turn, and sampling stops', async () => {
  const r = await sampledThenConsumed(() => undefined);
  assert.equal(r.samples, [0], 'no range after the given-up one is sampled');
  assert.is(r.beforeConsuming, false);
  assert.is(r.here[0], 0, 'the given-up range is scanned here, in its turn');
  assert.is(r.threaded, false, 'ranges of one event each stay dense: no worker');
  assert.is(r.here.length, 40);
});

test('sampled events count against the budget: sampling stops when none is left', async () => {
  const event = { path: 'sample', line: 1, format: 'text', message: '', fields: {}, text: '', hits: [] };
  const events = (room: number) => Array.from({ length: Math.min(room, 400) }, () => ({ ...event }));
  const r = await sampledThenConsumed((index, room) => ({ index, events: events(room), problems: [], lines: 1 }));
  assert.equal(r.rooms, [1000, 600, 200], 'each sample has the room the ones before left');
  assert.is(r.beforeConsuming, false, '400 events in a window of 300 bytes is dense');
  assert.is(r.samples.length + r.here.length, 40, 'every range once, on the main thread');
});

test('threads start at once when asked for (--workers), only if sparse when not', () => {
  const input: InputRef = { path: 'big.log', fsPath: '/nonexistent/big.log', run: 'r', size: 100e6 };
  const ordered = [{ input, format: { format: 'text', structure: 'lines' as const }, gzip: false }];
  assert.is(planRanges(ordered, {}).onlyIfSparse, true);
  assert.is(planRanges(ordered, { workers: 1 }).onlyIfSparse, false);
});

test("a run's own log is never cut into ranges: its passing results take the main thread's shortcut", () => {
  const service: InputRef = { path: 'app.log', fsPath: '/nonexistent/app.log', run: 'r', size: 100e6 };
  const runLog: InputRef = { path: 'run.log', fsPath: '/nonexistent/run.log', run: 'r', size: 100e6 };
  const ordered = [
    { input: runLog, format: { format: 'sweep-log', structure: 'lines' as const }, gzip: false },
    { input: service, format: { format: 'text', structure: 'lines' as const }, gzip: false },
  ];
  const plan = planRanges(ordered, { workers: 1 });
  assert.is(plan.tasksOf.has(0), false, 'the run log is read front to back');
  assert.ok((plan.tasksOf.get(1)?.length ?? 0) > 1, 'the service log is cut into ranges');
  assert.ok(plan.tasks.every((t) => t.input === service));
});

test.run();
