import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers.js';

const ids = BUILTIN_RULES.map((rule) => rule.id);

test('the built-in rule registry is sorted by id, each id once', () => {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.equal(ids, sorted, `rules/index.ts lists the rules out of order: put them as ${sorted.join(', ')}`);
  assert.is(new Set(ids).size, ids.length, 'an id is listed twice');
});

test('one rule per file under rules/<family>/, the file named by its id, every file registered', () => {
  const rulesDir = path.join(ROOT, 'src', 'rules');
  const files = readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((family) => readdirSync(path.join(rulesDir, family.name)))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length));
  assert.equal([...files].sort(), [...ids].sort());
});

test.run();
