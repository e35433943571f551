/**
 * Per recipe and run, test results are kept one by one up to a limit per kind and counted past
 * it: a junit file of a million cases must not be held in memory a second time, and no result
 * may vanish (past the limit a test still colours its tier, and a notice counts it).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RecipeRecord, TriageCollector } from '../../src/triage/collector.js';
import { TEST_LIMITS, TestRecords, type TestOutcome, type TestRecord } from '../../src/triage/tests.js';
import type { LogEvent } from '../../src/events.js';

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

test('the collector says how many tests were counted but not listed, per run and recipe', () => {
  const collector = new TriageCollector();
  const event = (i: number, outcome: string): LogEvent => ({
    path: 'junit.xml', line: i + 1, format: 'junit', kind: 'test-case', run: 'r1', recipe: 'gitea', tier: 'install', test: `test_${i}`,
    message: '', fields: { outcome }, text: '',
  });
  for (let i = 0; i < TEST_LIMITS.passed + 3; i++) collector.ingest(event(i, 'passed'));
  assert.equal(collector.unlistedTestNotices(), [`run r1, recipe gitea: 3 passing tests past the first ${TEST_LIMITS.passed} counted in their tier's result, not listed: runs are compared on the listed tests only`]);
});

test('version evidence stays bounded and still tells one version from two', () => {
  const record = new RecipeRecord('run', 'gitea');
  for (let i = 0; i < 1000; i++) record.noteVersion({ version: '3.6.0', source: 'junit property', path: `junit/${i}.xml`, line: 1 });
  assert.is(record.confirmedVersion, '3.6.0');
  record.noteVersion({ version: '3.7.0', source: 'recipe_checkout', path: 'run.log', line: 2 });
  assert.is(record.confirmedVersion, undefined);
});

test.run();
