import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostics } from 'recheck';
import { BUILTIN_RULES } from '../../src/rules/index.js';
import { BUILTIN_HARNESS_FILE } from '../../src/parsers/harness/statements.js';
import { describeVerdict as describe, redosVerdict } from '../redos.js';

/**
 * Built-in rules run on V8's backtracking engine (user rules on RE2JS), so every built-in regex
 * is checked here with recheck and must be safe: none may backtrack super-linearly on a hostile
 * line. (An "A … then B" regex is split into a message and a text regex instead.)
 */
const KNOWN_SUPERLINEAR = new Set<string>();

/**
 * Every regex string of every built-in rule (message, text, match values, exclude) and every
 * built-in harness statement.
 */
function builtinRegexes(): Array<[where: string, source: string]> {
  const out: Array<[string, string]> = [];
  for (const rule of BUILTIN_RULES) {
    for (const [name, pattern] of Object.entries(rule.events)) {
      for (const key of ['message', 'text', 'exclude'] as const) {
        const source = pattern[key];
        if (source !== undefined) out.push([`${rule.id} events.${name}.${key}`, source]);
      }
      for (const [field, source] of Object.entries(pattern.match ?? {})) out.push([`${rule.id} events.${name}.match.${field}`, source]);
    }
  }
  // The shipped harness statements (formats/cc-ci-harness.json) run on V8 too; a user's run on RE2JS.
  for (const format of BUILTIN_HARNESS_FILE.formats) {
    for (const statement of format.statements ?? []) out.push([`formats/cc-ci-harness.json ${format.name} ${statement.kind}`, statement.pattern]);
  }
  return out;
}

// One check per distinct source (recheck takes a second or two each).
const verdicts = new Map<string, Promise<Diagnostics>>();
const diagnose = (source: string) => {
  if (!verdicts.has(source)) verdicts.set(source, redosVerdict(source));
  return verdicts.get(source)!;
};

const regexes = builtinRegexes();

test('there are built-in regexes to check', () => {
  assert.ok(regexes.length >= 10);
});

for (const [where, source] of regexes) {
  const known = KNOWN_SUPERLINEAR.has(where);
  test(`${where}: ${known ? 'known super-linear, never exponential' : 'ReDoS-safe'}`, async () => {
    const d = await diagnose(source);
    if (d.status === 'vulnerable') assert.is.not(d.complexity.type, 'exponential', `${where} /${source}/ is exponential: ${describe(d)}`);
    if (known) {
      console.log(`  recheck: ${where} /${source}/ → ${describe(d)}${d.status === 'safe' ? ' (now safe: drop it from KNOWN_SUPERLINEAR)' : ''}`);
      return;
    }
    assert.is(d.status, 'safe', `${where} /${source}/ → ${describe(d)}`);
  });
}

test('the known list names only regexes that exist', () => {
  const wheres = new Set(regexes.map(([where]) => where));
  for (const where of KNOWN_SUPERLINEAR) assert.ok(wheres.has(where), `${where} is gone: drop it from KNOWN_SUPERLINEAR`);
});

test.run();
