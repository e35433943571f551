/**
 * Every line grammar (envelopes and payloads) and parseLine against hostile text: any input gives
 * a well-formed result or undefined, never an exception, and a megabyte-long line finishes (a
 * quadratic path in a lexer or a visitor's regex would not).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { ENVELOPES } from '../../src/parsers/registry.js';
import { parseLine } from '../../src/parsers/line.js';
import { stripAnsi } from '../../src/text/ansi.js';
import type { EnvelopeResult, LineGrammar, PayloadResult } from '../../src/parsers/kit.js';
import { FRAGMENTS, GRAMMARS, assertFields, assertLevel, assertTimestamp, grammarInput, hostileLine, runs, sharedLoghub } from './hostile.js';

/** Envelopes whose message is a JSON string in the line, decoded. */
const JSON_CARRIED = new Set(['journald-json', 'docker-json']);
const test = suite('fuzz: line grammars');

const ENVELOPE_NAMES = new Set(Object.keys(ENVELOPES));
const ZONES = ['UTC', '+05:30', '-11:00', 'Europe/Berlin', 'America/St_Johns'];
const zone = fc.constantFrom(...ZONES);

/** What a grammar returned for `text`, checked against the contract every caller relies on. */
function checkResult(
  grammar: LineGrammar<EnvelopeResult | PayloadResult>,
  text: string,
  result: EnvelopeResult | PayloadResult | undefined,
): void {
  if (result === undefined) return;
  const where = `${grammar.name} on ${JSON.stringify(text.slice(0, 200))}`;
  assert.type(result.message, 'string', where);
  assertTimestamp(result.ts, where);
  if (ENVELOPE_NAMES.has(grammar.name)) {
    const envelope = result as EnvelopeResult;
    assert.is(envelope.envelope, grammar.name, where);
    // The envelope's message is the rest of the line, whole: nothing after the prefix is lost.
    // (journald's JSON form and docker's json-file carry their message as a JSON string: decoded, not a tail.)
    if (!JSON_CARRIED.has(grammar.name)) assert.ok(text.endsWith(envelope.message), `${where}: message is not the line's tail`);
    if (envelope.details) assertFields(envelope.details, where);
    if (envelope.slot !== undefined) assert.ok(Number.isInteger(envelope.slot), where);
  } else {
    const payload = result as PayloadResult;
    assert.type(payload.format, 'string', where);
    assertFields(payload.fields, where);
    assertLevel(payload.level, where);
  }
}

function parseChecked(grammar: LineGrammar<EnvelopeResult | PayloadResult>, text: string, tz: string): void {
  let result: EnvelopeResult | PayloadResult | undefined;
  try {
    result = grammar.parse(text, { tz });
  } catch (error) {
    const shown = JSON.stringify(text.slice(0, 200));
    throw new Error(`${grammar.name} threw on ${shown}: ${(error as Error).stack}`, { cause: error });
  }
  checkResult(grammar, text, result);
}

for (const grammar of GRAMMARS) {
  test(`${grammar.name}: any text, damaged sample lines included, gives a well-formed result or undefined`, () => {
    fc.assert(fc.property(grammarInput, zone, (text, tz) => {
      parseChecked(grammar, text, tz);
      // The same line with its terminal escapes removed, as the scanner hands it on.
      parseChecked(grammar, stripAnsi(text), tz);
    }), runs(250));
  });

  test(`${grammar.name}: every prefix of every sample line (a line cut by a crash or a full disk)`, () => {
    for (const { line: sample } of grammar.samples) {
      for (let cut = 0; cut <= sample.length; cut++) parseChecked(grammar, sample.slice(0, cut), 'UTC');
    }
  });

  test(`${grammar.name}: a sample's head followed by a quarter megabyte of one repeated piece finishes`, () => {
    // A lexer that retries every token at every offset, or a pattern that rescans the rest of the
    // line from each token, is quadratic here: hours, not milliseconds.
    const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...'a1. /:-_[]()="{}|\t@'.split('')));
    const samples = fc.constantFrom(...grammar.samples.map((s) => s.line));
    fc.assert(fc.property(samples, fc.nat(), piece, (sample, cut, unit) => {
      const head = sample.slice(0, cut % (sample.length + 1));
      parseChecked(grammar, head + unit.repeat(Math.ceil((256 * 1024) / unit.length)), 'UTC');
    }), runs(30));
  });
}

/**
 * Lines that were quadratic before the fix, at 2 MB (a 1 MiB line is the scanner's limit; the
 * grammars see at most that much, twice over here). Each took minutes to hours.
 */
const HUGE = 2 * 1024 * 1024;
const REGRESSIONS: Array<[grammar: string, head: string, piece: string, why: string]> = [
  ['pytest', 'tests/gitea/test_install.py::test_serves ', '1', 'lexer error recovery retried every token at every offset'],
  ['pytest', 'tests/gitea/test_install.py::', '/', 'lexer error recovery'],
  ['pytest', 'tests/gitea/test_install.py::test_serves PASSED [ 50%]', 'in', 'each `in` token paid a NodeId scan to the end of the run'],
  ['pytest', 'tests/gitea/test_install.py::test_serves PASSED [ 50%]', '7s', 'each Duration token paid a NodeId scan'],
  ['pytest', '[gw1] [ 25%] ', 'FAILED', 'each Outcome token paid a NodeId scan'],
  ['caddy-console', '2025/03/17 16:58:32.357 INFO    u', ' ', '/ {1,}\\{"/ retried at every space of the run'],
  ['docker-service', 'web_app.1.abcdefghijkl@node-1', 'x', 'lexer error recovery'],
  ['syslog', 'Jun 14 15:16:01 combo ', 'a', 'lexer error recovery'],
  ['gitea', '2026/07/14 12:26:24 ', 'a', 'lexer error recovery'],
];

for (const [name, head, piece, why] of REGRESSIONS) {
  test(`${name}: ${JSON.stringify(head)} + ${JSON.stringify(piece)} x 2 MB finishes (${why})`, () => {
    const grammar = GRAMMARS.find((g) => g.name === name)!;
    parseChecked(grammar, head + piece.repeat(HUGE / piece.length), 'UTC');
  });
}

test('every grammar: a 2 MB line of NULs, of lone surrogates, of escape introducers, of digits', () => {
  for (const unit of ['\u0000', '\ud800', '\udc00\ud800', '\x1b[', '\u009b', '9', '{"a":', '["', '<W>', '\\"']) {
    const text = unit.repeat(HUGE / unit.length);
    for (const grammar of GRAMMARS) parseChecked(grammar, text, 'UTC');
  }
});

test('JSON: deep nesting, huge numbers, prototype keys and out-of-range times are fields, never a crash', () => {
  const json = GRAMMARS.find((g) => g.name === 'json')!;
  const deep = `{"level":"error","msg":"x","a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  const deepObject = `{"msg":"x",${'"a":{'.repeat(5000)}"b":1${'}'.repeat(5000)}}`;
  for (const line of [
    deep, deepObject,
    '{"level":"error","ts":1e14,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused"}',
    '{"level":"error","ts":-1e300,"logger":"x","msg":"y"}',
    '{"level":"error","ts":1e999,"logger":"x","msg":"y"}',
    '{"ts":"9999-99-99T99:99:99Z","msg":"x"}',
    '{"timestamp":"0001-01-01 00:00:00.000 Z","msg":"go zero time"}',
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"msg":"x","level":"error"}',
    '{"msg":{"toString":"x"},"level":{"valueOf":1},"error":["dial tcp 1.2.3.4:5: connect: connection refused"]}',
  ]) parseChecked(json, line, 'UTC');
  assert.is(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
  // A time no Date can hold is no time at all (before the fix reporters crashed in toISOString).
  assert.is(json.parse('{"level":"error","ts":1e14,"logger":"x","msg":"y"}', { tz: 'UTC' })?.ts, undefined);
  assert.is(json.parse('{"timestamp":"0001-01-01 00:00:00.000 Z","msg":"x"}', { tz: 'UTC' })?.ts, Date.parse('0001-01-01T00:00:00Z'));
});

test('parseLine: any line, with any envelope or none, is an event; plain text keeps the whole line as its message', () => {
  const envelopes = [undefined, ...Object.keys(ENVELOPES)];
  fc.assert(fc.property(grammarInput, fc.constantFrom(...envelopes), zone, (raw, envelope, tz) => {
    const clean = stripAnsi(raw);
    const where = `${JSON.stringify(clean.slice(0, 200))} (envelope ${envelope})`;
    // An exception fails the property with the input that raised it (fast-check reports it, shrunk).
    const parsed = parseLine(clean, { envelope }, tz);
    assert.type(parsed.format, 'string', where);
    assert.type(parsed.message, 'string', where);
    assertFields(parsed.fields, where);
    assertLevel(parsed.level, where);
    assertTimestamp(parsed.ts, where);
    if (parsed.format === 'text' && parsed.envelope === undefined) assert.is(parsed.message, clean, 'no line is dropped or cut');
  }), runs(400));
});

test('real lines (loghub, ../shared): every grammar and parseLine, whole, cut and spliced with hostile pieces', () => {
  const files = sharedLoghub('loghub lines through every grammar (test/fuzz/grammars.test.ts)');
  if (!files) return;
  const lines = files.flatMap((f) => f.bytes.toString('utf8').split('\n').filter((_, i) => i % 10 === 0));
  for (const line of lines) {
    for (const grammar of GRAMMARS) parseChecked(grammar, line, 'UTC');
    parseLine(line, {}, 'UTC');
  }
  const envelopes = fc.constantFrom(undefined, ...Object.keys(ENVELOPES));
  const realLine = fc.constantFrom(...lines);
  fc.assert(fc.property(realLine, fc.nat(), hostileLine(4), envelopes, (line, at, insert, envelope) => {
    const p = at % (line.length + 1);
    const damaged = line.slice(0, p) + insert + line.slice(p);
    for (const grammar of GRAMMARS) parseChecked(grammar, damaged, 'UTC');
    assert.type(parseLine(stripAnsi(damaged), { envelope }, 'UTC').message, 'string');
  }), runs(200));
});

test('parseLine: a 1 MiB hostile line with each envelope finishes', () => {
  fc.assert(fc.property(hostileLine(12), fc.constantFrom(undefined, ...Object.keys(ENVELOPES)), (piece, envelope) => {
    const unit = piece.length > 0 ? piece : 'x';
    const line = stripAnsi(unit.repeat(Math.ceil((1024 * 1024) / unit.length)));
    const parsed = parseLine(line, { envelope }, 'UTC');
    assert.type(parsed.message, 'string');
  }), runs(6));
});

test.run();
