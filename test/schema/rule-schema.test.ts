/**
 * The rule schema: the committed files generated from it are current, it is standard JSON Schema
 * (ajv agrees with our validator), it uses only the keywords our validator knows, every built-in
 * rule passes it, and its enums cover every format and kind an event really carries.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { ROOT } from '../helpers.js';
import {
  README_PATH, RULE_SCHEMA_PATH, RULE_TYPES_PATH, readmeWithReference, ruleSchemaJson, ruleTypesSource,
} from '../../src/schema/generated.js';
import { ruleSchema } from '../../src/schema/rule-schema.js';
import { SCHEMA_KEYWORDS, firstProblem, type JsonSchema } from '../../src/schema/json-schema.js';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { EVENT_FORMATS } from '../../src/parsers/registry.js';
import { EVENT_KINDS } from '../../src/events.js';
import { ingest } from '../../src/analyze.js';
import { userRule } from '../cli/fixtures.js';

const committed = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');
const STALE = 'is stale: run `npm run schema` and commit the result';

test(`${RULE_SCHEMA_PATH}, ${RULE_TYPES_PATH} and the README's rule reference are current`, () => {
  assert.ok(committed(RULE_SCHEMA_PATH) === ruleSchemaJson(), `${RULE_SCHEMA_PATH} ${STALE}`);
  assert.ok(committed(RULE_TYPES_PATH) === ruleTypesSource(), `${RULE_TYPES_PATH} ${STALE}`);
  const readme = committed(README_PATH);
  assert.ok(readme === readmeWithReference(readme), `${README_PATH}: the rule reference ${STALE}`);
});

// ajv is CommonJS: under NodeNext its class is the default export's `default`. errorMessage is an
// annotation (editors show it); format regex is an ECMAScript regex, as the validator checks it. Strict
// but for required keys declared outside properties: the literals-or-kind alternatives.
const ajv = new Ajv.default({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
ajv.addFormat('regex', (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
});
const SCHEMA = ruleSchema();
const validatePack = ajv.compile(JSON.parse(committed(RULE_SCHEMA_PATH)) as object);
const ours = (rule: unknown) => firstProblem(rule, SCHEMA.definitions!.rule, SCHEMA);

test('every built-in rule is valid, as a pack of them all (ajv) and one by one (our validator)', () => {
  assert.ok(validatePack(BUILTIN_RULES), JSON.stringify(validatePack.errors?.slice(0, 3)));
  for (const rule of BUILTIN_RULES) assert.is(ours(rule), undefined, rule.id);
});

test('a pack may be one rule, a list, or {"rules": [...]}, each with $schema', () => {
  const rule = { $schema: '../schema/rule.schema.json', ...userRule() };
  for (const pack of [rule, [userRule()], { $schema: '../schema/rule.schema.json', rules: [userRule()] }]) {
    assert.ok(validatePack(pack), JSON.stringify(validatePack.errors?.slice(0, 3)));
  }
  assert.not.ok(validatePack({ rules: [userRule()], disabled: [] }));
});

/** Broken rules, with where our validator must place the problem: ajv must refuse each too. */
const BROKEN: Array<[Record<string, unknown>, string]> = [
  [{ events: { hello: { literals: ['hello world'], kind: 'tier_end', format: 'gittea' } } }, 'events.hello.kind'],
  [{ events: { hello: { literals: ['hello world'], format: 'gittea' } } }, 'events.hello.format'],
  [{ events: { hello: { literals: ['hello world'], level: ['error', 'fatl'] } } }, 'events.hello.level[1]'],
  [{ classification: 'flaky' }, 'classification'],
  [{ genuineClassification: 'genuine' }, 'genuineClassification'],
  [{ condition: { whenever: 'hello' } }, 'condition'],
  [{ condition: { exists: 'hello', absent: 'hello' } }, 'condition.absent'],
  [{ condition: { all: [{ exists: 'hello' }, { yieldsTo: ['recipe-defekt'] }] } }, 'condition.all[1].yieldsTo[0]'],
  [{ condition: { count: 'hello', gte: 1, within: '10 min' } }, 'condition.within'],
  [{ events: { hello: { message: 'hello' } } }, 'events.hello'],
  [{ events: { hello: { literals: ['hi'] } } }, 'events.hello.literals[0]'],
  [{ events: { hello: { literals: ['hello world'], message: 'hello (' } } }, 'events.hello.message'],
  [{ events: { 'he llo': { literals: ['hello world'] } } }, 'events.he llo'],
  [{ confidence: 2 }, 'confidence'],
  [{ id: 'Hello_Rule' }, 'id'],
  [{ when: 'always' }, 'when'],
];

for (const [overrides, where] of BROKEN) {
  test(`refused by both validators: ${JSON.stringify(overrides)} (at ${where})`, () => {
    const rule = userRule(overrides);
    assert.not.ok(validatePack(rule), 'ajv accepted it');
    assert.is(ours(rule)?.path, where);
  });
}

test('the schema bounds condition nesting: ajv agrees at the limit and past it', () => {
  let condition: unknown = { exists: 'hello' };
  for (let i = 0; i < 15; i++) condition = { any: [condition] };
  assert.ok(validatePack(userRule({ condition })));
  assert.is(ours(userRule({ condition })), undefined);
  condition = { any: [condition] };
  assert.not.ok(validatePack(userRule({ condition })));
  assert.match(ours(userRule({ condition }))!.reason, 'nest deeper than 16 levels');
});

/** Every schema object in the tree, with where it is. */
function* schemas(schema: JsonSchema, where: string): Generator<[JsonSchema, string]> {
  yield [schema, where];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'definitions') {
      for (const [name, child] of Object.entries(value as Record<string, JsonSchema>)) {
        yield* schemas(child, `${where}.${key}.${name}`);
      }
    } else if (['items', 'allOf', 'anyOf', 'oneOf'].includes(key) && Array.isArray(value)) {
      for (const [i, child] of (value as JsonSchema[]).entries()) yield* schemas(child, `${where}.${key}[${i}]`);
    } else if (['items', 'additionalProperties', 'propertyNames', 'not'].includes(key) && typeof value === 'object') {
      yield* schemas(value as JsonSchema, `${where}.${key}`);
    }
  }
}

test('the schema uses only keywords our validator knows, and nothing beside a $ref', () => {
  for (const [schema, where] of schemas(SCHEMA, '#')) {
    for (const key of Object.keys(schema)) assert.ok(SCHEMA_KEYWORDS.has(key), `${where}: keyword ${key}`);
    if (schema.$ref === undefined) continue;
    assert.equal(Object.keys(schema), ['$ref'], `${where}: draft-07 ignores keywords beside $ref`);
  }
});

test('the enums cover every format and kind the corpus events carry', async () => {
  const formats = new Set<string>();
  const kinds = new Set<string>();
  await ingest({
    paths: [path.join(ROOT, 'corpus')], rules: [], everyLine: true, workers: 0,
    onEvent: (event) => {
      formats.add(event.format);
      if (event.kind !== undefined) kinds.add(event.kind);
    },
  });
  for (const format of formats) assert.ok(EVENT_FORMATS.includes(format), `format ${format} is not in EVENT_FORMATS`);
  const known: readonly string[] = EVENT_KINDS;
  for (const kind of kinds) assert.ok(known.includes(kind), `kind ${kind} not in EVENT_KINDS`);
  // The corpus holds every kind of input: the check above saw each of them.
  for (const format of ['junit', 'canonical', 'text', 'caddy', 'harness', 'pytest']) assert.ok(formats.has(format));
  for (const kind of ['test-case', 'tier-end', 'canonical-written', 'test-result']) assert.ok(kinds.has(kind), kind);
});

test.run();
