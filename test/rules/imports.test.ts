/**
 * rules/ is data and the types of rules: it imports nothing from the engine, nor from the pack
 * loader and the schema, which use the engine's condition registry.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const RULES = path.join(ROOT, 'src', 'rules');
const FORBIDDEN = ['engine', 'rule-packs', 'schema'].map((dir) => path.join(ROOT, 'src', dir) + path.sep);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

test('src/rules imports nothing from src/engine, src/rule-packs or src/schema', () => {
  const files = sources(RULES);
  assert.ok(files.length > 10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), specifier);
      const bad = FORBIDDEN.find((dir) => target.startsWith(dir));
      assert.not.ok(bad, `${path.relative(ROOT, file)} imports ${specifier}`);
    }
  }
});

test.run();
