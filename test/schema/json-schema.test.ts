/** The schema walker: one verdict and one reason per keyword, with the path of the field. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstProblem, type JsonSchema } from '../../src/schema/json-schema.js';

const check = (value: unknown, schema: JsonSchema, root: JsonSchema = schema) => firstProblem(value, schema, root);

test('type, enum, and errorMessage in their place', () => {
  assert.equal(check(3, { type: 'string' }), { path: '', reason: 'must be a string' });
  assert.equal(check(1.5, { type: 'integer' }), { path: '', reason: 'must be a whole number' });
  assert.is(check(2, { type: 'number' }), undefined, 'an integer is a number');
  assert.equal(
    check(null, { type: ['string', 'number', 'boolean'] }),
    { path: '', reason: 'must be a string or a number or true or false' },
  );
  assert.equal(check('x', { type: 'string', enum: ['a', 'b'] }), { path: '', reason: '"x" is not one of a, b' });
  assert.equal(
    check(['a'], { type: 'string', enum: ['a', 'b'] }),
    { path: '', reason: 'must be one of a, b (a single string)' },
  );
  assert.equal(check(3, { type: 'string', errorMessage: 'must be a name' }), { path: '', reason: 'must be a name' });
});

test('strings: minLength in code points, pattern, format regex', () => {
  assert.equal(
    check('ab', { type: 'string', minLength: 3 }),
    { path: '', reason: 'must be at least 3 characters long (got "ab")' },
  );
  assert.is(check('a😀b', { type: 'string', minLength: 3 }), undefined);
  assert.equal(
    check('A', { type: 'string', pattern: '^[a-z]+$' }),
    { path: '', reason: 'must match /^[a-z]+$/ (got "A")' },
  );
  assert.match(check('a(', { type: 'string', format: 'regex' })!.reason, /^invalid regex: /);
  assert.is(check('(?<name>a)', { type: 'string', format: 'regex' }), undefined);
});

test('numbers: minimum and maximum', () => {
  assert.equal(
    check(2, { type: 'number', minimum: 0, maximum: 1 }),
    { path: '', reason: 'must be a number from 0 to 1' },
  );
  assert.equal(check(0, { type: 'integer', minimum: 1 }), { path: '', reason: 'must be a whole number >= 1' });
  assert.equal(check(5, { type: 'integer', maximum: 4 }), { path: '', reason: 'must be a whole number <= 4' });
});

test('objects: unknown fields first, then names, required, size, each property, other properties', () => {
  const schema: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['a'],
    properties: {
      a: { type: 'string' },
      b: {
        type: 'object',
        minProperties: 1,
        propertyNames: { pattern: '^x' },
        additionalProperties: { type: 'number' },
      },
    },
  };
  assert.equal(check({ a: 1, c: 2 }, schema), { path: 'c', reason: 'unknown field (known: a, b)' });
  assert.equal(check({}, schema), { path: 'a', reason: 'missing (required: a)' });
  assert.equal(check({ a: 1 }, schema), { path: 'a', reason: 'must be a string' });
  assert.equal(check({ a: 'ok', b: {} }, schema), { path: 'b', reason: 'must hold at least 1 entries' });
  assert.equal(check({ a: 'ok', b: { yy: 1 } }, schema), { path: 'b.yy', reason: 'must match /^x/ (got "yy")' });
  assert.equal(check({ a: 'ok', b: { xa: 'one' } }, schema), { path: 'b.xa', reason: 'must be a number' });
  assert.is(check({ a: 'ok', b: { xa: 1 } }, schema), undefined);
});

test('arrays: size, items, tuples', () => {
  assert.equal(check([], { type: 'array', minItems: 1 }), { path: '', reason: 'must not be empty' });
  assert.equal(check([1, 2, 3], { type: 'array', maxItems: 2 }), { path: '', reason: 'must hold at most 2 items' });
  assert.equal(
    check(['a', 2], { type: 'array', items: { type: 'string' } }),
    { path: '[1]', reason: 'must be a string' },
  );
  assert.equal(
    check(['a', 2], { type: 'array', items: [{ type: 'string' }, { type: 'string' }] }),
    { path: '[1]', reason: 'must be a string' },
  );
});

test('$ref resolves into definitions; allOf checks each', () => {
  const root: JsonSchema = {
    definitions: { name: { type: 'string', minLength: 2 } },
    allOf: [{ $ref: '#/definitions/name' }],
  };
  assert.equal(check('x', root), { path: '', reason: 'must be at least 2 characters long (got "x")' });
  assert.throws(() => check('x', { $ref: '#/definitions/none' }), /cannot resolve #\/definitions\/none/);
});

test('oneOf of closed objects is told apart by the first required key, and the chosen one speaks', () => {
  const condition: JsonSchema = {
    type: 'object',
    errorMessage: 'must be one condition',
    oneOf: [
      { type: 'object', additionalProperties: false, required: ['exists'], properties: { exists: { type: 'string' } } },
      {
        type: 'object',
        additionalProperties: false,
        required: ['count', 'gte'],
        properties: { count: { type: 'string' }, gte: { type: 'integer' } },
      },
    ],
  };
  assert.is(check({ count: 'p', gte: 2 }, condition), undefined);
  assert.equal(check({ count: 'p' }, condition), { path: 'gte', reason: 'missing (required: count, gte)' });
  assert.equal(
    check({ exists: 'p', count: 'q' }, condition),
    { path: 'count', reason: 'unknown field (known: exists)' },
  );
  assert.equal(check({ when: 'p' }, condition), { path: '', reason: 'must be one condition (got keys: when)' });
  assert.equal(check('p', condition), { path: '', reason: 'must be one condition' });
});

test('other oneOf: exactly one alternative must hold', () => {
  const schema: JsonSchema = { oneOf: [{ type: 'number' }, { type: 'integer' }, { type: 'string' }] };
  assert.is(check('a', schema), undefined);
  assert.equal(check(1, schema), { path: '', reason: 'matches more than one alternative' });
  assert.equal(check(true, schema), { path: '', reason: 'matches none of the alternatives' });
});

test('anyOf: required-only alternatives say what is needed, else the alternative of the value\'s type speaks', () => {
  assert.equal(
    check({}, { type: 'object', anyOf: [{ required: ['literals'] }, { required: ['kind'] }] }),
    { path: '', reason: 'needs literals or kind' },
  );
  const oneOrMore: JsonSchema = {
    anyOf: [{ type: 'string', enum: ['a'] }, { type: 'array', minItems: 1, items: { type: 'string', enum: ['a'] } }],
    errorMessage: 'must be a or a list of them',
  };
  assert.equal(check('b', oneOrMore), { path: '', reason: '"b" is not one of a' });
  assert.equal(check(['a', 'b'], oneOrMore), { path: '[1]', reason: '"b" is not one of a' });
  assert.equal(check(3, oneOrMore), { path: '', reason: 'must be a or a list of them' });
});

test('not: a schema that always refuses, with its message', () => {
  assert.equal(check({}, { not: {}, errorMessage: 'too deep' }), { path: '', reason: 'too deep' });
  assert.is(check(1, { not: { type: 'string' } }), undefined);
});

test.run();
