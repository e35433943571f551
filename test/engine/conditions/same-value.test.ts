import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  conditionFieldsRead, conditionReferences, describeCondition, evaluateCondition,
} from '../../../src/engine/conditions.js';
import { ALONE, conditionProblem, group } from './helpers.js';

const SAME = { sameValue: ['canonical', 'deploy'] as [string, string], field: 'domain' };

test('sameValue: holds when the two patterns share a value; only the events holding it are evidence', () => {
  const g = group({
    canonical: [{ line: 2, values: { domain: 'a.example' } }],
    deploy: [
      { line: 5, path: 'other.log', values: { domain: 'a.example' } },
      { line: 9, path: 'third.log', values: { domain: 'b.example' } },
    ],
  });
  const result = evaluateCondition(SAME, g, ALONE);
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{
      condition: 'canonical and deploy share domain',
      matched: 1,
      detail: 'domain a.example in both',
      satisfied: true,
    }],
  );
  assert.equal(result.evidence.get('deploy')!.map((f) => f.line), [5]);
});

test('sameValue: fails when the values differ, or a side is missing', () => {
  const differ = group({
    canonical: [{ line: 2, values: { domain: 'a.example' } }],
    deploy: [{ line: 5, path: 'o.log', values: { domain: 'b.example' } }],
  });
  const result = evaluateCondition(SAME, differ, ALONE);
  assert.not.ok(result.ok);
  assert.is(result.why[0].detail, 'canonical domain {a.example} and deploy domain {b.example} differ');
  const oneSide = evaluateCondition(SAME, group({ canonical: [{ line: 2, values: { domain: 'a.example' } }] }), ALONE);
  assert.is(oneSide.why[0].detail, 'needs both canonical and deploy; found no deploy');
});

test('sameValue: reads both patterns and its field; the schema wants the field', () => {
  assert.equal(
    conditionReferences(SAME),
    [{ at: 'sameValue[0]', name: 'canonical' }, { at: 'sameValue[1]', name: 'deploy' }],
  );
  assert.equal(conditionFieldsRead(SAME), ['domain']);
  assert.is(describeCondition(SAME), 'canonical and deploy share domain');
  assert.is(conditionProblem(SAME), undefined);
  assert.equal(
    conditionProblem({ sameValue: ['a', 'b'] }),
    { path: 'condition.field', reason: 'missing (required: sameValue, field)' },
  );
});

test.run();
