import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import type { ScanEvent } from '../../src/engine/engine.js';
import { parse } from './lines.js';
import { tempDir } from '../helpers.js';

/** The field named `__proto__`, as an own data property, and the object's prototype untouched. */
function protoField(fields: object | undefined): unknown {
  assert.ok(fields !== undefined);
  assert.is(Object.getPrototypeOf(fields), Object.prototype);
  return Object.getOwnPropertyDescriptor(fields, '__proto__')?.value;
}

test('a JSON key named __proto__ is a field like any other, at the top or flattened from deeper', () => {
  const top = parse('{"level":"error","msg":"boom","__proto__":"polluted","constructor":"c"}');
  assert.is(protoField(top.fields), 'polluted');
  assert.is(top.fields?.constructor, 'c');
  // Past the flattening depth a value is kept as its JSON text, under its own name.
  const deep = parse('{"level":"error","msg":"boom","__proto__":[1,2]}');
  assert.is(protoField(deep.fields), '[1,2]');
});

test('a logfmt key named __proto__ is a field like any other', () => {
  const line = parse('level=error msg="boom" __proto__=polluted code=7');
  assert.is(line.format, 'logfmt');
  assert.is(protoField(line.fields), 'polluted');
  assert.is(line.fields?.code, '7');
});

test('a Caddy console line whose JSON holds __proto__ keeps it', () => {
  const line = parse('2024/04/03 23:40:56.123\tERROR\thttp.log.error\tdial failed\t{"__proto__": "polluted", "status": 502}');
  assert.is(line.format, 'caddy');
  assert.is(protoField(line.fields), 'polluted');
});

test('canonical.json with a __proto__ key: the event keeps it as a field', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'canonical.json');
  await fs.writeFile(file, JSON.stringify({ recipe: 'gitea', version: '3.2.0', promoted: '2026-06-18T01:05:00Z' })
    .replace('{', '{"__proto__":"polluted",'));
  const events: ScanEvent[] = [];
  await analyze({ paths: [file], rules: await loadRules(), workers: 0, onEvent: (e) => events.push(e) });
  const canonical = events.find((e) => e.format === 'canonical');
  assert.ok(canonical, 'a canonical event');
  assert.is(protoField(canonical.fields), 'polluted');
});

test.run();
