/**
 * On a dense log the workers keep parsing ahead of the main thread, in parallel, while what they
 * hold stays bounded: no range is claimed ahead once the events scanned and not yet consumed
 * exceed the budget.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ScanEvent } from '../../src/engine/engine.js';
import { forEachResultEvent, SharedRangeScan, splitRanges, type RangeResult, type RangeTask } from '../../src/scan/pool.js';
import type { InputRef } from '../../src/inputs/types.js';
import { ROOT, tempDir } from '../helpers.js';

const EVENTS_PER_RANGE = 100;

/**
 * A worker that claims ranges like the real one; each range gives EVENTS_PER_RANGE events marked
 * as its, sent as they are or packed as the real worker sends them.
 */
function denseWorker(dir: string, packed: boolean): URL {
  const module = (name: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'src', 'scan', name)).href);
  const file = path.join(dir, `dense-worker-${packed ? 'packed' : 'plain'}.mjs`);
  const scan = packed
    ? `async (task, index) => ({ index, events: [], packed: packEvents(events(${EVENTS_PER_RANGE})), problems: [], lines: ${EVENTS_PER_RANGE} })`
    : `async (task, index) => ({ index, events: events(${EVENTS_PER_RANGE}), problems: [], lines: ${EVENTS_PER_RANGE} })`;
  const send = packed ? '(r) => parentPort.postMessage(r, transferList(r.packed))' : '(r) => parentPort.postMessage(r)';
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';
import { workerLoop } from ${module('pool.js')};
import { packEvents, transferList } from ${module('packed-events.js')};
const events = (n) => Array.from({ length: n }, (_, i) => ({ path: 'worker', line: i + 1, format: 'text', message: '', fields: {}, text: '', hits: [] }));
await workerLoop(workerData, ${scan}, ${send});
`);
  return pathToFileURL(file);
}

function tasks(count: number): RangeTask[] {
  const input: InputRef = { path: 'x.log', fsPath: '/nonexistent/x.log', run: 'r', size: count * 100 };
  return splitRanges(count * 100, 100).map((range) => ({ input, format: { format: 'text', structure: 'lines' }, range }));
}

const SETTINGS = { literals: [], tz: 'UTC', fullGrammar: false };

function hereEvents(): ScanEvent[] {
  return Array.from({ length: EVENTS_PER_RANGE }, (_, i) => ({ path: 'here', line: i + 1, format: 'text', message: '', fields: {}, text: '', hits: [] }));
}

/** The events held in results not yet consumed. */
function held(scan: SharedRangeScan): number {
  const results = (scan as unknown as { results: Map<number, RangeResult> }).results;
  return [...results.values()].reduce((n, r) => n + r.events.length + (r.packed?.count ?? 0), 0);
}

for (const packed of [false, true]) {
  test(`a dense scan: the worker parses ahead while the main thread is busy, and holds at most the budget (+ a range per thread)${packed ? ', its events packed' : ''}`, async () => {
    const all = tasks(60);
    const budget = 1000;
    const scanHere = (_task: RangeTask, index: number): Promise<RangeResult> =>
      Promise.resolve({ index, events: hereEvents(), problems: [], lines: EVENTS_PER_RANGE });
    const scan = new SharedRangeScan(all, 1, 50, SETTINGS, scanHere, { entry: denseWorker(tempDir(), packed), budget });
    const fromWorker: number[] = [];
    let mostHeld = 0;
    for (let i = 0; i < all.length; i++) {
      const streamHere = () => Promise.resolve({ lines: EVENTS_PER_RANGE, events: EVENTS_PER_RANGE });
      const result = await scan.result(i, streamHere);
      const paths: string[] = [];
      forEachResultEvent(result, (event) => paths.push(event.path));
      if (paths[0] === 'worker') fromWorker.push(i);
      // The main thread's rules and triage: slower than the worker's parsing.
      await new Promise((resolve) => setTimeout(resolve, 5));
      mostHeld = Math.max(mostHeld, held(scan));
    }
    await scan.close();
    assert.ok(fromWorker.length > all.length / 4, `the worker scanned ${fromWorker.length} of ${all.length} ranges`);
    assert.ok(mostHeld <= budget + 2 * EVENTS_PER_RANGE, `held ${mostHeld} events, budget ${budget}`);
    assert.ok(mostHeld >= budget / 2, `the worker ran ahead (held at most ${mostHeld})`);
  });
}

test.run();
