import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { absent } from '../../../src/engine/conditions/absent.js';
import { conditionReferences, evaluateCondition } from '../../../src/engine/conditions.js';
import { ALONE, conditionProblem, group } from './helpers.js';

test('absent: holds when the pattern matched nothing in the scope, and brings no evidence', () => {
  const result = evaluateCondition({ absent: 'p' }, group({ q: [{ line: 1 }] }), ALONE);
  assert.ok(result.ok);
  assert.equal(result.why, [{ condition: 'no p', matched: 0, detail: 'no p event in scope', satisfied: true }]);
  assert.is(result.evidence.size, 0);
});

test('absent: fails when the pattern is present, saying where', () => {
  const result = evaluateCondition({ absent: 'p' }, group({ p: [{ line: 9 }, { line: 4, path: 'a.log' }] }), ALONE);
  assert.not.ok(result.ok);
  assert.is(result.why[0].detail, 'p present at a.log:4');
  assert.is(result.why[0].matched, 2);
  assert.is(result.evidence.size, 0);
});

test('absent: reads its pattern; is not implied by it', () => {
  assert.equal(conditionReferences({ absent: 'p' }), [{ at: 'absent', name: 'p' }]);
  assert.not.ok(absent.impliedByItsPattern);
  assert.is(conditionProblem({ absent: 'p' }), undefined);
  assert.equal(conditionProblem({ absent: 'p', within: '5m' })?.reason, 'unknown field (known: absent)');
});

test.run();
