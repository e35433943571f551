/**
 * The engine's state stays bounded however many events match (STATE_LIMITS): a crash loop repeats
 * a line millions of times, a hostile log can make every line distinct. Counts stay exact while
 * what is kept is capped: folds per pattern, value tuples per fold, timestamps per pattern.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { RuleEngine, type ScanEvent } from '../../src/engine/engine.js';
import { LiteralTable } from '../../src/engine/literals.js';
import { STATE_LIMITS } from '../../src/engine/state.js';
import type { LoadedRule, Rule } from '../../src/rules/types.js';
import type { RunContext } from '../../src/engine/conditions.js';
import { loadLinearEngine } from '../../src/engine/linear-engine.js';
import { hostileLine, runs } from './hostile.js';

const test = suite('fuzz: bounded engine state');

// The test rule has a user's origin, so its patterns compile on the linear-time engine.
await loadLinearEngine();

const RULE: Rule = {
  id: 'boom-loop',
  title: 'boom',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.9,
  scope: 'recipe',
  description: 'test rule: every line holding BOOM! matches, its upstream captured',
  events: { boom: { literals: ['BOOM!'], message: 'BOOM!(?: upstream (?<upstream>\\S+))?' } },
  condition: { distinct: 'boom', field: 'upstream', gte: 2 },
  rootCause: 'boom via {{upstream}}',
  fix: 'none',
};
const LOADED: LoadedRule[] = [{ rule: RULE, origin: 'test' }];
const CONTEXT: RunContext = { concurrency: () => ({ count: 1, recipes: ['gitea'] }), soleRecipe: () => 'gitea' };

function engine(): { engine: RuleEngine; literal: number } {
  const literals = new LiteralTable();
  const literal = literals.intern('BOOM!');
  return { engine: new RuleEngine(LOADED, literals), literal };
}

function event(literal: number, line: number, message: string, path = 'app.log', ts?: number): ScanEvent {
  return { path, line, format: 'text', message, text: message, fields: {}, run: 'run', recipe: 'gitea', ts, hits: [literal] };
}

/** Letters only, so the template masking (numbers, hex, IPs) cannot fold two of them together. */
function word(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(0x6b + ((n - 1) % 16)) + s;
  return `w${s}`;
}

test('distinct templates: at most foldsPerPattern folds, the count stays exact', () => {
  const { engine: e, literal } = engine();
  const n = STATE_LIMITS.foldsPerPattern * 40;
  for (let i = 0; i < n; i++) e.ingest(event(literal, i + 1, `BOOM! upstream 10.0.${i >> 8 & 255}.${i & 255}:443 ${word(i)}`));
  const [view] = e.views(e.compiled[0], CONTEXT);
  assert.is(view.count('boom'), n);
  assert.is(view.folds('boom').length, STATE_LIMITS.foldsPerPattern);
  // The folds kept are the first ones seen, in file order.
  assert.equal(view.folds('boom').slice(0, 3).map((f) => f.line), [1, 2, 3]);
  const [finding] = e.evaluate(CONTEXT);
  assert.ok(finding, 'the rule still fires on the capped state');
  assert.ok(finding.evidence.length <= STATE_LIMITS.foldsPerPattern);
});

test('one template, distinct values: at most tuplesPerFold tuples, the fold counts every repeat', () => {
  const { engine: e, literal } = engine();
  const n = STATE_LIMITS.tuplesPerFold * 50;
  for (let i = 0; i < n; i++) e.ingest(event(literal, i + 1, `BOOM! upstream 10.${i >> 16 & 255}.${i >> 8 & 255}.${i & 255}:3000`, 'caddy.log', 1_750_000_000_000 + i * 1000));
  const [view] = e.views(e.compiled[0], CONTEXT);
  const folds = view.folds('boom');
  assert.is(folds.length, 1, 'a crash loop folds into one piece of evidence');
  assert.is(folds[0].count, n);
  assert.is(folds[0].tuples.size, STATE_LIMITS.tuplesPerFold);
  assert.is(folds[0].tupleOverflow, n - STATE_LIMITS.tuplesPerFold);
  assert.is(view.timestamps('boom').length, STATE_LIMITS.timestampsPerPattern);
  const [finding] = e.evaluate(CONTEXT);
  assert.is(finding.evidence[0].count, n);
});

test('property: any mix of hostile matching lines keeps every cap and an exact count', () => {
  const lineArb = fc.tuple(hostileLine(8), fc.nat(3), fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 })));
  const linesArb = fc.array(lineArb, { minLength: 1, maxLength: 600 });
  fc.assert(fc.property(linesArb, fc.integer({ min: 1, max: 40 }), (lines, repeat) => {
    const { engine: e, literal } = engine();
    let n = 0;
    for (let r = 0; r < repeat; r++) {
      for (const [text, file, ts] of lines) {
        n += 1;
        e.ingest(event(literal, n, `BOOM! ${text}`, `f${file}.log`, ts ?? undefined));
      }
    }
    const [view] = e.views(e.compiled[0], CONTEXT);
    assert.is(view.count('boom'), n);
    const folds = view.folds('boom');
    assert.ok(folds.length <= STATE_LIMITS.foldsPerPattern);
    for (const fold of folds) assert.ok(fold.tuples.size <= STATE_LIMITS.tuplesPerFold);
    assert.ok(view.timestamps('boom').length <= STATE_LIMITS.timestampsPerPattern);
    // Evaluating a capped state never throws, whatever the captured values hold.
    e.evaluate(CONTEXT);
  }), runs(40));
});

test.run();
