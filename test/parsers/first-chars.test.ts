/**
 * First-character dispatch may only skip a pattern that would fail: what a regular expression's
 * match can begin with is never narrower than what it matches, and the formats whose sniffs pass
 * on a line are the same whether every sniff is tried or only the dispatched ones.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import {
  FirstCharDispatch, analyzeSniffFirstChars, canBeginAt, decodeFirstChars, encodeFirstChars, firstChars,
  sniffFirstChars, sniffKey,
} from '../../src/parsers/first-chars.js';
import { BUILTIN_SNIFF_FIRST_CHARS } from '../../src/parsers/sniff-first-chars.js';
import { ENVELOPE_FORMATS, PAYLOADS, sniffable } from '../../src/parsers/registry.js';
import type { LineGrammar } from '../../src/parsers/kit.js';
import { FRAGMENTS, SAMPLES, hostileLine, runs } from '../fuzz/hostile.js';
import { corpusLines } from '../helpers.js';

const test = suite('first characters of a pattern');

const begins = (pattern: RegExp, text: string) => canBeginAt(firstChars(pattern), text, 0);
const letters = (pattern: RegExp) => {
  const { ascii } = firstChars(pattern);
  return ascii.flatMap((can, code) => (can ? [String.fromCharCode(code)] : [])).join('');
};

test('a literal, a class, an alternation, an optional prefix', () => {
  assert.is(letters(/abc/), 'a');
  assert.is(letters(/[x-z]1/), 'xyz');
  assert.is(letters(/cat|dog/), 'cd');
  assert.is(letters(/(?:\[\d+\] )?[A-C]/), 'ABC[');
  assert.is(letters(/^a*b/), 'ab');
  assert.is(letters(/\d{4}-/), '0123456789');
});

test('case folding, a complement and any character widen the answer', () => {
  assert.is(letters(/error/i), 'Ee');
  const complement = firstChars(/[^a]/);
  assert.not.ok(complement.ascii['a'.charCodeAt(0)]);
  assert.ok(complement.ascii['b'.charCodeAt(0)] && complement.beyondAscii);
  assert.ok(begins(/./, 'é'));
  assert.ok(firstChars(/x/i).beyondAscii, 'case folding may match a non-ASCII character (the Kelvin sign)');
});

test('what it does not follow can begin anywhere', () => {
  for (const pattern of [/(a?)\1/, /(?<word>a)\k<word>/, /\p{L}/u, /./s, new RegExp('[a]', 'v')]) {
    const chars = firstChars(pattern);
    assert.ok(chars.empty && chars.beyondAscii && chars.ascii.every(Boolean), String(pattern));
  }
});

test('a pattern that can match nothing is tried everywhere, the end of the text included', () => {
  assert.ok(firstChars(/a?/).empty);
  assert.ok(begins(/a?/, ''));
  assert.not.ok(begins(/a/, ''));
  const dispatch = new FirstCharDispatch(['a', 'opt', 'b'], (item) => firstChars(item === 'opt' ? /x?/ : new RegExp(item)));
  assert.equal(dispatch.at('b…', 0), ['opt', 'b']);
  assert.equal(dispatch.at('', 0), ['opt']);
  assert.equal(dispatch.at('é', 0), ['opt']);
});

test('only a sniff anchored at the start, without m, g or y, is dispatched by its first character', () => {
  assert.ok(sniffFirstChars(/^ab/));
  assert.ok(sniffFirstChars(/^a|^b/));
  for (const sniff of [/ab/, /^a|b/, /^a/m, /^a/g, /^a/y]) assert.is(sniffFirstChars(sniff), undefined, String(sniff));
  assert.is(sniffFirstChars({ test: () => true }), undefined, 'a user format\'s RE2JS sniff');
});

const SNIFFED: ReadonlyArray<readonly LineGrammar<unknown>[]> = [ENVELOPE_FORMATS, PAYLOADS];

/** The names of the formats whose sniff passes on `text`, tried all or dispatched: the same, or a message. */
function sniffDifference(text: string): string | undefined {
  for (const grammars of SNIFFED) {
    const all = grammars.filter((g) => g.sniff.test(text)).map((g) => g.name);
    const dispatched = sniffable(grammars, text).filter((g) => g.sniff.test(text)).map((g) => g.name);
    if (all.join() !== dispatched.join()) return `${JSON.stringify(text)}: all ${all.join()}, dispatched ${dispatched.join()}`;
  }
  return undefined;
}

test('the formats whose sniff passes: on every sample and every corpus line', () => {
  const lines = [...SAMPLES, ...corpusLines(), ...FRAGMENTS];
  let sniffed = 0;
  for (const line of lines) {
    const found = sniffDifference(line);
    if (found !== undefined) assert.unreachable(found);
    if (ENVELOPE_FORMATS.some((g) => g.sniff.test(line)) || PAYLOADS.some((g) => g.sniff.test(line))) sniffed += 1;
  }
  assert.ok(sniffed > 1000, `${sniffed} lines passed a sniff`);
});

test('the formats whose sniff passes: on generated lines, and sample lines cut or prefixed', () => {
  const cut = fc.tuple(fc.constantFrom(...SAMPLES), fc.nat(), fc.constantFrom('', ' ', '\t', 'é', '\u2028', '{', '['))
    .map(([sample, at, prefix]) => prefix + sample.slice(at % (sample.length + 1)));
  fc.assert(fc.property(fc.oneof(hostileLine(), cut), (text) => sniffDifference(text) === undefined), runs(4000));
});

test('every built-in sniff: a line it accepts begins with a character its first characters hold', () => {
  const lines = fc.oneof(hostileLine(), fc.constantFrom(...SAMPLES));
  for (const grammars of SNIFFED) {
    for (const grammar of grammars) {
      const chars = sniffFirstChars(grammar.sniff);
      assert.ok(chars !== undefined, `${grammar.name}'s sniff is dispatched by its first character`);
      fc.assert(fc.property(lines, (text) => !grammar.sniff.test(text) || canBeginAt(chars, text, 0)), runs(300));
    }
  }
});

test("the built-in sniffs' shipped table is what the analysis says (`npm run first-chars` rewrites it)", () => {
  const sniffs = [...ENVELOPE_FORMATS, ...PAYLOADS]
    .flatMap(({ name, sniff }) => (sniff instanceof RegExp ? [{ name, sniff }] : []));
  for (const { name, sniff } of sniffs) {
    const shipped = BUILTIN_SNIFF_FIRST_CHARS[sniffKey(sniff)];
    assert.ok(shipped !== undefined, `${name}: its sniff is not in src/parsers/sniff-first-chars.ts: run npm run first-chars`);
    assert.equal(decodeFirstChars(shipped), analyzeSniffFirstChars(sniff), `${name}: stale entry: run npm run first-chars`);
    assert.equal(sniffFirstChars(sniff), analyzeSniffFirstChars(sniff), name);
  }
  const keys = new Set(sniffs.map(({ sniff }) => sniffKey(sniff)));
  assert.equal(Object.keys(BUILTIN_SNIFF_FIRST_CHARS).filter((key) => !keys.has(key)), [], 'entries of no built-in sniff');
});

test('a first-character set survives its encoding, whatever it holds', () => {
  const sets = fc.array(fc.boolean(), { minLength: 128, maxLength: 128 });
  fc.assert(fc.property(sets, fc.boolean(), fc.boolean(), (ascii, beyondAscii, empty) => {
    assert.equal(decodeFirstChars(encodeFirstChars({ ascii, beyondAscii, empty })), { ascii, beyondAscii, empty });
  }));
  assert.is(decodeFirstChars(encodeFirstChars(undefined)), undefined);
  // A pattern not in the table is analysed as before (a user's, a test's).
  assert.equal(sniffFirstChars(/^xyz/), analyzeSniffFirstChars(/^xyz/));
});

test.run();
