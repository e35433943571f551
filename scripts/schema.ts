/**
 * `npm run schema`: writes the files generated from the rule schema. Bundled by esbuild rather
 * than compiled by tsc, so it runs even while the committed rule types are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  README_PATH, RULE_SCHEMA_PATH, RULE_TYPES_PATH, readmeWithReference, ruleSchemaJson, ruleTypesSource,
} from '../src/schema/generated.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function update(relative: string, content: string): void {
  const file = path.join(ROOT, relative);
  const before = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (before === content) {
    process.stdout.write(`${relative}: up to date\n`);
    return;
  }
  writeFileSync(file, content);
  process.stdout.write(`${relative}: written\n`);
}

update(RULE_SCHEMA_PATH, ruleSchemaJson());
update(RULE_TYPES_PATH, ruleTypesSource());
update(README_PATH, readmeWithReference(readFileSync(path.join(ROOT, README_PATH), 'utf8')));
