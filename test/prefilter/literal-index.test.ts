/**
 * The literals a candidate line holds are found at a cost that follows the line, not the rule
 * set: with 10,000 user rules, a line walks the few literals that start like its text (no pass
 * over the list), and finds exactly what literalHits finds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { LiteralIndex, literalHits } from '../../src/prefilter/multi-literal.js';
import { LiteralAutomaton } from '../../src/prefilter/literal-automaton.js';
import { buildLiteralTable } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { runs } from '../fuzz/hostile.js';

const MANY = Array.from({ length: 10_000 }, (_, i) => `marker${i}zq`);
const literals = [...MANY, 'read-only file', 'FATA', 'ERROR', 'é€😀x', '[F]', 'ab'];

/** The literal list, counting how many of its entries a search reads. */
function counted(list: readonly string[]): { list: string[]; reads: () => number; reset: () => void } {
  let reads = 0;
  const proxy = new Proxy([...list], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list: proxy, reads: () => reads, reset: () => { reads = 0; } };
}

test('a line reads a handful of the 10,000 literals, not all of them', () => {
  const list = counted(literals);
  const index = new LiteralIndex(list.list);
  const line = '2026/06/18 [F] open /etc/gitea/app.ini: read-only file system marker42zq and marker9999zq';
  list.reset();
  const hits = index.hits(line);
  assert.ok(list.reads() < 50, `${list.reads()} literals read for one line`);
  assert.equal(hits, literalHits(line, literals));
  assert.equal(hits.map((id) => literals[id]), ['marker42zq', 'marker9999zq', 'read-only file', '[F]']);
});

test('property: the same hits as the reference, in the same order, on any line (repeats, overlaps, non-ASCII)', () => {
  const index = new LiteralIndex(literals);
  const pieces = fc.constantFrom(...literals.slice(9990), 'marker', 'zq', 'mark', 'é', '😀', ' ', 'FAT', 'ERR', 'a', 'b', '[', 'F', ']');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
    const line = parts.join('');
    assert.equal(index.hits(line), literalHits(line, literals));
  }), runs(300));
});

test('a small literal set keeps the one-by-one search, with the same answers', () => {
  const few = ['FATA', 'ERROR', 'read-only file'];
  const index = new LiteralIndex(few);
  assert.equal(index.hits('FATA ERROR read-only file FATA'), [0, 1, 2]);
  assert.equal(index.hits('nothing here'), []);
});

test('property: the automaton finds what the reference finds, on the built-in literals and on overlapping ones', async () => {
  const builtins = buildLiteralTable(await loadRules()).list;
  const overlapping = ['ab', 'abc', 'bca', 'c', 'abcab', 'é€😀x', '😀', 'ERROR', 'ERRO[', 'RRO', 'ab'];
  for (const list of [builtins, overlapping, ['only'], ['', 'x']]) {
    const automaton = new LiteralAutomaton(list);
    const pieces = fc.oneof(
      fc.constantFrom(...list.filter((l) => l.length > 0).flatMap((l) => [l, l.slice(0, 2), l.slice(1)])),
      fc.constantFrom(' ', '\u00e9', '\ud83d', '\ude00', 'x', '{"level":"', '\t'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const line = parts.join('');
      assert.equal(automaton.hits(line), literalHits(line, list), line);
    }), runs(500));
  }
});

test('the built-in literal set: the reference search for the first lines, then the automaton, with the same hits', async () => {
  const builtins = buildLiteralTable(await loadRules()).list;
  const index = new LiteralIndex(builtins);
  const line = '{"level":"error","ts":1718673276.5,"logger":"tls.on_demand","msg":"request to \'ask\' endpoint failed"}';
  const expected = literalHits(line, builtins);
  assert.ok(expected.length > 0);
  for (let i = 0; i < 600; i++) assert.equal(index.hits(`${i} ${line}`), expected, `line ${i}`);
  assert.ok((index as unknown as { automaton?: LiteralAutomaton }).automaton !== undefined, 'built after the first lines');
});

test.run();
