import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exists } from '../../../src/engine/conditions/exists.js';
import { conditionFieldsRead, conditionReferences, evaluateCondition } from '../../../src/engine/conditions.js';
import { ALONE, conditionProblem, group } from './helpers.js';

test('exists: holds when the pattern has an event in the scope, citing the first', () => {
  const result = evaluateCondition({ exists: 'p' }, group({ p: [{ line: 7 }, { line: 3, path: 'a.log' }] }), ALONE);
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{ condition: 'p present', matched: 2, detail: '2 events, first at a.log:3', satisfied: true }],
  );
  assert.equal(result.evidence.get('p')!.map((f) => `${f.path}:${f.line}`), ['a.log:3', 'app.log:7']);
});

test('exists: fails when the pattern matched nothing in the scope', () => {
  const result = evaluateCondition({ exists: 'p' }, group({ q: [{ line: 1 }] }), ALONE);
  assert.not.ok(result.ok);
  assert.is(result.why[0].detail, 'no p event in scope');
  assert.is(result.why[0].matched, 0);
});

test('exists: reads its pattern, no field; implied by its pattern (an equivalent mutant when the only one)', () => {
  assert.equal(conditionReferences({ exists: 'p' }), [{ at: 'exists', name: 'p' }]);
  assert.equal(conditionFieldsRead({ exists: 'p' }), []);
  assert.is(exists.impliedByItsPattern, true);
});

test('exists: the schema takes a pattern name and nothing else', () => {
  assert.is(conditionProblem({ exists: 'p' }), undefined);
  assert.equal(
    conditionProblem({ exists: 'p', gte: 2 }),
    { path: 'condition.gte', reason: 'unknown field (known: exists)' },
  );
  assert.equal(conditionProblem({ exists: 'not a name' })?.path, 'condition.exists');
  assert.equal(conditionProblem({ exists: ['p'] })?.path, 'condition.exists');
});

test.run();
