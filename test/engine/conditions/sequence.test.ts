import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionReferences, describeCondition, evaluateCondition } from '../../../src/engine/conditions.js';
import { ALONE, MINUTE, T0, conditionProblem, group } from './helpers.js';

const SEQUENCE = { sequence: ['restore', 'missing'] as [string, string] };

test('sequence: in the same file, a later line of the second pattern follows the first', () => {
  const result = evaluateCondition(
    SEQUENCE,
    group({ restore: [{ line: 10 }], missing: [{ line: 4, message: 'early' }, { line: 12 }] }),
    ALONE,
  );
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{
      condition: 'missing after restore',
      matched: 1,
      detail: 'missing at app.log:12 after restore at app.log:10',
      satisfied: true,
    }],
  );
  assert.equal(result.evidence.get('missing')!.map((f) => f.line), [12]);
  assert.equal(result.evidence.get('restore')!.map((f) => f.line), [10]);
});

test('sequence: across files, by timestamp', () => {
  const g = group({
    restore: [{ line: 80, path: 'run.log', ts: T0 }],
    missing: [{ line: 3, path: 'db.log', ts: T0 + MINUTE }],
  });
  assert.ok(evaluateCondition(SEQUENCE, g, ALONE).ok);
  const before = group({
    restore: [{ line: 80, path: 'run.log', ts: T0 }],
    missing: [{ line: 3, path: 'db.log', ts: T0 - MINUTE }],
  });
  const result = evaluateCondition(SEQUENCE, before, ALONE);
  assert.not.ok(result.ok);
  assert.is(
    result.why[0].detail,
    'missing at db.log:3 is not after restore at run.log:80 (same file by line, otherwise by timestamp)',
  );
});

test('sequence: says which side is missing', () => {
  assert.is(
    evaluateCondition(SEQUENCE, group({ restore: [{ line: 1 }] }), ALONE).why[0].detail,
    'no missing event in scope',
  );
  assert.is(
    evaluateCondition(SEQUENCE, group({ missing: [{ line: 2 }] }), ALONE).why[0].detail,
    'missing at app.log:2, but no restore before it',
  );
});

test('sequence: reads both patterns, where each is written; the schema wants exactly two', () => {
  assert.equal(
    conditionReferences(SEQUENCE),
    [{ at: 'sequence[0]', name: 'restore' }, { at: 'sequence[1]', name: 'missing' }],
  );
  assert.is(describeCondition(SEQUENCE), 'missing after restore');
  assert.is(conditionProblem(SEQUENCE), undefined);
  assert.equal(
    conditionProblem({ sequence: ['a', 'b', 'c'] }),
    { path: 'condition.sequence', reason: 'must be [first, then]' },
  );
  assert.equal(conditionProblem({ sequence: ['a', 'not a name'] })?.path, 'condition.sequence[1]');
});

test.run();
