/**
 * What the engine keeps of each matching event: one scope group per run, recipe and scope value,
 * one fold per file, tier and template, one value tuple per distinct set of values. Events of
 * several groups, files and templates interleave in a real log; each must land where a lone one would.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RuleEngine, type ScanEvent } from '../../src/engine/engine.js';
import { LiteralTable } from '../../src/engine/literals.js';
import { GroupState } from '../../src/engine/state.js';
import { BUILTIN_ORIGIN, type Rule } from '../../src/rules/types.js';
import type { RunContext } from '../../src/engine/conditions.js';

const RULE: Rule = {
  id: 'boom-loop',
  title: 'boom',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.9,
  scope: 'tier',
  description: 'test rule: BOOM lines, their upstream captured, unless the line says ignored',
  events: {
    boom: { literals: ['BOOM', 'upstream'], message: 'BOOM(?: upstream (?<upstream>\\S+))?', exclude: 'ignored' },
    shout: { literals: ['SHOUT'], text: '^SHOUT (?<word>\\w+)' },
  },
  condition: { any: [{ exists: 'boom' }, { exists: 'shout' }] },
  rootCause: 'boom',
  fix: 'none',
};
const CONTEXT: RunContext = { concurrency: () => ({ count: 1, recipes: [] }), soleRecipe: () => undefined };

function engine(): { engine: RuleEngine; literals: LiteralTable } {
  const literals = new LiteralTable();
  return { engine: new RuleEngine([{ rule: RULE, origin: BUILTIN_ORIGIN }], literals), literals };
}

let line = 0;
function event(
  literals: LiteralTable, message: string,
  where: { path?: string; recipe?: string; tier?: string; text?: string } = {},
): ScanEvent {
  const hits = ['BOOM', 'upstream', 'SHOUT'].filter((l) => (where.text ?? message).includes(l)).map((l) => literals.intern(l));
  line += 1;
  return {
    path: where.path ?? 'app.log', line, format: 'text', message, text: where.text ?? message, fields: {},
    run: 'run', recipe: where.recipe ?? 'gitea', tier: where.tier, hits,
  };
}

/** Each view as recipe/tier with its pattern's folds as [line, count, tuples as [values, count]]. */
function summary(e: RuleEngine, pattern: string): Record<string, Array<[number, number, Array<[string, number]>]>> {
  const out: Record<string, Array<[number, number, Array<[string, number]>]>> = {};
  for (const view of e.views(e.compiled[0], CONTEXT)) {
    out[`${view.recipe}/${view.scopeValue ?? '*'}`] = view.folds(pattern)
      .map((f) => [f.line, f.count, [...f.tuples.values()].map((t) => [JSON.stringify(t.values), t.count])]);
  }
  return out;
}

test('interleaved recipes, tiers, files and templates: each event in its own group and fold', () => {
  line = 0;
  const { engine: e, literals } = engine();
  const at = [
    { recipe: 'gitea', tier: 'install' }, { recipe: 'mumble', tier: 'install' }, { recipe: 'gitea', tier: 'upgrade' },
    { recipe: 'gitea', tier: 'install', path: 'db.log' }, { recipe: 'gitea', tier: 'install' },
  ];
  for (let round = 0; round < 2; round++) {
    for (const where of at) e.ingest(event(literals, round === 0 ? 'BOOM upstream 10.0.0.1:80' : 'BOOM upstream x', where));
  }
  assert.equal(summary(e, 'boom'), {
    'gitea/install': [
      [1, 2, [['{"upstream":"10.0.0.1:80","tier":"install"}', 2]]], [6, 2, [['{"upstream":"x","tier":"install"}', 2]]],
      [4, 1, [['{"upstream":"10.0.0.1:80","tier":"install"}', 1]]], [9, 1, [['{"upstream":"x","tier":"install"}', 1]]],
    ],
    'mumble/install': [[2, 1, [['{"upstream":"10.0.0.1:80","tier":"install"}', 1]]], [7, 1, [['{"upstream":"x","tier":"install"}', 1]]]],
    'gitea/upgrade': [[3, 1, [['{"upstream":"10.0.0.1:80","tier":"upgrade"}', 1]]], [8, 1, [['{"upstream":"x","tier":"upgrade"}', 1]]]],
  });
});

test('one fold per template: repeats with other numbers fold, tuples keep each distinct set of values once', () => {
  line = 0;
  const { engine: e, literals } = engine();
  for (const upstream of ['10.0.0.1:80', '10.0.0.2:80', '10.0.0.1:80', '10.0.0.1:80', '10.0.0.2:80']) {
    e.ingest(event(literals, `BOOM upstream ${upstream}`, { tier: 'install' }));
  }
  e.ingest(event(literals, 'BOOM', { tier: 'install' }));
  e.ingest(event(literals, 'BOOM upstream 10.0.0.3:80 again', { tier: 'install' }));
  assert.equal(summary(e, 'boom')['gitea/install'], [
    [1, 5, [['{"upstream":"10.0.0.1:80","tier":"install"}', 3], ['{"upstream":"10.0.0.2:80","tier":"install"}', 2]]],
    [6, 1, [['{"tier":"install"}', 1]]],
    [7, 1, [['{"upstream":"10.0.0.3:80","tier":"install"}', 1]]],
  ]);
});

test('a line holding two literals of one pattern counts once; an excluded line not at all', () => {
  line = 0;
  const { engine: e, literals } = engine();
  e.ingest(event(literals, 'BOOM upstream a'));
  e.ingest(event(literals, 'BOOM upstream b ignored'));
  e.ingest(event(literals, 'upstream only'));
  const [view] = e.views(e.compiled[0], CONTEXT);
  assert.is(view.count('boom'), 1);
});

test('text and exclude see the line without terminal escapes, the message regex the message', () => {
  line = 0;
  const { engine: e, literals } = engine();
  e.ingest(event(literals, 'SHOUT loud', { text: '\x1b[1mSHOUT\x1b[0m loud' }));
  e.ingest(event(literals, 'BOOM upstream c', { text: 'BOOM upstream c \x1b[31mign\x1b[0mored' }));
  e.ingest(event(literals, 'BOOM upstream d', { text: 'BOOM upstream d \x1b[31mkept\x1b[0m' }));
  const [view] = e.views(e.compiled[0], CONTEXT);
  assert.equal(view.folds('shout').map((f) => f.valuesOf('word')), [['loud']]);
  assert.equal(view.folds('boom').map((f) => f.valuesOf('upstream')), [['d']]);
});

test('values in another order are another tuple (as their JSON is another key)', () => {
  const group = new GroupState('run', 'gitea', undefined);
  const e = { path: 'app.log', line: 1, format: 'text', message: 'm', text: 'm', fields: {} };
  const state = group.pattern('p');
  state.add(e, { a: '1', b: '2' });
  state.add({ ...e, line: 2 }, { b: '2', a: '1' });
  state.add({ ...e, line: 3 }, { a: '1', b: '2' });
  state.add({ ...e, line: 4 }, { a: '1' });
  state.add({ ...e, line: 5 }, { a: '1', b: '2', c: '3' });
  const [fold] = state.folds.values();
  assert.equal([...fold.tuples.values()].map((t) => [t.values, t.count, t.line]), [
    [{ a: '1', b: '2' }, 2, 1], [{ b: '2', a: '1' }, 1, 2], [{ a: '1' }, 1, 4], [{ a: '1', b: '2', c: '3' }, 1, 5],
  ]);
});

test.run();
