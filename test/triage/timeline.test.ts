import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import { tree } from '../cli/fixtures.js';
import type { AnalysisResult } from '../../src/result.js';

const json = (args: string[]): AnalysisResult => JSON.parse(runCli([...args, '-f', 'json']).stdout) as AnalysisResult;
const corpus = json(['--runs', 'corpus/redfix-canon-sweep/input']);
const run = (suffix: string) => corpus.runs.find((r) => r.id.endsWith(suffix))!;
const lane = (suffix: string, recipe: string) => run(suffix).timeline!.lanes.find((l) => l.recipe === recipe)!;

test('a killed tier is an open bar to the end of its unit, and lanes carry their load', () => {
  const discourse = lane('canon-sweep-2026-06-16', 'discourse');
  assert.equal(discourse.bars.map((b) => [b.tier, b.result, b.open ?? false, b.source]), [['install', 'fail', true, 'harness']]);
  assert.is(discourse.bars[0].start, '2026-06-16T20:00:11Z');
  assert.is(discourse.bars[0].end, '2026-06-16T20:51:19Z', 'ends at its last line (the kill), not at the sweep line before it');
  assert.is(discourse.concurrency, 6);
  const alone = lane('redfix-discourse', 'discourse');
  assert.is(alone.concurrency, 1);
  assert.equal(alone.bars.map((b) => [b.tier, b.result]), [['install', 'pass'], ['upgrade', 'fail'], ['backup', 'pass'], ['restore', 'pass'], ['custom', 'pass']]);
});

test("every mark names a finding's timestamped evidence line or an unexplained failure", () => {
  const byId = new Map(corpus.findings.map((f) => [f.id, f]));
  let marks = 0;
  for (const r of corpus.runs) {
    for (const l of r.timeline?.lanes ?? []) {
      for (const m of l.marks) {
        marks += 1;
        const f = byId.get(m.finding!);
        assert.ok(f, `${m.finding} is a finding`);
        const evidence = f.evidence.find((e) => e.path === m.path && e.line === m.line);
        assert.is(evidence?.ts, m.at);
        assert.is(f.recipe, l.recipe);
      }
    }
  }
  assert.ok(marks >= 10, `${marks} marks`);
});

test('crash-loop restarts are ticks on the lane: every task after the first, at its first line', () => {
  const gitea = lane('redfix-gitea2', 'gitea');
  assert.is(gitea.restarts.length, 4, 'five tasks: four restarts');
  assert.ok(gitea.restarts.every((r) => r.path.endsWith('warm-gitea_app.log')));
  assert.equal([...gitea.restarts.map((r) => r.at)].sort(), gitea.restarts.map((r) => r.at));
  assert.is(new Set(gitea.restarts.map((r) => r.task)).size, 4);
});

test('the concurrency steps count windows open at each instant and end at zero', () => {
  const steps = run('canon-sweep-2026-06-16').timeline!.concurrency!;
  assert.is(Math.max(...steps.map((s) => s.count)), run('canon-sweep-2026-06-16').concurrency);
  assert.is(steps[steps.length - 1].count, 0);
  assert.ok(steps.every((s, i) => i === 0 || s.at > steps[i - 1].at), 'one step per instant, in order');
});

test('without tier lines, a tier is its junit suite: timestamp plus the cases\' times', () => {
  const junit = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="2" timestamp="2026-06-17T10:00:00.250000+00:00"><properties><property name="recipe_version" value="1.0.0" /></properties>
<testcase classname="tests.mumble.custom.test_x" name="test_a" time="30.5"><failure message="boom">assert False</failure></testcase>
<testcase classname="tests.mumble.custom.test_x" name="test_b" time="9.5"/></testsuite></testsuites>
`;
  const result = json([tree({ 'mumble/junit/custom__cc-ci__test_x.xml': junit })]);
  const bars = result.runs[0].timeline!.lanes.find((l) => l.recipe === 'mumble')!.bars;
  assert.equal(bars, [{ tier: 'custom', start: '2026-06-17T10:00:00Z', end: '2026-06-17T10:00:40Z', result: 'fail', source: 'junit' }]);
});

test('two suites in one junit file: each bar spans its own cases, not the sum of both', () => {
  // Before, every suite event came before every case, so both suites' times went to the last bar.
  const suite = (name: string, at: string, test: string, seconds: number) =>
    `<testsuite name="${name}" tests="1" timestamp="${at}"><properties><property name="recipe_version" value="3.6.0" /></properties><testcase classname="tests.gitea.test_install" name="${test}" time="${seconds}"/></testsuite>`;
  const junit = `<?xml version="1.0"?>\n<testsuites>\n${suite('first', '2026-06-18T00:00:00', 'test_a', 60)}\n${suite('second', '2026-06-18T01:00:00', 'test_b', 120)}\n</testsuites>\n`;
  const result = json([tree({ 'gitea/junit/install__cc-ci__test_install.xml': junit })]);
  const bars = result.runs[0].timeline!.lanes.find((l) => l.recipe === 'gitea')!.bars;
  assert.equal(bars.map((b) => [b.start, b.end]), [['2026-06-18T00:00:00Z', '2026-06-18T00:01:00Z'], ['2026-06-18T01:00:00Z', '2026-06-18T01:02:00Z']]);
});

test('a run with no timestamp has no timeline', () => {
  const result = json([tree({ 'plain.log': 'hello world, all fine\nERROR something broke\n' })]);
  assert.is(result.runs[0].timeline, undefined);
});

test.run();
