/** TypeScript declarations from a schema: named types from titles, the rest inline. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { typeScriptDeclarations } from '../../src/schema/typescript.js';
import type { JsonSchema } from '../../src/schema/json-schema.js';

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });

test('titled definitions are named types; a title seen twice is one type, shaped by the first', () => {
  const schema: JsonSchema = {
    oneOf: [ref('node')],
    definitions: {
      node: { title: 'Node', type: 'object', oneOf: [ref('leaf'), ref('list')] },
      leaf: {
        title: 'Leaf',
        description: 'A leaf.',
        type: 'object',
        additionalProperties: false,
        required: ['leaf'],
        properties: { leaf: { type: 'string' } },
      },
      list: {
        title: 'List',
        type: 'object',
        required: ['list'],
        properties: { list: { type: 'array', items: ref('node2') } },
      },
      node2: { title: 'Node', type: 'object', oneOf: [ref('leaf')] },
    },
  };
  assert.is(typeScriptDeclarations(schema, 'Root'), [
    'export type Root = Node;',
    '',
    'export type Node = Leaf | List;',
    '',
    '/** A leaf. */',
    'export interface Leaf {',
    '  leaf: string;',
    '}',
    '',
    'export interface List {',
    '  list: Node[];',
    '}',
    '',
  ].join('\n'));
});

test('enums, tuples, maps, one-or-more, optional fields with doc comments; long unions one member a line', () => {
  const values = Array.from({ length: 12 }, (_, i) => `value-number-${i}`);
  const schema: JsonSchema = {
    oneOf: [ref('thing')],
    definitions: {
      thing: {
        title: 'Thing',
        type: 'object',
        required: ['pair'],
        properties: {
          pair: { type: 'array', items: [{ type: 'string' }, { type: 'string' }] },
          tags: { description: 'Tags, any of.', anyOf: [ref('tag'), { type: 'array', items: ref('tag') }] },
          fields: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
          'odd-key': { not: {} },
        },
      },
      tag: { title: 'Tag', type: 'string', enum: values },
    },
  };
  const source = typeScriptDeclarations(schema, 'Root');
  assert.match(source, '  pair: [string, string];\n');
  assert.match(source, '  /** Tags, any of. */\n  tags?: Tag | Tag[];\n');
  assert.match(source, '  fields?: Record<string, string | number>;\n');
  assert.match(source, "  'odd-key'?: never;\n");
  assert.match(source, `export type Tag =\n  | 'value-number-0'\n`);
  assert.match(source, `  | 'value-number-11';\n`);
  for (const line of source.split('\n')) assert.ok(line.length <= 120, line);
});

test.run();
