/**
 * The Aho–Corasick prefilter for large literal sets: it finds the first line holding a literal
 * (its first PREFIX_BYTES bytes) exactly where a search for each literal finds it, and a scan
 * with a Sigma-sized pack of rules that cannot fire reports what the built-ins alone report.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AhoCorasickMatcher, PREFIX_BYTES } from '../../src/prefilter/aho-corasick.js';
import { AHO_CORASICK_ABOVE, BIGRAM_BLOCKS_UP_TO, QGRAM_FILTER_UP_TO, bytePrefilter } from '../../src/prefilter/byte-prefilter.js';
import { TrigramWuManberMatcher } from '../../src/prefilter/trigram-wu-manber.js';
import { MultiLiteralMatcher } from '../../src/prefilter/multi-literal.js';
import { QgramFilterMatcher } from '../../src/prefilter/qgram-filter.js';
import { buildLiteralTable, analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { makeRulePack } from '../../bench/rule-pack.js';
import { ROOT, tempDir } from '../helpers.js';
import { runs } from '../fuzz/hostile.js';

const LITERALS = [
  'FATA',
  'ERROR ',
  '[F]',
  'level=error',
  'régime',
  'read-only file',
  'ab',
  'failed to get permission for on-demand certificate',
];
const NEWLINE = 0x0a;

/** The start of the first line at or after `from` holding a literal's prefix, found by searching for each; -1: none. */
function referenceLine(buf: Buffer, from: number, literals: readonly string[]): number {
  let first = -1;
  for (const literal of literals) {
    const prefix = Buffer.from(literal, 'utf8').subarray(0, PREFIX_BYTES);
    const at = buf.indexOf(prefix, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return -1;
  // The line of the earliest start is the earliest line with an occurrence: a prefix holds no newline.
  return Math.max(from, buf.lastIndexOf(NEWLINE, first - 1) + 1);
}

const piece = fc.oneof(
  fc.constantFrom(...LITERALS.flatMap((l) => [l, l.slice(0, 3), l.slice(1)])),
  fc.constantFrom('\n', ' ', 'x', 'é', 'failed to get permission'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => Buffer.from(pieces.join(''), 'utf8'));

test('property: the line of the first hit is the first line holding a literal, from any offset', () => {
  const matcher = new AhoCorasickMatcher(LITERALS);
  fc.assert(
    fc.property(text, fc.nat(), (buf, start) => {
      const from = buf.length === 0 ? 0 : start % buf.length;
      const hit = matcher.findFirst(buf, from, buf.length);
      const expected = referenceLine(buf, from, LITERALS);
      if (expected < 0) return hit === -1;
      const line = Math.max(from, buf.lastIndexOf(NEWLINE, hit - 1) + 1);
      const holds = LITERALS.some((l) => buf.subarray(hit).indexOf(Buffer.from(l).subarray(0, PREFIX_BYTES)) === 0);
      return hit >= from && line === expected && holds;
    }),
    runs(3000),
  );
});

test('nothing past `to` is found, and a hit must end before it', () => {
  const matcher = new AhoCorasickMatcher(['ERROR ']);
  const buf = Buffer.from('ok\nERROR here\n');
  assert.is(matcher.findFirst(buf, 0, 8), -1);
  assert.is(matcher.findFirst(buf, 0, 9), 3);
});

test('thousands of literals: each is found alone on a line, and the table stays small', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `marker-${i.toString(36)}-zq`);
  const matcher = new AhoCorasickMatcher(many);
  for (const literal of [many[0], many[1234], many[4999]]) {
    const buf = Buffer.from(`nothing here\nsome text ${literal} more\n`);
    assert.is(matcher.findFirst(buf, 0, buf.length), buf.indexOf(literal));
  }
  assert.ok(matcher.states < 0x10000, `${matcher.states} states`);
});

/** The built-in rules and the bench's pack of 100 times as many (variants with distinct literals). */
function sigmaSizedPack(): string {
  const file = path.join(tempDir(), 'rules-100x.json');
  writeFileSync(file, JSON.stringify({ rules: makeRulePack('redfix-bench', 100).rules }));
  return file;
}

test('the scan picks the q-gram filter for literals of 5 bytes or more, Wu–Manber for shorter ones, the automaton past 16,000', async () => {
  const builtins = buildLiteralTable(await loadRules()).list;
  assert.ok(bytePrefilter(builtins) instanceof QgramFilterMatcher);
  // A Sigma-sized table, kept within the trigram blocks' range whatever the built-ins' own count grows to.
  const table = buildLiteralTable(await loadRules([sigmaSizedPack()])).list;
  const big = [...new Set(table)].slice(0, AHO_CORASICK_ABOVE - 1);
  assert.ok(big.length > BIGRAM_BLOCKS_UP_TO, `${big.length} literals`);
  assert.ok(bytePrefilter(big) instanceof QgramFilterMatcher);
  const huge = [...big, ...Array.from({ length: QGRAM_FILTER_UP_TO }, (_, i) => `marker-${i}-zq`)];
  assert.ok(bytePrefilter(huge) instanceof AhoCorasickMatcher);
  assert.ok(bytePrefilter([...huge.slice(0, AHO_CORASICK_ABOVE + 1), 'abcd']) instanceof AhoCorasickMatcher);
  // A literal of 3 or 4 bytes (a rule may have one) rules out the q-gram filter: Wu–Manber, 2- then 3-byte blocks.
  assert.ok(bytePrefilter([...builtins.slice(0, BIGRAM_BLOCKS_UP_TO - 1), 'abcd']) instanceof MultiLiteralMatcher);
  assert.ok(bytePrefilter([...builtins.slice(0, BIGRAM_BLOCKS_UP_TO), 'abcd']) instanceof TrigramWuManberMatcher);
  assert.ok(bytePrefilter([...big, 'abcd']) instanceof TrigramWuManberMatcher);
  // A literal under 3 bytes rules out 3-byte blocks: 2-byte ones up to 1,200 literals, then the automaton.
  assert.ok(bytePrefilter([...big.slice(0, 1000), 'ab']) instanceof MultiLiteralMatcher);
  assert.ok(bytePrefilter([...big.slice(0, 1300), 'ab']) instanceof AhoCorasickMatcher);
});

test('the canon sweep with 1,300 more rules that cannot fire: the same report as the built-ins alone', async () => {
  const runsDir = path.join(ROOT, 'corpus', 'redfix-canon-sweep', 'input');
  const builtins = await loadRules();
  const withRules = await loadRules([sigmaSizedPack()]);
  const strip = (result: Awaited<ReturnType<typeof analyze>>) =>
    JSON.stringify({ findings: result.findings, unexplained: result.unexplained, recipes: result.recipes });
  const alone = await analyze({ paths: [], runsDirs: [runsDir], rules: builtins });
  const withPack = await analyze({ paths: [], runsDirs: [runsDir], rules: withRules });
  assert.equal(withPack.findings.map((f) => f.id), alone.findings.map((f) => f.id));
  assert.ok(strip(withPack) === strip(alone), 'the findings, unexplained failures or verdicts differ with the pack');
  assert.ok(alone.findings.length >= 12);
});

test.run();
