import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_RECIPES_PER_RUN, TriageCollector } from '../../src/triage/collector.js';
import { at, event } from './build.js';

function collect(...events: Parameters<typeof event>[0][]): TriageCollector {
  const collector = new TriageCollector();
  for (const e of events) collector.ingest(event({ run: 'run', recipe: 'gitea', ...e }));
  return collector;
}

const gitea = (collector: TriageCollector) => collector.run('run').recipes.get('gitea')!;

test('tier results: harness tier ends, in the known tiers\' order, other tiers after them by name', () => {
  const c = collect(
    { kind: 'tier-end', fields: { tier: 'zeta', result: 'PASS' } },
    { kind: 'tier-end', fields: { tier: 'restore', result: 'FAIL' } },
    { kind: 'tier-end', fields: { tier: 'install', result: 'PASS' } },
    { kind: 'tier-end', fields: { tier: 'upgrade', result: 'SKIP' } },
    { kind: 'tier-end', fields: { tier: 'alpha', result: 'ERROR' } },
  );
  assert.equal(Object.entries(gitea(c).tierResults()), [
    ['install', 'pass'], ['upgrade', 'skip'], ['restore', 'fail'], ['alpha', 'fail'], ['zeta', 'pass'],
  ]);
});

test('tier results: a failed test makes its tier red, and EXPECTED_NA outranks only skipped tests', () => {
  const c = collect(
    { kind: 'test-result', tier: 'custom', test: 'test_a.py::test_x', fields: { outcome: 'failed' } },
    { kind: 'test-result', tier: 'custom', test: 'test_a.py::test_y', fields: { outcome: 'passed' } },
    { kind: 'tier-end', fields: { tier: 'custom', result: 'EXPECTED_NA' } },
    { kind: 'test-result', tier: 'upgrade', test: 'test_b.py::test_z', fields: { outcome: 'skipped' } },
    { kind: 'tier-end', fields: { tier: 'upgrade', result: 'EXPECTED_NA' } },
    { kind: 'test-result', tier: 'backup', test: 'test_c.py::test_w', fields: { outcome: 'xfail' } },
  );
  assert.equal(gitea(c).tierResults(), { upgrade: 'n/a', backup: 'pass', custom: 'fail' });
});

test('junit outranks pytest\'s line for the same test; the same name in two tiers is two tests', () => {
  const c = collect(
    { kind: 'test-case', tier: 'custom', test: 'test_a.py::test_x', fields: { outcome: 'passed', time: 2.5 } },
    { kind: 'test-result', tier: 'custom', test: 'test_a.py::test_x', fields: { outcome: 'failed' } },
    { kind: 'test-result', tier: 'install', test: 'test_a.py::test_x', fields: { outcome: 'failed' } },
  );
  const tests = [...gitea(c).tests.values()].map((t) => [t.tier, t.outcome, t.fromJunit]);
  assert.equal(tests, [['custom', 'passed', true], ['install', 'failed', false]]);
});

test('a run the sweep killed dies in the tier it started and never ended; red with no red tier is the run\'s', () => {
  const killed = collect(
    { kind: 'tier-start', ts: at(1), fields: { tier: 'install' } },
    { kind: 'sweep-recipe-end', ts: at(51), fields: { result: 'TIMEOUT', rc: '143' } },
  );
  assert.equal(gitea(killed).tierResults(), { install: 'fail' });
  assert.equal(gitea(killed).tierWindows, [{ tier: 'install', start: at(1) }], 'the window stays open');
  const red = collect({ kind: 'sweep-recipe-end', ts: at(51), fields: { result: 'RED' } });
  assert.equal(gitea(red).tierResults(), { run: 'fail' });
  const skipped = collect({ kind: 'sweep-recipe-end', ts: at(51), fields: { result: 'SKIPPED' } });
  assert.equal(gitea(skipped).tierResults(), {});
});

test('promote: its start and end make a window and a result; a canonical written is a promote that passed', () => {
  const c = collect(
    { kind: 'promote-start', ts: at(10), fields: {} },
    { kind: 'promote-end', ts: at(12), fields: { result: 'FAILED' } },
  );
  assert.equal(gitea(c).tierWindows, [{ tier: 'promote', start: at(10), end: at(12) }]);
  assert.equal(gitea(c).tierResults(), { promote: 'fail' });
  const written = collect({ kind: 'canonical-written', fields: { version: '3.6.0' } });
  assert.equal(gitea(written).tierResults(), { promote: 'pass' });
  assert.is(gitea(written).confirmedVersion, '3.6.0');
  assert.equal(gitea(collect({ kind: 'canonical-refused', fields: {} })).tierResults(), { promote: 'fail' });
});

test('versions: confirmed only when every source agrees', () => {
  const agree = collect(
    { kind: 'recipe', fields: { recipe: 'gitea', VERSION: '3.6.0' } },
    { kind: 'checkout', fields: { version: '3.6.0', commit: 'abc1234' } },
    { kind: 'sweep-recipe-start', ts: at(0), fields: { version: '3.6.0' } },
  );
  assert.is(gitea(agree).confirmedVersion, '3.6.0');
  assert.equal([...gitea(agree).trees], ['abc1234']);
  const disagree = collect(
    { kind: 'recipe', fields: { recipe: 'gitea', VERSION: '3.6.0' } },
    { kind: 'test-case', tier: 'install', test: 't.py::x', fields: { outcome: 'passed', version: '3.5.3' } },
  );
  assert.is(gitea(disagree).confirmedVersion, undefined);
});

test('a junit suite of a tier is a span: its timestamp and the time of its cases', () => {
  const CASE = { kind: 'test-case' as const, path: 'junit/custom.xml', tier: 'custom' };
  const c = collect(
    { kind: 'test-suite', path: 'junit/custom.xml', tier: 'custom', ts: at(5), fields: { version: '1.0' } },
    { ...CASE, test: 't.py::a', fields: { outcome: 'passed', time: 30.5 } },
    { ...CASE, test: 't.py::b', fields: { outcome: 'failed', time: 9.5 } },
  );
  assert.equal(gitea(c).junitSpans, [{ tier: 'custom', path: 'junit/custom.xml', start: at(5), seconds: 40 }]);
});

test('concurrency: recipes whose sweep windows overlap; the peak is the most at one instant', () => {
  const collector = new TriageCollector();
  const window = (recipe: string, from: number, to: number) => {
    collector.ingest(event({ run: 'run', recipe, kind: 'sweep-recipe-start', ts: at(from), fields: {} }));
    collector.ingest(event({ run: 'run', recipe, kind: 'sweep-recipe-end', ts: at(to), fields: { result: 'GREEN' } }));
  };
  window('a', 0, 10);
  window('b', 5, 20);
  window('c', 15, 30);
  window('d', 40, 50);
  const run = collector.run('run');
  assert.equal(run.concurrency('b'), { count: 3, recipes: ['a', 'b', 'c'] });
  assert.equal(run.concurrency('d'), { count: 1, recipes: ['d'] });
  assert.is(run.peakConcurrency(), 2);
  assert.is(run.tierAt('a', at(5)), undefined, 'no tier window');
});

test('a run\'s sole recipe owns its unattributed lines: one recipe, else none', () => {
  const collector = new TriageCollector();
  collector.run('empty');
  assert.is(collector.run('empty').soleRecipe, undefined);
  const fields = { tier: 'install', result: 'PASS' };
  collector.ingest(event({ run: 'one', recipe: 'gitea', kind: 'tier-end', fields }));
  collector.ingest(event({ run: 'one', kind: 'tier-end', fields }));
  assert.is(collector.run('one').soleRecipe, 'gitea');
  collector.ingest(event({ run: 'one', recipe: 'mumble', fields: {} }));
  assert.is(collector.run('one').soleRecipe, undefined);
});

test('past MAX_RECIPES_PER_RUN recipe names, their events are counted, not recorded', () => {
  const collector = new TriageCollector();
  for (let i = 0; i < MAX_RECIPES_PER_RUN + 3; i++) {
    collector.ingest(event({ run: 'run', recipe: `r${i}`, fields: {} }));
  }
  assert.is(collector.run('run').recipes.size, MAX_RECIPES_PER_RUN);
  assert.is(collector.run('run').overflow, 3);
});

test('the run starts at its earliest timestamp, whatever the order lines are read in', () => {
  const c = collect({ ts: at(30), fields: {} }, { ts: at(2), fields: {} }, { fields: {} });
  assert.is(c.run('run').started, at(2));
});

test.run();
