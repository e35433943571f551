/**
 * A range scanned ahead as a sample of a scan's density (scan/pool.ts sampleAhead) keeps what it
 * found only while its events fit the room it is given: past it, the read stops and the range is
 * left to be scanned in its turn.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLiteralTable } from '../../src/analyze.js';
import { bytePrefilter } from '../../src/prefilter/byte-prefilter.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { RangeTask } from '../../src/scan/pool.js';
import { sampleRange, scanRange, type ScanSettings } from '../../src/scan/scan-input.js';
import { tempDir } from '../helpers.js';

async function settings(): Promise<ScanSettings> {
  const literals = buildLiteralTable(await loadRules()).list;
  return { tz: 'UTC', literals, prefilter: bytePrefilter(literals) };
}

/** A log of `errors` error lines, each between two quiet ones, 3 MB or more: several read chunks. */
function denseLog(errors: number): RangeTask {
  const file = path.join(tempDir(), 'app.log');
  const lines: string[] = [];
  for (let i = 0; i < errors; i++) {
    lines.push(`2026-12-06T10:00:00Z INFO request ${i} served in 3ms ${'x'.repeat(400)}`);
    lines.push(`2026-12-06T10:00:01Z ERROR could not reach upstream ${i}`);
    lines.push(`2026-12-06T10:00:02Z INFO request ${i} served in 4ms ${'y'.repeat(400)}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const size = statSync(file).size;
  return { input: { path: 'app.log', fsPath: file, run: 'r', size }, format: { format: 'text', structure: 'lines' }, range: { start: 0, stop: Number.POSITIVE_INFINITY } };
}

test('a sample with room for its events is the range scanned: the same events and lines', async () => {
  const task = denseLog(2500);
  const s = await settings();
  const whole = await scanRange(task, 0, s);
  const sampled = await sampleRange(task, 0, s, 2500);
  assert.ok(sampled !== undefined);
  assert.is(whole.events.length, 2500);
  assert.is(sampled.lines, whole.lines);
  assert.equal(sampled.events.map((e) => e.line), whole.events.map((e) => e.line));
});

test('a sample with more events than its room is given up', async () => {
  const task = denseLog(2500);
  const s = await settings();
  assert.is(await sampleRange(task, 0, s, 2499), undefined, 'one event over');
  assert.is(await sampleRange(task, 0, s, 10), undefined);
});

test('a sink that has enough stops the read at the end of its chunk', async () => {
  const task = denseLog(2500);
  const s = await settings();
  let kept = 0;
  const stopped = await scanRange(task, 0, s, () => { kept += 1; }, () => kept >= 10);
  const whole = await scanRange(task, 0, s);
  assert.is(whole.lines, 7500);
  assert.ok(stopped.lines > 0 && stopped.lines < whole.lines / 2, `${stopped.lines} lines read of ${whole.lines}`);
});

test.run();
