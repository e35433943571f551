/**
 * A format's hand-written fast path must read every line exactly as its grammar does (issue 17):
 * the grammar is the reference. Checked on generated lines (any text, and real sample lines
 * damaged: cut, spliced, pieces repeated, newlines put in), on every sample of every format, on
 * every line of the corpus and on the Loghub samples.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { EnvelopeResult, LineGrammar, ParseContext, PayloadResult } from '../../src/parsers/kit.js';
import { splitServicePrefix } from '../../src/parsers/docker/service-prefix.js';
import { parseLine, shortcutLine, shortcutsApply, type LineReading } from '../../src/parsers/line.js';
import { PAYLOADS } from '../../src/parsers/registry.js';
import { pytestSamples } from '../../src/parsers/pytest/grammar.js';
import { GRAMMARS, SAMPLES, grammarInput, runs } from '../fuzz/hostile.js';
import { corpusLines, sharedOrSkip } from '../helpers.js';

const test = suite('fast paths equal their grammars');

type AnyGrammar = LineGrammar<EnvelopeResult | PayloadResult>;
const FAST: readonly AnyGrammar[] = GRAMMARS.filter((grammar) => grammar.fastPath === true);
const ZONES = ['UTC', '+05:30', 'Europe/Berlin'];

/** Where the two readings of `text` differ, or undefined. */
function difference(grammar: AnyGrammar, text: string, tz: string): string | undefined {
  const fast = grammar.parse(text, { tz });
  const reference = grammar.parse(text, { tz, grammarOnly: true });
  if (isDeepStrictEqual(fast, reference)) return undefined;
  return `${grammar.name} on ${JSON.stringify(text)}: fast ${JSON.stringify(fast)}, grammar ${JSON.stringify(reference)}`;
}

function assertSame(grammar: AnyGrammar, lines: Iterable<string>): number {
  let read = 0;
  for (const line of lines) {
    for (const tz of ZONES) {
      const found = difference(grammar, line, tz);
      if (found !== undefined) assert.unreachable(found);
    }
    read += 1;
  }
  return read;
}

/** A generated line, sometimes with a newline put in (a journald message can carry one into a nested envelope). */
const generatedLine: fc.Arbitrary<string> = fc
  .tuple(grammarInput, fc.option(fc.nat()))
  .map(([line, at]) => (at === null ? line : `${line.slice(0, at % (line.length + 1))}\n${line.slice(at % (line.length + 1))}`));

type WordEdit = 'repeat' | 'drop' | 'swap' | 'newline' | 'character' | 'cut';

function editWords(words: string[], edit: WordEdit, at: number, character: string): string[] {
  const i = at % words.length;
  const next = [...words];
  if (edit === 'repeat') next.splice(i, 0, words[i]);
  else if (edit === 'drop') next.splice(i, 1);
  else if (edit === 'swap' && i + 1 < words.length) [next[i], next[i + 1]] = [words[i + 1], words[i]];
  else if (edit === 'newline') next.splice(i, 0, '\n');
  else if (edit === 'cut') {
    const cut = character.charCodeAt(0) % words[i].length;
    next[i] = words[i].slice(0, cut) + words[i].slice(cut + 1);
  }
  else next.splice(i, 0, character);
  return next.length > 0 ? next : words;
}

/**
 * A format's own sample lines with whole words (each with its trailing spaces) repeated, dropped,
 * swapped, a character cut out of one, or a newline or a character put between them: near misses
 * of the format's structure (a second details list, a bar before the task, a comma with no space
 * after it) that character-level damage rarely builds.
 */
function damagedWords(samples: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.constantFrom<WordEdit>('repeat', 'drop', 'swap', 'newline', 'character', 'cut'),
    fc.nat(),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );
  const editLists = fc.array(edit, { minLength: 1, maxLength: 3 });
  return fc.tuple(fc.constantFrom(...samples), editLists).map(([sample, edits]) => {
    let words = sample.split(/(?<= )(?! )/);
    for (const [kind, at, character] of edits) words = editWords(words, kind, at, character);
    return words.join('');
  });
}

test('the formats with a fast path include the docker service envelope', () => {
  assert.ok(FAST.some((grammar) => grammar.name === 'docker-service'), FAST.map((g) => g.name).join(', '));
});

for (const grammar of FAST) {
  test(`${grammar.name}: generated and damaged lines`, () => {
    fc.assert(
      fc.property(generatedLine, fc.constantFrom(...ZONES), (text, tz) => difference(grammar, text, tz) === undefined),
      runs(4000),
    );
  });

  test(`${grammar.name}: its own samples with words repeated, dropped, swapped, cut or split`, () => {
    const own = damagedWords(grammar.samples.map((sample) => sample.line));
    fc.assert(
      fc.property(own, fc.constantFrom(...ZONES), (text, tz) => difference(grammar, text, tz) === undefined),
      runs(4000),
    );
  });

  test(`${grammar.name}: every sample line of every format`, () => {
    assert.ok(assertSame(grammar, SAMPLES) > 50);
  });

  test(`${grammar.name}: every line of the corpus`, () => {
    assert.ok(assertSame(grammar, corpusLines()) > 1000);
  });

  test(`${grammar.name}: the Loghub samples`, () => {
    const shared = sharedOrSkip(`Loghub lines for the ${grammar.name} fast path (test/parsers/fast-path.test.ts)`);
    if (shared === undefined) return;
    const dir = path.join(shared, 'realworld', 'loghub');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('_2k.log'))) {
      assert.ok(assertSame(grammar, readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) >= 2000, name);
    }
  });
}

/**
 * The scan's shortcut for a passing pytest result (parsers/line.ts) must read a line as parseLine does
 * where it applies: no envelope of the file's own, no payload forced, the built-in formats.
 */
const PLAIN_READING: LineReading = {};

function shortcutDifference(text: string): string | undefined {
  const shortcut = shortcutLine(text);
  if (shortcut === undefined) return undefined;
  const reference = parseLine(text, PLAIN_READING, 'UTC');
  if (isDeepStrictEqual(shortcut, reference)) return undefined;
  return `shortcut on ${JSON.stringify(text)}: ${JSON.stringify(shortcut)}, parseLine ${JSON.stringify(reference)}`;
}

/** Node ids of name bytes, starting as other formats' lines do (a klog letter and digits, a date, a brace). */
const nodeIdPart = fc.stringMatching(/^(?:[\w./-]|E0|I1|2024-|\{|<)[\w./-]{0,12}$/);
const passingLine: fc.Arbitrary<string> = fc
  .tuple(
    nodeIdPart,
    fc.array(fc.stringMatching(/^[\w.-]{0,8}$/), { minLength: 1, maxLength: 3 }),
    fc.option(fc.stringMatching(/^[\w.[\] -]{0,10}$/)),
    fc.stringMatching(/^[ \t]{0,3}$/),
    fc.constantFrom('PASSED', 'PASSED ', 'PASSEDX', 'FAILED', 'passed'),
    fc.option(fc.stringMatching(/^[ \t]{1,30}\[ {0,3}\d{1,20}%\]?[ \t]{0,2}$/)),
  )
  .map(([file, names, params, gap, outcome, percent]) =>
    `${file}.py${names.map((name) => `::${name}`).join('')}${params === null ? '' : `[${params}]`}${gap}${outcome}${percent ?? ''}`);

test('a passing result read on the shortcut is read as parseLine reads it', () => {
  let taken = 0;
  fc.assert(fc.property(passingLine, (text) => {
    if (shortcutLine(text) !== undefined) taken += 1;
    return shortcutDifference(text) === undefined;
  }), runs(4000));
  // The generated lines reach the shortcut, not only its refusals.
  assert.ok(taken > 100, `${taken} generated lines taken`);
  const own = damagedWords(pytestSamples.map((sample) => sample.line));
  fc.assert(fc.property(own, (text) => shortcutDifference(text) === undefined), runs(4000));
  fc.assert(fc.property(generatedLine, (text) => shortcutDifference(text) === undefined), runs(4000));
  for (const line of [...SAMPLES, ...corpusLines()]) {
    const found = shortcutDifference(line);
    if (found !== undefined) assert.unreachable(found);
  }
});

test("pytest -v's padded passing line takes the shortcut; a failed one, a reason or a parameter with a space does not", () => {
  assert.equal(shortcutLine('tests/gitea/test_install.py::test_serves PASSED                        [ 50%]')?.fields,
    { style: 'verbose', nodeid: 'tests/gitea/test_install.py::test_serves', outcome: 'passed', progress: 50 });
  assert.ok(shortcutLine('tests/a.py::TestB::test_c[http-00001] PASSED'));
  for (const line of [
    'tests/a.py::test_b FAILED [ 50%]',
    'tests/a.py::test_b PASSED (flaky) [ 50%]',
    'tests/a.py::test_b[a b] PASSED [ 50%]',
    'tests/a.py::test_b PASSED [ 50%] trailing',
  ]) assert.is(shortcutLine(line), undefined, line);
});

test('the shortcut applies to lines read with no envelope of their own, no forced payload and the built-in formats', () => {
  assert.ok(shortcutsApply({}));
  assert.ok(shortcutsApply({ payloads: PAYLOADS }));
  assert.not.ok(shortcutsApply({ envelope: 'docker-compose' }));
  assert.not.ok(shortcutsApply({ grammarOnly: true }));
  assert.not.ok(shortcutsApply({ payloads: [...PAYLOADS] }));
});

test('the Loghub samples are read as parseLine reads them where the shortcut takes them', () => {
  const shared = sharedOrSkip('Loghub lines for the passing-result shortcut (test/parsers/fast-path.test.ts)');
  if (shared === undefined) return;
  const dir = path.join(shared, 'realworld', 'loghub');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('_2k.log'))) {
    for (const line of readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) {
      const found = shortcutDifference(line);
      if (found !== undefined) assert.unreachable(found);
    }
  }
});

/**
 * The check can fail: one regular expression for the whole docker prefix, a plausible fast path,
 * reads lines the grammar refuses (a second details list, a newline in the message), and the
 * generated lines find one.
 */
test('a docker fast path written as one regular expression is caught', () => {
  const oneRegex =
    /^(?:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) +)?([A-Za-z0-9][\w.-]*\.\d+(?:\.[a-z0-9]{12,25})?@[\w.-]+) *\| ?([\w-]+(?:\.[\w-]+)+=[\x21-\x2b\x2d-\uffff]*(?:,[\w.-]+=[\x21-\x2b\x2d-\uffff]*)* )?([\s\S]*)$/;
  const naive = (text: string): boolean => oneRegex.test(text);
  const exact = (text: string): boolean => splitServicePrefix(text) !== undefined;
  for (const lines of [generatedLine, damagedWords(SAMPLES)]) {
    const result = fc.check(
      fc.property(lines, (text) => naive(text) === exact(text)),
      runs(4000),
    );
    assert.ok(result.failed, 'no generated line told the one-regex reading from the grammar');
  }
});

/** A hand-made line the one-regex reading gets wrong, to show what the generated lines look for. */
test('a second details list is refused by both readings', () => {
  const docker = FAST.find((grammar) => grammar.name === 'docker-service');
  assert.ok(docker);
  const line = 'web_app.1.abcdefghijkl@node-1    | com.docker.a=1 com.docker.b=2 hello';
  const context: ParseContext = { tz: 'UTC' };
  assert.is(docker.parse(line, { ...context, grammarOnly: true }), undefined);
  assert.is(docker.parse(line, context), undefined);
});

test.run();
