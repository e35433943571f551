/**
 * Per recipe and run, test results are kept one by one up to a limit per kind and counted past
 * it: a junit file of a million cases must not be held in memory a second time, and no result
 * may vanish (past the limit a test still colours its tier, and a notice counts it).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RecipeRecord, TriageCollector } from '../../src/triage/collector.js';
import { TEST_LIMITS, TestRecords, type TestOutcome, type TestRecord } from '../../src/triage/tests.js';
import type { LogEvent } from '../../src/events.js';
import { event } from './build.js';
import { runInProcess } from '../cli/fixtures.js';
import { tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';

const result = (key: string, outcome: TestOutcome, tier = 'install', fromJunit = true): TestRecord =>
  ({ key, nodeid: key, tier, outcome, path: 'junit.xml', line: 1, fromJunit });

test('kept one by one up to the limit of each kind, then counted per tier; the tier keeps its colour', () => {
  const record = new RecipeRecord('run', 'gitea');
  for (let i = 0; i < TEST_LIMITS.passed + 5; i++) record.tests.add(result(`test_pass_${i}`, 'passed'));
  for (let i = 0; i < TEST_LIMITS.notPassed; i++) record.tests.add(result(`test_skip_${i}`, 'skipped', 'backup'));
  // Past the limit of failed, erroring and skipped tests: counted, and still red.
  record.tests.add(result('test_fails_late', 'failed', 'upgrade'));
  assert.is([...record.tests.values()].length, TEST_LIMITS.passed + TEST_LIMITS.notPassed);
  assert.equal(record.tests.unlisted, { passed: 5, notPassed: 1 });
  assert.is(record.tests.get('upgrade', 'test_fails_late'), undefined);
  assert.equal(record.tierResults(), { install: 'pass', upgrade: 'fail', backup: 'skip' });
});

test('a later result replaces the earlier one; a pytest line never replaces a junit case; tiers keep tests apart', () => {
  const tests = new TestRecords();
  tests.add(result('test_a', 'failed', 'install', false));
  tests.add(result('test_a', 'passed'));
  assert.is(tests.get('install', 'test_a')?.outcome, 'passed');
  assert.is(tests.add(result('test_a', 'failed', 'install', false)), false);
  assert.is(tests.get('install', 'test_a')?.outcome, 'passed');
  tests.add(result('test_a', 'error', 'upgrade'));
  assert.equal([...tests.values()].map((t) => [t.tier, t.outcome]), [['install', 'passed'], ['upgrade', 'error']]);
  assert.equal(tests.unlisted, { passed: 0, notPassed: 0 });
});

test('where no run is compared, passing tests are counted, not listed; a failed test is listed, and a rerun that passes still replaces it', () => {
  const tests = new TestRecords(false);
  tests.add(result('test_a', 'passed', 'install', false));
  tests.add(result('test_b', 'failed', 'install', false));
  tests.add(result('test_c', 'failed', 'upgrade', false));
  tests.add(result('test_c', 'passed', 'upgrade', false));
  assert.equal([...tests.values()].map((t) => [t.tier, t.key, t.outcome]), [['install', 'test_b', 'failed']]);
  assert.is(tests.get('install', 'test_a'), undefined);
  assert.ok(tests.any);
  const record = new RecipeRecord('run', 'gitea', false);
  for (const test of [result('test_a', 'passed'), result('test_b', 'failed', 'upgrade', false), result('test_b', 'passed', 'upgrade')]) {
    record.tests.add(test);
  }
  assert.equal(record.tierResults(), { install: 'pass', upgrade: 'pass' });
  const collector = new TriageCollector(false);
  collector.ingest(event({ run: 'r1', recipe: 'gitea', tier: 'install', kind: 'test-result', test: 'test_a', format: 'pytest', fields: { nodeid: 'test_a', outcome: 'passed' } }));
  assert.equal(collector.unlistedTestNotices(), []);
  assert.equal(collector.run('r1').recipe('gitea')!.tierResults(), { install: 'pass' });
});

test('results of several tiers, recipes and runs interleaved: each kept in its own', () => {
  const collector = new TriageCollector();
  const outcome = (run: string, recipe: string, tier: string | undefined, name: string, result: string) => event({
    run, recipe, tier, kind: 'test-result', test: name, format: 'pytest', fields: { nodeid: name, outcome: result },
  });
  const lines = [
    outcome('r1', 'gitea', 'install', 'test_a', 'failed'), outcome('r1', 'gitea', 'upgrade', 'test_a', 'passed'),
    outcome('r1', 'mumble', 'install', 'test_a', 'passed'), outcome('r2', 'gitea', 'install', 'test_a', 'passed'),
    outcome('r1', 'gitea', undefined, 'test_a', 'error'), outcome('r1', 'gitea', 'install', 'test_a', 'passed'),
    outcome('r1', 'gitea', 'upgrade', 'test_b', 'failed'), outcome('r1', 'gitea', undefined, 'test_b', 'skipped'),
  ];
  for (const line of lines) collector.ingest(line);
  const kept = (run: string, recipe: string) => [...collector.run(run).recipe(recipe)!.tests.values()]
    .map((t) => [t.tier ?? '-', t.key, t.outcome]);
  assert.equal(kept('r1', 'gitea'), [
    ['install', 'test_a', 'passed'], ['upgrade', 'test_a', 'passed'], ['upgrade', 'test_b', 'failed'],
    ['-', 'test_a', 'error'], ['-', 'test_b', 'skipped'],
  ]);
  assert.equal(kept('r1', 'mumble'), [['install', 'test_a', 'passed']]);
  assert.equal(kept('r2', 'gitea'), [['install', 'test_a', 'passed']]);
  assert.equal([...collector.runs.keys()], ['r1', 'r2']);
});

test('the collector says how many tests were counted but not listed, per run and recipe', () => {
  const collector = new TriageCollector();
  const event = (i: number, outcome: string): LogEvent => ({
    path: 'junit.xml', line: i + 1, format: 'junit', kind: 'test-case', run: 'r1', recipe: 'gitea', tier: 'install', test: `test_${i}`,
    message: '', fields: { outcome }, text: '',
  });
  for (let i = 0; i < TEST_LIMITS.passed + 3; i++) collector.ingest(event(i, 'passed'));
  assert.equal(collector.unlistedTestNotices(), [`run r1, recipe gitea: 3 passing tests past the first ${TEST_LIMITS.passed} counted in their tier's result, not listed: runs are compared on the listed tests only`]);
});

/** Runs `body` with lower limits, so that a test needs hundreds of results rather than tens of thousands. */
async function withLimits(limits: typeof TEST_LIMITS, body: () => void | Promise<void>): Promise<void> {
  const saved = { ...TEST_LIMITS };
  Object.assign(TEST_LIMITS, limits);
  try {
    await body();
  } finally {
    Object.assign(TEST_LIMITS, saved);
  }
}

/** A test's result as junit (`test-case`) or as pytest's `-v` line (`test-result`) reports it. */
const reported = (source: 'junit' | 'pytest', tier: string, name: string, outcome: string): LogEvent => ({
  path: source === 'junit' ? `junit/${tier}__cc-ci__test_${tier}.xml` : 'run.log', line: 1, format: source,
  kind: source === 'junit' ? 'test-case' : 'test-result', run: 'r1', recipe: 'gitea', tier, test: `test_${tier}.py::${name}`,
  message: '', fields: { outcome }, text: '',
});

test('past the limits, a test in both junit and pytest\'s lines is counted once, in either order; a tier with pytest lines only still counts them', async () => {
  await withLimits({ passed: 50, notPassed: 10 }, () => {
    // install: 80 passing and 15 failing tests, each in the junit file and in a pytest line.
    const install = (source: 'junit' | 'pytest') => [
      ...Array.from({ length: 80 }, (_, i) => reported(source, 'install', `test_ok_${i}`, 'passed')),
      ...Array.from({ length: 15 }, (_, i) => reported(source, 'install', `test_bad_${i}`, 'failed')),
    ];
    // upgrade: 20 passing tests that only pytest's lines report (no junit file for the tier).
    const upgrade = Array.from({ length: 20 }, (_, i) => reported('pytest', 'upgrade', `test_up_${i}`, 'passed'));
    for (const order of [[...install('junit'), ...install('pytest')], [...install('pytest'), ...install('junit')]]) {
      const collector = new TriageCollector();
      for (const e of [...order, ...upgrade]) collector.ingest(e);
      const record = collector.run('r1').recipes.get('gitea')!;
      assert.equal(record.tests.unlisted, { passed: 30 + 20, notPassed: 5 });
      assert.equal(collector.unlistedTestNotices(), [
        `run r1, recipe gitea: 50 passing tests past the first 50 counted in their tier's result, not listed: runs are compared on the listed tests only`,
        `run r1, recipe gitea: 5 failed, erroring or skipped tests past the first 10 counted in their tier's result, not listed: unexplained failures name the listed ones only`,
      ]);
      assert.equal(record.tierResults(), { install: 'fail', upgrade: 'pass' });
    }
  });
});

test('scan: a recipe past the limits with a junit file and pytest -v lines for the same tests: each unlisted test counted once', async () => {
  const dir = tempDir();
  const recipe = path.join(dir, 'run', 'gitea');
  mkdirSync(path.join(recipe, 'junit'), { recursive: true });
  const names = Array.from({ length: 300 }, (_, i) => `test_${i}`);
  const cases = names.map((n) => `<testcase classname="tests.gitea.test_install" name="${n}" time="0.01"/>\n`).join('');
  writeFileSync(path.join(recipe, 'junit', 'install__cc-ci__test_install.xml'),
    `<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest" tests="300">\n${cases}</testsuite></testsuites>\n`);
  const lines = names.map((n, i) => `tests/gitea/test_install.py::${n} PASSED [${String(Math.floor((i + 1) / 3)).padStart(3)}%]`);
  writeFileSync(path.join(recipe, 'run.log'), [
    '2026-06-18T01:10:05Z [cc-ci] RECIPE=gitea VERSION=3.6.0 MODE=cold',
    '2026-06-18T01:10:30Z [tier] install: start',
    ...lines,
    '2026-06-18T01:11:33Z [tier] install: PASS (300 passed in 3.00s)',
    '',
  ].join('\n'));
  // Listed, and so counted past the limit, only where runs are compared: here beside another run.
  mkdirSync(path.join(dir, 'other', 'gitea'), { recursive: true });
  writeFileSync(path.join(dir, 'other', 'gitea', 'run.log'), '2026-06-18T01:10:05Z [cc-ci] RECIPE=gitea VERSION=3.6.0 MODE=cold\n');
  await withLimits({ passed: 100, notPassed: 100 }, async () => {
    const result = jsonOutput(await runInProcess(['-f', 'json', 'run', 'other'], { cwd: dir }));
    const notice = `run run, recipe gitea: 200 passing tests past the first 100 counted in their tier's result, not listed: runs are compared on the listed tests only`;
    assert.equal(result.notices.filter((n) => n.includes('past the first')), [notice]);
  });
});

test('version evidence stays bounded and still tells one version from two', () => {
  const record = new RecipeRecord('run', 'gitea');
  for (let i = 0; i < 1000; i++) record.noteVersion({ version: '3.6.0', source: 'junit property', path: `junit/${i}.xml`, line: 1 });
  assert.is(record.confirmedVersion, '3.6.0');
  record.noteVersion({ version: '3.7.0', source: 'recipe_checkout', path: 'run.log', line: 2 });
  assert.is(record.confirmedVersion, undefined);
});

test.run();
