import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  conditionFieldsRead, conditionReferences, dropOneCondition, evaluateCondition,
} from '../../../src/engine/conditions.js';
import type { Condition } from '../../../src/rules/types.js';
import { ALONE, conditionProblem, group } from './helpers.js';

const ALL: Condition = { all: [{ exists: 'a' }, { absent: 'b' }, { distinct: 'a', field: 'host', gte: 1 }] };

test('all: holds when every part holds; every part says why, evidence comes from the parts', () => {
  const result = evaluateCondition(ALL, group({ a: [{ line: 1, values: { host: 'x' } }] }), ALONE);
  assert.ok(result.ok);
  assert.equal(
    result.why.map((w) => [w.condition, w.satisfied]),
    [['a present', true], ['no b', true], ['distinct host of a >= 1', true]],
  );
  assert.equal(result.evidence.get('a')!.map((f) => f.line), [1, 1], 'each part that holds brings its evidence');
});

test('all: fails when one part fails, and still lists every part', () => {
  const result = evaluateCondition(
    ALL,
    group({ a: [{ line: 1, values: { host: 'x' } }], b: [{ line: 2, path: 'b.log' }] }),
    ALONE,
  );
  assert.not.ok(result.ok);
  assert.equal(result.why.map((w) => w.satisfied), [true, false, true]);
});

test('all: references and fields of every part, with where they are written', () => {
  assert.equal(conditionReferences({ all: [{ exists: 'a' }, { any: [{ absent: 'b' }, { sequence: ['a', 'b'] }] }] }), [
    { at: 'all[0].exists', name: 'a' },
    { at: 'all[1].any[0].absent', name: 'b' },
    { at: 'all[1].any[1].sequence[0]', name: 'a' },
    { at: 'all[1].any[1].sequence[1]', name: 'b' },
  ]);
  assert.equal(conditionFieldsRead(ALL), ['host']);
});

test('all: --mutate drops each part in turn, relaxing it to always-true', () => {
  const dropped = dropOneCondition(ALL);
  assert.equal(dropped.map((d) => d.path), ['condition.all[0]', 'condition.all[1]', 'condition.all[2]']);
  assert.equal(dropped[1].rest, { all: [{ exists: 'a' }, { distinct: 'a', field: 'host', gte: 1 }] });
  assert.equal(dropped[1].leaf, { absent: 'b' });
  assert.ok(dropped.every((d) => !d.underAny));
  // A leaf at the root drops to nothing: the caller makes that `all` of nothing.
  assert.equal(
    dropOneCondition({ exists: 'a' }),
    [{ rest: undefined, path: 'condition', leaf: { exists: 'a' }, underAny: false }],
  );
});

test('all: the schema wants a non-empty list of conditions', () => {
  assert.is(conditionProblem(ALL), undefined);
  assert.equal(
    conditionProblem({ all: [] }),
    { path: 'condition.all', reason: 'must be a non-empty list of conditions' },
  );
  assert.match(conditionProblem({ all: [{ exists: 'a' }, { whenever: 'b' }] })!.path, 'condition.all[1]');
});

test.run();
