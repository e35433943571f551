/**
 * Issue 16's lint policy, which ESLint's own options do not state: `max-lines-per-function` is
 * never disabled, and every other disable comment says why (`-- <reason>`).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const DIRECTORIES = ['src', 'test', 'bench', 'scripts', 'bin'];
const DISABLE = /eslint-disable(?:-next-line|-line)?\b(.*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(name) ? [full] : [];
  });
}

/** Every disable comment in the project's code, with where it is. */
function disables(): Array<{ where: string; rest: string }> {
  const found: Array<{ where: string; rest: string }> = [];
  for (const dir of DIRECTORIES) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const match = DISABLE.exec(line);
          if (match && /^\s*(\/\/|\/\*|\*)/.test(line)) {
            found.push({ where: `${path.relative(ROOT, file)}:${i + 1}`, rest: match[1] });
          }
        });
    }
  }
  return found;
}

test('no disable comment names max-lines-per-function', () => {
  assert.equal(disables().filter((d) => d.rest.includes('max-lines-per-function')).map((d) => d.where), []);
});

test('every disable comment names its rule and gives a reason after --', () => {
  const bare = disables().filter((d) => !/^\s+[\w@/-]+(?:,\s*[\w@/-]+)*\s+--\s+\S/.test(d.rest));
  assert.equal(bare.map((d) => d.where), []);
  assert.ok(disables().length > 0, 'the search found no disable comment at all: it is not reading the code');
});

test.run();
