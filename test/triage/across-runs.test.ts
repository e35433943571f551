import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LogEvent } from '../../src/events.js';
import type { Finding } from '../../src/engine/findings.js';
import { RuleEngine } from '../../src/engine/engine.js';
import { LiteralTable } from '../../src/engine/literals.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { compareRuns } from '../../src/triage/across-runs.js';
import { at, event, evidenceOf, finding } from './build.js';

// mumble's handshake test, red in a loaded sweep: a load flake, genuine, or still a hypothesis,
// depending on what the other runs say.

const engine = new RuleEngine(await loadRules(), new LiteralTable());
const TEST = 'test_protocol_handshake.py::test_handshake';

interface RunShape {
  version?: string;
  outcome?: 'passed' | 'failed';
  /** Another recipe deploying over the same window. */
  loaded?: boolean;
  tree?: string;
  start?: number;
}

/** mumble in one run: its version, its window, the handshake test's outcome, and maybe a recipe deploying beside it. */
function mumbleIn(run: string, shape: RunShape): LogEvent[] {
  const start = shape.start ?? 0;
  const base = { run, recipe: 'mumble', path: `${run}/mumble/run.log` };
  const version: Record<string, string> = shape.version ? { VERSION: shape.version } : {};
  const result = shape.outcome === 'failed' ? 'RED' : 'GREEN';
  const events = [
    event({ ...base, kind: 'recipe', fields: { recipe: 'mumble', ...version } }),
    event({ ...base, kind: 'sweep-recipe-start', ts: at(start), fields: {} }),
    event({ ...base, kind: 'sweep-recipe-end', ts: at(start + 30), fields: { result } }),
  ];
  if (shape.tree) events.push(event({ ...base, kind: 'checkout', fields: { recipe: 'mumble', commit: shape.tree } }));
  if (shape.outcome) {
    const outcome = { outcome: shape.outcome };
    events.push(event({ ...base, kind: 'test-result', tier: 'custom', test: TEST, fields: outcome }));
  }
  if (shape.loaded) {
    const other = { run, recipe: 'immich', path: `${run}/immich/run.log` };
    events.push(event({ ...other, kind: 'sweep-recipe-start', ts: at(start + 5), fields: {} }));
    events.push(event({ ...other, kind: 'sweep-recipe-end', ts: at(start + 25), fields: { result: 'GREEN' } }));
  }
  return events;
}

const flake = (overrides: Partial<Finding> = {}) => finding({
  rule: 'handshake-timeout-under-load', classification: 'load-flake', confidence: 0.7,
  run: 'sweep', recipe: 'mumble', tier: 'custom', test: TEST, ...overrides,
});

function compare(runs: Record<string, RunShape>, findings: Finding[] = [flake()]): Finding {
  const evidence = evidenceOf(Object.keys(runs), Object.entries(runs).flatMap(([run, shape]) => mumbleIn(run, shape)));
  return compareRuns(findings, evidence.collector, engine)[0];
}

const lastWhy = (f: Finding) => f.why[f.why.length - 1]?.detail ?? '';
const SWEEP: RunShape = { version: '1.5.0', outcome: 'failed', loaded: true, tree: 'abc1234' };

test('red under load, green alone at the same version and tree: a load flake, confirmed', () => {
  const f = compare({ sweep: SWEEP, alone: { version: '1.5.0', outcome: 'passed', tree: 'abc1234', start: 60 } });
  assert.is(f.classification, 'load-flake');
  assert.is(f.confidence, 0.9);
  assert.match(lastWhy(f), 'red in sweep under concurrent load, green in alone (alone) at the same version 1.5.0: '
    + 'load flake confirmed');
  assert.equal(f.acrossRuns?.map((a) => [a.run, a.result, a.version, a.concurrency]), [
    ['sweep', 'fail', '1.5.0', 2], ['alone', 'pass', '1.5.0', 1],
  ]);
});

test('red in every run, an isolated one included: genuine, the load-flake guess overridden', () => {
  const f = compare({ sweep: SWEEP, alone: { version: '1.5.0', outcome: 'failed', tree: 'abc1234', start: 60 } });
  assert.is(f.classification, 'recipe-defect');
  assert.is(f.confidence, 0.8);
  assert.match(lastWhy(f), 'red in every run (sweep, alone), isolated run alone included: genuine');
});

test('still a hypothesis: the recipe tree changed between runs', () => {
  const f = compare({ sweep: SWEEP, alone: { version: '1.5.0', outcome: 'passed', tree: 'def5678', start: 60 } });
  assert.is(f.classification, 'load-flake');
  assert.is(f.confidence, 0.5);
  assert.is(lastWhy(f), 'still a hypothesis: the recipe tree changed between runs (abc1234, def5678)');
});

test('still a hypothesis: a run with no version, so versions are not confirmed equal', () => {
  const f = compare({ sweep: SWEEP, alone: { outcome: 'passed', start: 60 } });
  assert.is(f.confidence, 0.5);
  assert.is(lastWhy(f), 'still a hypothesis: versions not confirmed equal: no version in alone');
});

test('still a hypothesis: the red run has no version', () => {
  const alone: RunShape = { version: '1.5.0', outcome: 'passed', start: 60 };
  const f = compare({ sweep: { ...SWEEP, version: undefined }, alone });
  assert.is(lastWhy(f), 'still a hypothesis: versions not confirmed equal: no version in sweep');
});

test('still a hypothesis: no run is green (the others loaded and red too)', () => {
  const f = compare({ sweep: SWEEP, again: { ...SWEEP, start: 60 } });
  assert.is(f.classification, 'load-flake', 'no isolated red: not genuine either');
  assert.is(lastWhy(f), `still a hypothesis: no green run of ${TEST} among sweep, again`);
});

test('still a hypothesis: the green runs are at other versions', () => {
  const f = compare({ sweep: SWEEP, alone: { version: '1.6.0', outcome: 'passed', tree: 'abc1234', start: 60 } });
  assert.is(lastWhy(f), 'still a hypothesis: green runs are at other versions (alone: 1.6.0; red at 1.5.0)');
  assert.ok(f.confidence <= 0.5);
});

test('one run only: a hypothesis that says which run would settle it; no acrossRuns', () => {
  const f = compare({ sweep: SWEEP });
  assert.is(f.confidence, 0.5);
  assert.is(f.acrossRuns, undefined);
  assert.match(lastWhy(f), 'one run only: a flake hypothesis; re-run mumble 1.5.0 alone');
});

test('a red run another cause explains in the same run is never a flake', () => {
  const cause = finding({ rule: 'pg-relation-missing-after-restore', run: 'sweep', recipe: 'mumble', tier: 'custom' });
  const f = compare({ sweep: SWEEP }, [flake(), cause]);
  assert.is(f.classification, 'recipe-defect');
  assert.match(lastWhy(f), 'explained by pg-relation-missing-after-restore (recipe-defect) in the same run');
});

test('a finding that is no flake guess gets the runs side by side, nothing more; the input is left as it was', () => {
  const defect = finding({ rule: 'some-rule', run: 'sweep', recipe: 'mumble', tier: 'custom', test: TEST });
  const f = compare({ sweep: SWEEP, alone: { version: '1.5.0', outcome: 'passed', start: 60 } }, [defect]);
  assert.is(f.classification, 'recipe-defect');
  assert.equal(f.why, []);
  assert.is(f.acrossRuns?.length, 2);
  assert.is(defect.acrossRuns, undefined);
});

test.run();
