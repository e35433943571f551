import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionReferences, describeCondition, evaluateCondition } from '../../../src/engine/conditions.js';
import type { RunContext } from '../../../src/engine/conditions.js';
import { ALONE, conditionProblem, group } from './helpers.js';

const UNDER_LOAD: RunContext = {
  concurrency: () => ({ count: 3, recipes: ['gitea', 'mumble', 'immich'] }),
  soleRecipe: () => 'gitea',
};

test('concurrency: holds when enough recipes deployed at the same time, naming them', () => {
  const result = evaluateCondition({ concurrency: { gte: 2 } }, group({}), UNDER_LOAD);
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{
      condition: 'recipes deploying at once >= 2',
      matched: 3,
      detail: '3 recipes deploying at once (gitea, mumble, immich)',
      satisfied: true,
    }],
  );
});

test('concurrency: a recipe that ran alone, or a run that says nothing, counts as one', () => {
  const alone = evaluateCondition({ concurrency: { gte: 2 } }, group({}), ALONE);
  assert.not.ok(alone.ok);
  assert.is(alone.why[0].detail, 'ran alone: no other recipe deploying at the same time');
  const unknown: RunContext = { concurrency: () => undefined, soleRecipe: () => undefined };
  assert.is(evaluateCondition({ concurrency: { gte: 2 } }, group({}), unknown).why[0].matched, 1);
  assert.ok(evaluateCondition({ concurrency: { gte: 1 } }, group({}), unknown).ok);
});

test('concurrency: reads no pattern; the schema wants {gte: N}', () => {
  assert.equal(conditionReferences({ concurrency: { gte: 2 } }), []);
  assert.is(describeCondition({ concurrency: { gte: 2 } }), 'recipes deploying at once >= 2');
  assert.is(conditionProblem({ concurrency: { gte: 2 } }), undefined);
  assert.equal(conditionProblem({ concurrency: 2 }), { path: 'condition.concurrency', reason: 'must be an object' });
  assert.equal(
    conditionProblem({ concurrency: {} }),
    { path: 'condition.concurrency.gte', reason: 'missing (required: gte)' },
  );
});

test.run();
