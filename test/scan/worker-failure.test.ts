/**
 * A scan worker that fails never drops input: the range it held is scanned again in the main
 * thread and the input says so; only when that fails too is the exact range reported as lost
 * (exit 2).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { SharedRangeScan, splitRanges, type RangeResult, type RangeTask } from '../../src/scan/pool.js';
import type { InputRef } from '../../src/inputs/types.js';
import { ROOT, tempDir } from '../helpers.js';
import { GITEA_LINE } from '../cli/fixtures.js';

/** A worker that claims ranges like the real one and dies on the first. */
function failingWorker(dir: string): URL {
  const pool = pathToFileURL(path.join(ROOT, 'dist', 'src', 'scan', 'pool.js')).href;
  const file = path.join(dir, 'failing-worker.mjs');
  writeFileSync(file, `import { workerData } from 'node:worker_threads';
import { workerLoop } from ${JSON.stringify(pool)};
await workerLoop(workerData, async () => { throw new Error('injected worker failure'); }, () => {});
`);
  return pathToFileURL(file);
}

function tasks(size: number, rangeBytes: number): RangeTask[] {
  const input: InputRef = { path: 'x.log', fsPath: '/nonexistent/x.log', run: 'r', size };
  return splitRanges(size, rangeBytes).map((range) => ({ input, format: { format: 'text', structure: 'lines' }, range }));
}

const SETTINGS = { literals: [], tz: 'UTC', fullGrammar: false };

/** The main thread's own scan of a range in these tests: ten lines, nothing else. */
const tenLinesHere = (_task: RangeTask, index: number): Promise<RangeResult> =>
  Promise.resolve({ index, events: [], problems: [], lines: 10 });

/** Until the worker has died (the range it claimed first is then an orphan). */
async function workerDied(scan: SharedRangeScan): Promise<void> {
  const orphans = (scan as unknown as { orphans: Map<number, string> }).orphans;
  while (!orphans.size) await new Promise((r) => setTimeout(r, 5));
}

test('the range a dying worker held is scanned again here, with a notice; no range is lost', async () => {
  const all = tasks(400, 100);
  const streamed: number[] = [];
  const scan = new SharedRangeScan(all, 1, 8, SETTINGS, tenLinesHere, { entry: failingWorker(tempDir()) });
  await workerDied(scan);
  const results = [];
  for (let i = 0; i < all.length; i++) {
    const streamHere = () => {
      streamed.push(i);
      return Promise.resolve({ lines: 10, events: 0 });
    };
    results.push(await scan.result(i, streamHere));
  }
  await scan.close();
  assert.equal(results.map((r) => r.lines), [10, 10, 10, 10]);
  assert.equal(streamed.includes(0), true, 'range 0 (the worker\'s) scanned here');
  assert.equal(results[0].problems.map((p) => p.message), ['a scan worker failed on bytes 0-100 (injected worker failure); they were scanned again in the main thread: nothing lost']);
  assert.ok(results.every((r) => r.lost === undefined));
});

test('when the retry fails too, the exact range is reported lost', async () => {
  const all = tasks(400, 100);
  const scan = new SharedRangeScan(all, 1, 8, SETTINGS, tenLinesHere, { entry: failingWorker(tempDir()) });
  await workerDied(scan);
  const first = await scan.result(0, () => Promise.reject(new Error('disk gone')));
  await scan.close();
  assert.equal(first.lost, { from: 0, to: 100, reason: 'injected worker failure; again in the main thread: disk gone' });
});

// A worker once held a range's 100,000 events until the range ended and ran out of memory here
// (its range was then scanned again in the main thread); it now packs them as they come.
test('a dense 66 MB crash loop: the worker does not run out of memory; every line counted, the finding whole', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'g.log');
  const lines = 200_000;
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    const block = `${GITEA_LINE}\n`.repeat(1000);
    for (let i = 0; i < lines / 1000; i++) out.write(block);
    out.end(resolve);
  });
  const harmless = path.join(dir, 'server.log');
  writeFileSync(harmless, 'all fine\n'.repeat(28));
  const result = await analyze({ paths: [file, harmless], rules: await loadRules(), workers: 1 });
  const dense = result.inputs.find((i) => i.path === file)!;
  assert.is(dense.events, lines);
  assert.is(result.inputs.find((i) => i.path === harmless)!.events, 28);
  assert.equal(dense.errors, [], 'no worker failed, no range was scanned again');
  assert.is(result.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt')?.evidence[0].count, lines);
});

test.run();
