import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ENVELOPE_FORMATS, EVENT_FORMATS, PAYLOADS } from '../../src/parsers/registry.js';
import { EVENT_KINDS } from '../../src/events.js';
import { INPUT_FORMATS } from '../../src/inputs/detect.js';
import { STRUCTURAL_LITERALS } from '../../src/parsers/structural.js';
import { failureMarkers } from '../../src/parsers/levels.js';
import { ERROR_SHAPE_LITERALS, TEXT_LEVELS, textLevel } from '../../src/parsers/text/levels.js';
import type { FormatSample, LineGrammar } from '../../src/parsers/kit.js';
import { parse } from './lines.js';

/**
 * Every format ships real sample lines with what they must parse to (lnav's `sample` entries),
 * checked through parseLine, the path a scanned line takes: the envelope chain, the payload
 * grammar, the level and the fields a rule will see.
 */
function checkSample(grammar: LineGrammar<unknown>, sample: FormatSample): void {
  const where = `${grammar.name} sample ${JSON.stringify(sample.line.slice(0, 120))}`;
  assert.ok(grammar.sniff.test(sample.line), `sniff misses: ${where}`);
  const own = grammar.parse(sample.line, { tz: 'UTC' }) as { format?: string; envelope?: string } | undefined;
  assert.ok(own !== undefined, `does not parse: ${where}`);
  const parsed = grammar.role === 'envelope' ? parse(sample.line, grammar.name) : parse(sample.line);
  // No format tried earlier takes the line from this one.
  if (grammar.role === 'envelope') assert.is(parsed.envelope, grammar.name, `envelope: ${where}`);
  else {
    assert.is(parsed.format, own.format, `payload format: ${where}`);
    // The rule schema's format enum is built from the formats the grammars declare.
    const format = String(parsed.format);
    assert.ok((grammar.eventFormats ?? [grammar.name]).includes(format), `format ${format} not declared: ${where}`);
    assert.ok(EVENT_FORMATS.includes(format), `format ${format} not in EVENT_FORMATS: ${where}`);
  }
  if (sample.level !== undefined) assert.is(parsed.level, sample.level, `level: ${where}`);
  if (sample.kind !== undefined) assert.is(parsed.kind, sample.kind, `kind: ${where}`);
  if (parsed.kind !== undefined) assert.ok((EVENT_KINDS as readonly string[]).includes(parsed.kind), `kind ${parsed.kind} not in EVENT_KINDS: ${where}`);
  for (const [key, value] of Object.entries(sample.fields ?? {})) {
    const actual = key in (parsed as Record<string, unknown>) && ['service', 'stack', 'node', 'task'].includes(key) ? (parsed as Record<string, unknown>)[key] : parsed.fields?.[key];
    assert.is(actual, value, `field ${key}: ${where}`);
  }
}

for (const grammar of [...ENVELOPE_FORMATS, ...PAYLOADS]) {
  test(`${grammar.name}: every sample line is sniffed, parses, and gets its level and fields through parseLine`, () => {
    assert.ok(grammar.samples.length > 0, 'a format without samples');
    assert.ok(grammar.title.length > 0, 'a format without a title');
    for (const sample of grammar.samples) checkSample(grammar, sample);
  });
}

test('every registered format is an --input-format name', () => {
  for (const grammar of [...ENVELOPE_FORMATS, ...PAYLOADS]) assert.ok(grammar.name in INPUT_FORMATS, grammar.name);
});

test("every format's error and fatal level markers, plain text's too: structural literals, five bytes or more", () => {
  for (const { name, levels } of [...PAYLOADS, { name: 'text', levels: TEXT_LEVELS }]) {
    if (!levels) continue;
    for (const marker of failureMarkers(levels)) {
      assert.ok(marker.length >= 5, `${name}: marker ${JSON.stringify(marker)} is shorter than five bytes`);
      const handedOn = STRUCTURAL_LITERALS.includes(marker);
      assert.ok(handedOn, `${name}: marker ${JSON.stringify(marker)} is not handed on by the prefilter`);
    }
  }
});

test("plain text's level words are its level table: each gives its level, whole and in capitals only", () => {
  for (const [word, level] of Object.entries(TEXT_LEVELS.spellings)) {
    assert.is(parse(`2026-06-16 worker 3: ${word} queue drained`).level, level, word);
    assert.is(parse(`2026-06-16 worker 3: ${word.toLowerCase()} queue drained`).level, undefined, word.toLowerCase());
    assert.is(parse(`2026-06-16 worker 3: NO${word}S queue drained`).level, undefined, `${word} inside a word`);
  }
});

test('every structural level literal comes from a level table or an error shape plain text reads', () => {
  const tables = [...PAYLOADS, { levels: TEXT_LEVELS }];
  const markers = new Set(tables.flatMap(({ levels }) => (levels ? failureMarkers(levels) : [])));
  const levelWords = /\b(?:ERROR|FATAL|PANIC|CRIT(?:ICAL)?|ERRO|FATA|error|fatal|panic|crit|critical)\b/;
  for (const literal of STRUCTURAL_LITERALS.filter((l) => levelWords.test(l))) {
    const owned = markers.has(literal) || ERROR_SHAPE_LITERALS.includes(literal);
    assert.ok(owned, `${JSON.stringify(literal)} is a level marker no table owns`);
  }
  assert.is(textLevel('ValueError: bad input'), 'error');
  assert.is(textLevel('Traceback (most recent call last):'), 'error');
});

test('payload grammars do not claim plain prose', () => {
  for (const line of ['hello world', 'Restoring Snapshot b0495d36 at /', 'the build | passed']) {
    for (const grammar of PAYLOADS) {
      if (grammar.sniff.test(line)) assert.is(grammar.parse(line, { tz: 'UTC' }), undefined, `${grammar.name} claimed: ${line}`);
    }
  }
});

test.run();
