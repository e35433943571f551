import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionReferences, describeCondition, evaluateCondition } from '../../../src/engine/conditions.js';
import { ALONE, MINUTE, T0, conditionProblem, group } from './helpers.js';

const at = (line: number, minutes?: number) => ({
  line,
  ts: minutes === undefined ? undefined : T0 + minutes * MINUTE,
});

test('count: holds at gte events, without a window', () => {
  const result = evaluateCondition({ count: 'p', gte: 3 }, group({ p: [at(2), at(5), at(9)] }), ALONE);
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{ condition: 'p count >= 3', matched: 3, detail: '3 events, first at app.log:2', satisfied: true }],
  );
  assert.is(result.evidence.get('p')!.length, 1, 'three lines of one template fold into one piece of evidence');
});

test('count: fails below gte, saying how many it needs', () => {
  const result = evaluateCondition({ count: 'p', gte: 3 }, group({ p: [at(2), at(5)] }), ALONE);
  assert.not.ok(result.ok);
  assert.is(result.why[0].detail, '2 events, needs >= 3');
  assert.is(result.why[0].matched, 2);
});

test('count within: holds when gte events fall inside one window (the dense-window branch)', () => {
  // Six events over an hour; three of them within four minutes.
  const events = [at(1, 0), at(2, 20), at(3, 30), at(4, 32), at(5, 34), at(6, 60)];
  const result = evaluateCondition({ count: 'p', gte: 3, within: '5m' }, group({ p: events }), ALONE);
  assert.ok(result.ok);
  assert.is(result.why[0].condition, 'p count >= 3 within 5m');
  assert.is(result.why[0].detail, '6 events, first at app.log:1');
});

test('count within: fails when gte events are there but never inside one window', () => {
  const events = [at(1, 0), at(2, 10), at(3, 20), at(4, 30)];
  const result = evaluateCondition({ count: 'p', gte: 3, within: '15m' }, group({ p: events }), ALONE);
  assert.not.ok(result.ok);
  assert.is(result.why[0].detail, '4 events, needs >= 3 within 15m');
  const wider = evaluateCondition({ count: 'p', gte: 3, within: '20m' }, group({ p: events }), ALONE);
  assert.ok(wider.ok, 'a window of 20m holds the events at 0, 10 and 20 minutes');
});

test('count within: events without timestamps count as inside any window', () => {
  // Only two of the three events are timed, an hour apart: fewer timed events than gte, so the window does not apply.
  const result = evaluateCondition(
    { count: 'p', gte: 3, within: '1m' },
    group({ p: [at(1, 0), at(2), at(3, 60)] }),
    ALONE,
  );
  assert.ok(result.ok);
});

test('count: reads its pattern; the schema wants a whole gte >= 1 and a duration', () => {
  assert.equal(conditionReferences({ count: 'p', gte: 2 }), [{ at: 'count', name: 'p' }]);
  assert.is(describeCondition({ count: 'p', gte: 2, within: '90s' }), 'p count >= 2 within 90s');
  assert.is(conditionProblem({ count: 'p', gte: 2, within: '1.5h' }), undefined);
  assert.equal(
    conditionProblem({ count: 'p', gte: 0 }),
    { path: 'condition.gte', reason: 'must be a whole number >= 1' },
  );
  assert.equal(conditionProblem({ count: 'p', gte: 2.5 }), { path: 'condition.gte', reason: 'must be a whole number' });
  assert.equal(conditionProblem({ count: 'p' }), { path: 'condition.gte', reason: 'missing (required: count, gte)' });
  assert.equal(
    conditionProblem({ count: 'p', gte: 2, within: '10 minutes' }),
    { path: 'condition.within', reason: 'must be a duration like 90s, 10m or 2h' },
  );
});

test.run();
