import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionReferences, describeCondition, evaluateCondition } from '../../../src/engine/conditions.js';
import { ALONE, conditionProblem, group } from './helpers.js';

test('yieldsTo: holds in the group, and hands the classifications on for the engine to decide after every rule', () => {
  const result = evaluateCondition({ yieldsTo: ['recipe-defect', 'harness-defect'] }, group({}), ALONE);
  assert.ok(result.ok);
  assert.equal(result.yieldsTo, ['recipe-defect', 'harness-defect']);
  assert.equal(
    result.why,
    [{
      condition: 'no recipe-defect/harness-defect finding for the recipe',
      matched: 0,
      detail: 'no recipe-defect/harness-defect finding for the recipe',
      satisfied: true,
    }],
  );
});

test('yieldsTo: reads no pattern; the schema wants a list of classifications', () => {
  assert.equal(conditionReferences({ yieldsTo: ['benign'] }), []);
  assert.is(describeCondition({ yieldsTo: ['benign'] }), 'no benign finding for the recipe');
  assert.is(conditionProblem({ yieldsTo: ['benign'] }), undefined);
  assert.equal(conditionProblem({ yieldsTo: [] }), { path: 'condition.yieldsTo', reason: 'must not be empty' });
  assert.equal(conditionProblem({ yieldsTo: 'benign' }), { path: 'condition.yieldsTo', reason: 'must be a list' });
  assert.match(conditionProblem({ yieldsTo: ['flaky'] })!.reason, '"flaky" is not one of recipe-defect');
});

test.run();
