/**
 * A user regex is compiled by RE2JS once: the pack's validation compiles it to check it, and the
 * rule engine built from the pack reuses that compilation (a 1,300-rule pack compiled each twice).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RE2JS } from 're2js';
import { loadRules } from '../../src/rule-packs/load.js';
import { RuleEngine } from '../../src/engine/engine.js';
import { LiteralTable } from '../../src/engine/literals.js';
import { rulePack, userRule } from '../cli/fixtures.js';

test('a pack\'s regexes are compiled once each, by its validation, and the engine reuses them', async () => {
  const message = 'compiled once (?<who>\\w+) [a-z]{3}';
  const text = 'and once more (?<what>\\d+)';
  const pack = rulePack({
    rules: [
      userRule({ id: 'compiled-once-a', events: { hello: { literals: ['hello world'], message } } }),
      // The same source in a second rule: one compilation serves both.
      userRule({ id: 'compiled-once-b', events: { hello: { literals: ['hello there'], message, text } } }),
    ],
  });
  const compile = RE2JS.compile.bind(RE2JS);
  const compiled: string[] = [];
  RE2JS.compile = (source: string, flags?: number) => {
    compiled.push(source);
    return compile(source, flags);
  };
  try {
    const rules = await loadRules([pack]);
    const engine = new RuleEngine(rules, new LiteralTable());
    assert.ok(engine);
  } finally {
    RE2JS.compile = compile;
  }
  assert.equal(compiled.filter((s) => s === message || s === text).sort(), [message, text].sort());
});

test.run();
