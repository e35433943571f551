import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  conditionFieldsRead, conditionReferences, describeCondition, evaluateCondition,
} from '../../../src/engine/conditions.js';
import { ALONE, MINUTE, T0, conditionProblem, group, type Matched } from './helpers.js';

const refused = (line: number, dialHost: string, askHost?: string, minutes?: number): Matched => ({
  line,
  path: `caddy-${line}.log`,
  ts: minutes === undefined ? undefined : T0 + minutes * MINUTE,
  values: { dialHost, ...(askHost ? { askHost } : {}) },
});

test('distinct: holds at gte distinct values of the field, listing them', () => {
  const g = group({ ask: [refused(1, '10.0.3.3'), refused(2, '10.0.3.4'), refused(3, '10.0.3.3')] });
  const result = evaluateCondition({ distinct: 'ask', field: 'dialHost', gte: 2 }, g, ALONE);
  assert.ok(result.ok);
  assert.equal(
    result.why,
    [{
      condition: 'distinct dialHost of ask >= 2',
      matched: 2,
      detail: '2 distinct dialHosts (10.0.3.3, 10.0.3.4)',
      satisfied: true,
    }],
  );
});

test('distinct: fails below gte, and says when no event carries the field', () => {
  const one = evaluateCondition(
    { distinct: 'ask', field: 'dialHost', gte: 2 },
    group({ ask: [refused(1, '10.0.3.3')] }),
    ALONE,
  );
  assert.not.ok(one.ok);
  assert.is(one.why[0].detail, '1 distinct dialHost (10.0.3.3), needs >= 2');
  const none = evaluateCondition({ distinct: 'ask', field: 'dialHost', gte: 2 }, group({ ask: [{ line: 1 }] }), ALONE);
  assert.is(none.why[0].detail, 'no ask event with a dialHost');
});

test('distinct groupBy: the group with the most values decides, and only its events are evidence', () => {
  const ask = [
    refused(1, '10.0.3.3', 'app:3000'),
    refused(2, '10.0.3.4', 'app:3000'),
    refused(3, '10.0.9.9', 'other:80'),
  ];
  const g = group({ ask });
  const result = evaluateCondition({ distinct: 'ask', field: 'dialHost', gte: 2, groupBy: 'askHost' }, g, ALONE);
  assert.ok(result.ok);
  assert.is(result.why[0].detail, 'askHost app:3000: 2 distinct dialHosts (10.0.3.3, 10.0.3.4)');
  assert.equal(result.evidence.get('ask')!.map((f) => f.line), [1, 2]);
});

test('distinct within: values count together only inside one window, when every value is timed', () => {
  const spread = group({ ask: [refused(1, '10.0.3.3', undefined, 0), refused(2, '10.0.3.4', undefined, 30)] });
  const condition = { distinct: 'ask', field: 'dialHost', gte: 2, within: '15m' };
  assert.not.ok(evaluateCondition(condition, spread, ALONE).ok);
  assert.ok(evaluateCondition({ ...condition, within: '45m' }, spread, ALONE).ok);
  const untimed = group({ ask: [refused(1, '10.0.3.3', undefined, 0), refused(2, '10.0.3.4')] });
  assert.ok(evaluateCondition(condition, untimed, ALONE).ok, 'an untimed value counts as inside the window');
});

test('distinct: reads its pattern and its field and groupBy; the schema wants a field', () => {
  const condition = { distinct: 'ask', field: 'dialHost', gte: 2, groupBy: 'askHost', within: '15m' };
  assert.equal(conditionReferences(condition), [{ at: 'distinct', name: 'ask' }]);
  assert.equal(conditionFieldsRead(condition), ['dialHost', 'askHost']);
  assert.is(describeCondition(condition), 'distinct dialHost of ask per askHost within 15m >= 2');
  assert.is(conditionProblem(condition), undefined);
  assert.equal(
    conditionProblem({ distinct: 'ask', gte: 2 }),
    { path: 'condition.field', reason: 'missing (required: distinct, field, gte)' },
  );
  assert.equal(conditionProblem({ distinct: 'ask', field: '', gte: 2 })?.path, 'condition.field');
});

test.run();
