/**
 * A passing pytest result read on the shortcut (parsers/line.ts) goes to the run's structure alone
 * (ScanSink.passingTest): the scan must find what it finds with every line on the ordinary path, and
 * a rule that reads passing results must still see them.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { AnalysisResult } from '../../src/result.js';
import { rulePack, tree, userRule } from '../cli/fixtures.js';
import { statSync } from 'node:fs';
import { buildLiteralTable } from '../../src/analyze.js';
import { bytePrefilter } from '../../src/prefilter/byte-prefilter.js';
import { scanLines, type ScanSettings } from '../../src/scan/scan-input.js';
import { scanRanges } from '../../src/scan/ranged.js';
import { SharedRangeScan, splitRanges, type RangeTask } from '../../src/scan/pool.js';
import { SparseScanDetector } from '../../src/scan/thread-policy.js';
import type { ScanSink } from '../../src/scan/types.js';
import type { InputRef } from '../../src/inputs/types.js';
import type { DetectedFormat } from '../../src/inputs/detect.js';

const at = (s: number) => `2026-06-16T20:00:${String(s).padStart(2, '0')}Z`;

/** A run of recipe alpha whose run log holds these lines after its RECIPE= line: the run's directory. */
function alphaRun(lines: readonly string[]): string {
  const log = [`${at(5)} [cc-ci] RECIPE=alpha VERSION=1.0.0 MODE=cold QUICK= REF=`, ...lines].join('\n') + '\n';
  return path.join(tree({ 'run/alpha/run.log': log }), 'run');
}

/** A run whose install tier lists many passing tests, one failed, and an Ansible task that a passing line follows. */
function verboseRun(): string {
  const passing = Array.from({ length: 300 }, (_, i) =>
    `tests/alpha/test_install.py::test_serves[http-${String(i).padStart(5, '0')}] PASSED${' '.repeat(i % 3 + 1)}[ ${i % 100}%]`);
  return alphaRun([
    `${at(6)} [tier] install: start`,
    ...passing.slice(0, 150),
    'fatal: [web]: FAILED! => {"changed": false, "msg": "Service is in unknown state"}',
    ...passing.slice(150),
    'tests/alpha/test_install.py::test_login FAILED [100%]',
    `${at(9)} [tier] install: FAIL (1 failed, 300 passed in 9.0s)`,
  ]);
}

const withoutTool = (result: AnalysisResult) => JSON.stringify({ ...result, tool: undefined });

test('passing results on the shortcut give the scan the full-grammar path gives', async () => {
  const rules = await loadRules();
  const paths = [verboseRun()];
  const fast = await analyze({ paths, rules, workers: 0 });
  const full = await analyze({ paths, rules, workers: 0, fullGrammar: true });
  assert.is(withoutTool(fast), withoutTool(full));
  // The Ansible task a passing line follows is no task that `...ignoring` followed: still a failure.
  const lines = fast.unexplained.flatMap((u) => u.lines);
  assert.ok(lines.some((l) => l.line === 153 && (l.reasons ?? []).includes('exit')), JSON.stringify(lines));
});

test('passing results of a file cut into ranges (a worker, and the main thread) are read as in one piece', async () => {
  const rules = await loadRules();
  const paths = [verboseRun()];
  const whole = await analyze({ paths, rules, workers: 0 });
  const ranged = await analyze({ paths, rules, workers: 1, rangeBytes: 4096 });
  assert.is(withoutTool(ranged), withoutTool(whole));
});

/** A detector that never finds the ranges sparse: the main thread scans every range itself, on its sink. */
class NeverSparse extends SparseScanDetector {
  override scanned(): boolean {
    return false;
  }
}

test('each range the main thread scans hands on its passing results at their lines in the file', async () => {
  const file = path.join(verboseRun(), 'alpha', 'run.log');
  const size = statSync(file).size;
  const literals = buildLiteralTable(await loadRules()).list;
  const settings: ScanSettings = { tz: 'UTC', literals, prefilter: bytePrefilter(literals), rangeBytes: 2048 };
  const input: InputRef = { path: file, fsPath: file, run: 'r', size };
  const format: DetectedFormat = { format: 'sweep-log', structure: 'lines' };
  const seen = (into: string[]): ScanSink => ({
    event: (event) => into.push(`event ${event.line}`),
    passingTest: (event) => into.push(`passing ${event.line}`),
    problem: () => undefined,
  });
  const whole: string[] = [];
  await scanLines(input, format, undefined, false, settings, seen(whole));
  const tasks: RangeTask[] = splitRanges(size, 2048).map((range) => ({ input, format, range }));
  const shared = new SharedRangeScan(tasks, 1, 0, { literals, tz: 'UTC', fullGrammar: false }, () => {
    throw new Error('no range is scanned ahead in this test');
  }, { detector: new NeverSparse() });
  const ranged: string[] = [];
  await scanRanges(shared, tasks.map((_, i) => i), settings, seen(ranged));
  await shared.close();
  assert.ok(tasks.length > 5, `${tasks.length} ranges`);
  assert.ok(whole.filter((e) => e.startsWith('passing')).length === 300, whole.slice(0, 5).join(', '));
  assert.equal(ranged, whole);
});

test("an Ansible task's next line is a passing result on the shortcut too: an `...ignoring` after it ignores nothing", async () => {
  const paths = [alphaRun([
    'fatal: [web]: FAILED! => {"changed": false, "msg": "Service is in unknown state"}',
    'tests/alpha/test_install.py::test_serves[http-00001] PASSED [100%]',
    '...ignoring',
  ])];
  const rules = await loadRules();
  const fast = await analyze({ paths, rules, workers: 0 });
  assert.is(withoutTool(fast), withoutTool(await analyze({ paths, rules, workers: 0, fullGrammar: true })));
  assert.is(fast.unexplained.length, 1);
});

test("a rerun's E lines under passing results alone are no failure: the passing results on the shortcut were seen", async () => {
  // pytest-rerunfailures: an attempt failed (its E lines), the rerun passed; no test failed in the end.
  const run = alphaRun([
    'tests/alpha/test_install.py::test_serves[http-00001] PASSED [ 50%]',
    'E       AssertionError: flaky first attempt',
    'tests/alpha/test_install.py::test_serves[http-00002] PASSED [100%]',
  ]);
  const result = await analyze({ paths: [run], rules: await loadRules(), workers: 0 });
  assert.equal(result.unexplained, []);
});

test('a rule that reads passing results still sees every one of them', async () => {
  const run = verboseRun();
  const pack = rulePack(userRule({
    id: 'many-passing', classification: 'stale-test', severity: 'warning', scope: 'recipe',
    events: { passed: { kind: ['test-result'], fields: { outcome: ['passed'] } } },
    condition: { count: 'passed', gte: 300 },
    rootCause: 'many tests passed',
  }));
  const result = await analyze({ paths: [run], rules: await loadRules([pack]), workers: 0 });
  assert.ok(result.findings.some((f) => f.rule === 'many-passing'), JSON.stringify(result.findings.map((f) => f.rule)));
});

test.run();
