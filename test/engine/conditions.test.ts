/** The registry of condition kinds: each kind is whole (schema, example, description, unit tests). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONDITION_KINDS, conditionKind, describeCondition } from '../../src/engine/conditions.js';
import type { Condition } from '../../src/rules/types.js';
import { ruleSchema } from '../../src/schema/rule-schema.js';
import { firstProblem, resolveRef } from '../../src/schema/json-schema.js';
import { ROOT } from '../helpers.js';

const SCHEMA = ruleSchema();

test('every kind has a unique key, and a condition is told apart by it', () => {
  const keys = CONDITION_KINDS.map((k) => k.key);
  assert.equal([...new Set(keys)], keys);
  for (const kind of CONDITION_KINDS) {
    const example = resolveRef({ $ref: `#/definitions/${kind.key}Condition` }, SCHEMA).examples![0] as Condition;
    assert.is(conditionKind(example), kind);
  }
  assert.throws(() => conditionKind({ whenever: 'a' } as unknown as Condition), /not a condition: keys whenever/);
});

test("every kind's schema fragment requires its key, closes its fields, and its example is a valid condition", () => {
  for (const kind of CONDITION_KINDS) {
    const fragment = resolveRef({ $ref: `#/definitions/${kind.key}Condition` }, SCHEMA);
    assert.is(fragment.required![0], kind.key, kind.key);
    assert.is(fragment.additionalProperties, false, kind.key);
    assert.ok(fragment.description, `${kind.key}: a description (the README's "holds when")`);
    const example = fragment.examples![0];
    assert.is(
      firstProblem(example, SCHEMA.definitions!.condition, SCHEMA),
      undefined,
      `${kind.key}: ${JSON.stringify(example)}`,
    );
    assert.type(describeCondition(example as Condition), 'string');
  }
});

test('every kind has its unit tests, test/engine/conditions/<key>.test.ts', () => {
  for (const kind of CONDITION_KINDS) {
    const file = `${kind.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.test.ts`;
    assert.ok(
      existsSync(path.join(ROOT, 'test', 'engine', 'conditions', file)),
      `${kind.key}: no test/engine/conditions/${file}`,
    );
  }
});

test.run();
