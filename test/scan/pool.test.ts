import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze, buildLiteralTable } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { forEachResultEvent, SharedRangeScan, splitRanges, type RangeResult, type RangeTask } from '../../src/scan/pool.js';
import { scanRange } from '../../src/scan/scan-input.js';
import { bytePrefilter } from '../../src/prefilter/byte-prefilter.js';
import { BATCH_EVENTS } from '../../src/scan/packed-events.js';
import type { InputRef } from '../../src/inputs/types.js';
import type { ScanEvent } from '../../src/engine/engine.js';
import { ROOT, tempDir } from '../helpers.js';

test('splitRanges covers the file with ranges that own the lines starting in them', () => {
  assert.equal(splitRanges(10, 32), [{ start: 0, stop: Number.POSITIVE_INFINITY }]);
  assert.equal(splitRanges(100, 32), [
    { start: 0, stop: 32 },
    { start: 32, stop: 64 },
    { start: 64, stop: 96 },
    { start: 96, stop: Number.POSITIVE_INFINITY },
  ]);
});

test('worker threads over small ranges give the same result as one thread, byte for byte', async () => {
  const rules = await loadRules();
  const runs = path.join(ROOT, 'corpus', 'redfix-canon-sweep', 'input');
  const single = await analyze({ paths: [], runsDirs: [runs], rules, workers: 0 });
  // 4 KiB ranges split every service log into many ranges, so boundaries fall mid-line everywhere.
  const pooled = await analyze({ paths: [], runsDirs: [runs], rules, workers: 2, rangeBytes: 4096 });
  assert.equal(pooled, single);
});

test('line numbers stay exact across range boundaries, and once-per-input notices stay once', async () => {
  const dir = tempDir();
  const lines: string[] = [];
  for (let i = 1; i <= 3000; i++) {
    lines.push(i % 997 === 0
      ? `warm-gitea_ci_commoninternet_net_app.1.abcdef12345${i % 10}@cc-ci    | 2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system`
      : `warm-gitea_ci_commoninternet_net_app.1.abcdef123450@cc-ci    | 2026/06/18 01:14:36 routers/web/web.go:1:f() [I] line ${i} ${i % 500 === 0 ? '\u0000' : ''}${i % 700 === 0 ? '\xff' : ''}`);
  }
  const file = path.join(dir, 'app.log');
  await fs.writeFile(file, Buffer.concat([Buffer.from(lines.join('\n')), Buffer.from([0xc3, 0x28, 0x0a])]));
  const rules = await loadRules();
  const single = await analyze({ paths: [file], rules, workers: 0 });
  const pooled = await analyze({ paths: [file], rules, workers: 2, rangeBytes: 8192 });
  assert.equal(pooled, single);
  const finding = single.findings.find((f) => f.rule === 'gitea-appini-readonly-jwt')!;
  assert.is(finding.evidence[0].line, 997);
  assert.is(finding.evidence[0].count, 3);
  const errors = single.inputs[0].errors.map((e) => e.message);
  assert.is(errors.filter((m) => m.startsWith('NUL bytes')).length, 1);
  assert.is(single.inputs[0].events, 3000);
});

/**
 * Compose lines of every shape a worker sends on: JSON fields of every kind (`__proto__` and
 * `constructor` among their names), nested envelopes, tracebacks and panics (their lines partOf
 * them, a block cut by a range boundary), logfmt, postgres, gitea, plain text, non-ASCII text.
 */
function variedLog(lines: number): string {
  const unit = (i: number) => [
    `web_1  | {"level":"error","ts":${1712187656 + i}.125,"msg":"dial tcp 172.21.0.${i % 250}:8000: connect: connection refused","status":502,"ok":${i % 2 === 0},"nested":{"a":[1,${i}]},"__proto__":{"x":${i}},"constructor":"c${i % 3}"}`,
    'web_1  | Traceback (most recent call last):',
    `web_1  |   File "/app/manage.py", line ${i}, in <module>`,
    `web_1  | django.db.utils.ProgrammingError: relation "t${i}" does not exist`,
    'api_1  | panic: runtime error: invalid memory address or nil pointer dereference',
    'api_1  | [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x12ed8b7]',
    'api_1  | goroutine 1 [running]:',
    `api_1  | \t/opt/app/main.go:${i} +0x56e`,
    `db_1   | 2021-08-04 09:25:15.421 GMT [${i}] ERROR:  relation "django_site" does not exist at character 78`,
    `app_1  | 2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system \u00e9\u{1F600}`,
    `proxy_1  | time="2019-07-11T14:13:53Z" level=error msg="'504 Gateway Timeout' caused by: dial tcp 10.255.2.192:8080: i/o timeout" n=${i}`,
    'web_1  | [pod/traefik-55888dfd67-r8b2c/traefik] time="2020-12-11T04:54:32Z" level=error msg="backend down: exit code 3"',
    'web_1  | Apr 03 23:40:56 vps sh[22948]: caddy  | {"level":"error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"}',
    `plain text line ${i}: Killed`,
  ];
  const all: string[] = [];
  for (let i = 0; all.length < lines; i++) all.push(...unit(i));
  return `${all.join('\n')}\n`;
}

test('events that cross a real worker, packed in batches, are the events this thread scans, every property of them', async () => {
  const file = path.join(tempDir(), 'varied.log');
  await fs.writeFile(file, variedLog(12_000));
  const size = (await fs.stat(file)).size;
  const literals = buildLiteralTable(await loadRules()).list;
  const input: InputRef = { path: file, fsPath: file, run: 'r', size };
  const tasks: RangeTask[] = splitRanges(size, 256 * 1024)
    .map((range) => ({ input, format: { format: 'docker-compose', structure: 'lines', envelope: 'docker-compose' }, range }));
  const nothingHere = () => Promise.reject(new Error('this thread scans no range in this test'));
  const scan = new SharedRangeScan(tasks, 1, tasks.length, { literals, tz: 'UTC', fullGrammar: false }, nothingHere, { budget: 1e9 });
  // Nothing is asked of the scan until the worker has sent every range: all of them crossed.
  const results = (scan as unknown as { results: Map<number, RangeResult> }).results;
  while (results.size < tasks.length) await new Promise((resolve) => setTimeout(resolve, 10));
  const settings = { tz: 'UTC', literals, prefilter: bytePrefilter(literals) };
  let batches = 0;
  for (const [index, task] of tasks.entries()) {
    const crossed = await scan.result(index, nothingHere);
    const here = await scanRange(task, index, settings);
    batches += crossed.packed?.batches.length ?? 0;
    const events: ScanEvent[] = [];
    forEachResultEvent(crossed, (event) => events.push(event));
    const differs = events.findIndex((event, i) => !isDeepStrictEqual(event, here.events[i]));
    assert.is(differs, -1, `range ${index}: event ${differs} differs`);
    assert.is(events.length, here.events.length);
    assert.equal({ ...crossed, events: [], packed: undefined }, { ...here, events: [], packed: undefined });
  }
  await scan.close();
  assert.ok(batches > tasks.length, `${batches} batches of up to ${BATCH_EVENTS} events over ${tasks.length} ranges`);
});

test('worker threads hand on the very events one thread does, and make the same report, over every shape of event', async () => {
  const file = path.join(tempDir(), 'varied.log');
  await fs.writeFile(file, variedLog(12_000));
  const rules = await loadRules();
  const singleEvents: ScanEvent[] = [];
  const pooledEvents: ScanEvent[] = [];
  const single = await analyze({ paths: [file], rules, workers: 0, onEvent: (e) => singleEvents.push(e) });
  const rangeBytes = 128 * 1024;
  const pooled = await analyze({ paths: [file], rules, workers: 2, rangeBytes, onEvent: (e) => pooledEvents.push(e) });
  assert.equal(pooled, single);
  assert.is(single.findings[0]?.rule, 'gitea-appini-readonly-jwt');
  assert.ok((single.errorsSeen?.length ?? 0) > 3, 'panics, tracebacks and errors are seen');
  // A block open where a range ends is handed on when that range ends, one thread hands it on when the
  // block's unit next logs: the same events, compared in line order.
  const byLine = (events: ScanEvent[]) => [...events].sort((a, b) => a.line - b.line);
  const [pooledLines, singleLines] = [byLine(pooledEvents), byLine(singleEvents)];
  assert.is(pooledLines.length, singleLines.length);
  const differs = pooledLines.findIndex((event, i) => !isDeepStrictEqual(event, singleLines[i]));
  assert.is(differs, -1, `event ${differs} differs: ${JSON.stringify(pooledLines[differs])}`);
});

test.run();
