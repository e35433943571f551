import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dropOneCondition, evaluateCondition } from '../../../src/engine/conditions.js';
import type { Condition } from '../../../src/rules/types.js';
import { ALONE, conditionProblem, group } from './helpers.js';

const ANY: Condition = { any: [{ exists: 'a' }, { count: 'b', gte: 2 }] };

test('any: holds when one part holds; evidence only from the parts that hold, why from all', () => {
  const result = evaluateCondition(ANY, group({ a: [{ line: 1 }], b: [{ line: 2, path: 'b.log' }] }), ALONE);
  assert.ok(result.ok);
  assert.equal(result.why.map((w) => [w.condition, w.satisfied]), [['a present', true], ['b count >= 2', false]]);
  assert.equal([...result.evidence.keys()], ['a']);
});

test('any: fails when no part holds', () => {
  const result = evaluateCondition(ANY, group({ b: [{ line: 2 }] }), ALONE);
  assert.not.ok(result.ok);
  assert.is(result.evidence.size, 0);
});

test('any: yieldsTo of the parts that hold only', () => {
  const condition: Condition = {
    any: [
      { all: [{ exists: 'a' }, { yieldsTo: ['benign'] }] },
      { all: [{ exists: 'b' }, { yieldsTo: ['stale-test'] }] },
    ],
  };
  assert.equal(evaluateCondition(condition, group({ a: [{ line: 1 }] }), ALONE).yieldsTo, ['benign']);
});

test('any: --mutate removes each alternative in turn, marking the leaves under an any', () => {
  const nested: Condition = { all: [{ exists: 'a' }, ANY] };
  const dropped = dropOneCondition(nested);
  assert.equal(dropped.map((d) => [d.path, d.underAny]), [
    ['condition.all[0]', false],
    ['condition.all[1].any[0]', true],
    ['condition.all[1].any[1]', true],
  ]);
  assert.equal(dropped[1].rest, { all: [{ exists: 'a' }, { any: [{ count: 'b', gte: 2 }] }] });
});

test('any: the schema bounds the nesting depth', () => {
  let deep: unknown = { exists: 'a' };
  for (let i = 0; i < 16; i++) deep = { any: [deep] };
  const problem = conditionProblem(deep)!;
  assert.is(problem.path, `condition${'.any[0]'.repeat(16)}`);
  assert.is(problem.reason, 'conditions nest deeper than 16 levels of all/any: flatten them');
  assert.is(conditionProblem((deep as { any: unknown[] }).any[0]), undefined);
});

test.run();
