import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { LineScanner, MAX_LINE_BYTES, countNewlines, INVALID_UTF8_MESSAGE, LONG_LINE_MESSAGE, NUL_MESSAGE, type LineNotice, type ScannedLine } from '../../src/inputs/line-scanner.js';
import { MultiLiteralMatcher } from '../../src/prefilter/multi-literal.js';
import { referenceLines } from '../fuzz/hostile.js';

const test = suite('LineScanner');

const LITERALS = ['FATA', 'ERROR ', '[F]', 'régime'];
const matcher = new MultiLiteralMatcher(LITERALS);
const ESC = 0x1b;

interface Scanned {
  lines: ScannedLine[];
  notices: LineNotice[];
  count: number;
}

interface ScanOptions {
  prefilter?: MultiLiteralMatcher;
  keys?: readonly string[];
  startOffset?: number;
  skipFirstPartialLine?: boolean;
  stopOffset?: number;
}

/** Pushes `bytes` in the given chunk sizes (cycled), or in one piece. */
function scan(
  bytes: Uint8Array,
  chunkSizes: readonly number[] = [bytes.length || 1],
  options: ScanOptions = {},
): Scanned {
  const out: Scanned = { lines: [], notices: [], count: 0 };
  const scanner = new LineScanner({
    ...options,
    onLine: (l) => out.lines.push(l),
    onNotice: (n) => out.notices.push(n),
  });
  let i = 0;
  let k = 0;
  while (i < bytes.length && !scanner.done) {
    const size = Math.max(1, chunkSizes[k++ % chunkSizes.length]);
    scanner.push(bytes.subarray(i, i + size));
    i += size;
  }
  scanner.end();
  out.count = scanner.lines;
  return out;
}

interface RefLine extends ScannedLine {
  raw: Buffer;
}

/** The obvious, slow reading every fast path must agree with (LF, CRLF and a lone CR end a line). */
function reference(bytes: Buffer): RefLine[] {
  return referenceLines(bytes).map(({ line, offset, body, raw }) => ({ line, offset, text: body.toString('utf8'), raw }));
}

function isCandidate(raw: Buffer): boolean {
  return raw.includes(ESC) || LITERALS.some((l) => raw.includes(Buffer.from(l)));
}

const plain = (lines: readonly ScannedLine[]) => lines.map(({ line, offset, text }) => ({ line, offset, text }));

// ── fixed examples ────────────────────────────────────────────────────────

test('numbers, offsets and text of every line: CRLF, BOM, empty lines, no final newline', () => {
  const bytes = Buffer.from('\ufeffFATA one\r\n\r\nsecond line\nFATA[0000] third\r\n\nlast without newline', 'utf8');
  const { lines, notices, count } = scan(bytes);
  assert.equal(plain(lines), [
    { line: 1, offset: 0, text: 'FATA one' },
    { line: 2, offset: 13, text: '' },
    { line: 3, offset: 15, text: 'second line' },
    { line: 4, offset: 27, text: 'FATA[0000] third' },
    { line: 5, offset: 45, text: '' },
    { line: 6, offset: 46, text: 'last without newline' },
  ]);
  assert.is(count, 6);
  assert.equal(notices, []);
});

test('a final newline does not make an extra empty line; an empty input has no lines', () => {
  assert.is(scan(Buffer.from('a\nb\n')).count, 2);
  assert.is(scan(Buffer.from('a\nb')).count, 2);
  assert.is(scan(Buffer.from('\n')).count, 1);
  const empty = scan(Buffer.alloc(0));
  assert.is(empty.count, 0);
  assert.equal(empty.lines, []);
});

test('a BOM is removed from line 1 only, and only at the start of the input', () => {
  const bom = '\ufeff';
  const { lines } = scan(Buffer.from(`${bom}a\n${bom}b\n`, 'utf8'));
  assert.equal(lines.map((l) => l.text), ['a', `${bom}b`]);
  // A range that starts inside the file never strips: its line 1 is not the file's line 1.
  const ranged = scan(Buffer.from(`x\n${bom}b\n`, 'utf8'), undefined, { startOffset: 10, skipFirstPartialLine: true });
  assert.equal(ranged.lines.map((l) => l.text), [`${bom}b`]);
});

test('a lone CR ends a line; a CR right before the newline belongs to it (CRLF)', () => {
  const { lines } = scan(Buffer.from('a\rb\r\nc\r\r\n\r'));
  assert.equal(lines.map((l) => l.text), ['a', 'b', 'c', '', '']);
});

test('prefilter: only lines holding a literal or an ESC byte are handed on, with exact numbers', () => {
  const text = 'noise\nmore noise\nFATA deploy timed out\nquiet\n\x1b[31mERRO\x1b[0m coloured\nthe ERROR here\n[F]x\nend';
  const { lines, count } = scan(Buffer.from(text), undefined, { prefilter: matcher });
  assert.equal(lines.map((l) => [l.line, l.text]), [
    [3, 'FATA deploy timed out'],
    [5, '\x1b[31mERRO\x1b[0m coloured'],
    [6, 'the ERROR here'],
    [7, '[F]x'],
  ]);
  assert.is(count, 8);
});

test('keys: a line holding a key is handed on too, literal or not, split by any chunk boundary; without keys it is not', () => {
  const text = 'I0124 08:32:55.291827       6 main.go:222] Creating API client\nF0124 08:33:25.303541       6 main.go:236] Error while initializing\nI0124 08:33:26.1       6 main.go:1] FATA too\nlast';
  const bytes = Buffer.from(text);
  for (const chunks of [[bytes.length], [1], [7, 3]]) {
    const { lines, count } = scan(bytes, chunks, { prefilter: matcher, keys: ['F0', 'E0'] });
    assert.equal(lines.map((l) => l.line), [2, 3], `chunks ${chunks.join(',')}`);
    assert.is(count, 4);
  }
  assert.equal(scan(bytes, undefined, { prefilter: matcher }).lines.map((l) => l.line), [3]);
});

test('prefilter: a literal split by a chunk boundary is still found', () => {
  const bytes = Buffer.from('abc\nxx FATA yy\nzz\n');
  for (let cut = 1; cut < bytes.length; cut++) {
    const { lines } = scan(bytes, [cut, bytes.length], { prefilter: matcher });
    assert.equal(plain(lines), [{ line: 2, offset: 4, text: 'xx FATA yy' }], `cut at ${cut}`);
  }
});

test('prefilter: a file where every line is a candidate stays linear (no rescan of the buffer per line)', () => {
  // Before the fix every candidate line searched the whole 4 MiB buffer for ESC: ~10 s for 8 MiB.
  const line = 'FATA deploy timed out on the warm canonical\n';
  const bytes = Buffer.from(line.repeat(Math.ceil((4 * 1024 * 1024) / line.length)));
  const started = performance.now();
  const { count, lines } = scan(bytes, [1024 * 1024], { prefilter: matcher });
  const elapsed = performance.now() - started;
  assert.is(lines.length, count);
  assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
});

test('countNewlines counts within the range only', () => {
  const buf = Buffer.from('a\nb\nc\n');
  assert.is(countNewlines(buf, 0, buf.length), 3);
  assert.is(countNewlines(buf, 2, 4), 1);
  assert.is(countNewlines(buf, 2, 3), 0);
});

// ── notices ───────────────────────────────────────────────────────────────

test('invalid UTF-8: decoded with U+FFFD, reported once with its line and byte offset', () => {
  const bytes = Buffer.concat([Buffer.from('ok\nbad '), Buffer.from([0xff, 0xfe]), Buffer.from(' here\nworse '), Buffer.from([0xc3]), Buffer.from('\n')]);
  for (const chunks of [[bytes.length], [1], [5, 3]]) {
    const { lines, notices } = scan(bytes, chunks);
    assert.equal(lines.map((l) => l.text), ['ok', 'bad \ufffd\ufffd here', 'worse \ufffd']);
    assert.is(notices.length, 1, `chunks ${chunks.join(',')}`);
    assert.is(notices[0].kind, 'invalid-utf8');
    assert.is(notices[0].line, 2);
    assert.is(notices[0].offset, 3);
    assert.is(notices[0].message, INVALID_UTF8_MESSAGE);
  }
});

test('NUL bytes: kept as characters, reported once with line and offset of the first', () => {
  const bytes = Buffer.from('a\nb\x00c\nd\x00\n');
  const { lines, notices } = scan(bytes, [2]);
  assert.equal(lines.map((l) => l.text), ['a', 'b\x00c', 'd\x00']);
  assert.equal(notices.map((n) => [n.kind, n.line, n.offset, n.message]), [['nul-bytes', 2, 3, NUL_MESSAGE]]);
});

test('prefilter: invalid UTF-8 and NUL are reported even on lines that are not handed on', () => {
  const bytes = Buffer.concat([Buffer.from('quiet '), Buffer.from([0xff]), Buffer.from('\nquiet\x00\nFATA x\n')]);
  const { lines, notices } = scan(bytes, undefined, { prefilter: matcher });
  assert.equal(lines.map((l) => [l.line, l.text]), [[3, 'FATA x']]);
  assert.equal(notices.map((n) => [n.kind, n.line]), [['invalid-utf8', 1], ['nul-bytes', 2]]);
});

// ── over-long lines ───────────────────────────────────────────────────────

function longLineInput(longLength: number, filler = 'x'): Buffer {
  return Buffer.concat([Buffer.from('first\nsecond\n'), Buffer.from(filler.repeat(longLength)), Buffer.from(' FATA tail\nFATA after\n\nlast')]);
}

for (const chunks of [[Number.MAX_SAFE_INTEGER], [1024 * 1024], [64 * 1024], [333_333, 1_000_003]]) {
  test(`a line over 1 MiB is cut to 1 MiB with one warning naming it; later numbers stay exact (chunks ${chunks[0]})`, () => {
    const bytes = longLineInput(MAX_LINE_BYTES + 4096);
    for (const prefilter of [undefined, matcher]) {
      const { lines, notices, count } = scan(bytes, chunks, { prefilter });
      const long = lines.find((l) => l.line === 3);
      assert.ok(long, 'the long line is handed on (its head may hold what a rule needs)');
      assert.is(long.offset, 13);
      assert.is(Buffer.byteLength(long.text), MAX_LINE_BYTES);
      assert.equal(notices.map((n) => [n.kind, n.line, n.offset]), [['long-line', 3, 13]]);
      // The line is named by the notice's line field (reporters print path:line: message).
      assert.is(notices[0].message, LONG_LINE_MESSAGE);
      const after = lines.filter((l) => l.line > 3).map((l) => [l.line, l.text, l.offset]);
      const afterOffset = 13 + MAX_LINE_BYTES + 4096 + ' FATA tail\n'.length;
      const candidates = [[4, 'FATA after', afterOffset]];
      const expected = prefilter ? candidates : [...candidates, [5, '', afterOffset + 11], [6, 'last', afterOffset + 12]];
      assert.equal(after, expected, `prefilter ${prefilter !== undefined}`);
      assert.is(count, 6);
    }
  });
}

test('a long line is never cut inside a UTF-8 sequence', () => {
  // 'é' is 2 bytes: an odd prefix puts a character across the 1 MiB mark.
  const bytes = Buffer.concat([Buffer.from('a'), Buffer.from('é'.repeat(MAX_LINE_BYTES / 2 + 10)), Buffer.from('\nnext\n')]);
  for (const chunks of [[bytes.length], [100_000]]) {
    const { lines, notices } = scan(bytes, chunks);
    assert.is(lines[0].text.includes('\ufffd'), false);
    const cutLength = Buffer.byteLength(lines[0].text);
    assert.ok(cutLength <= MAX_LINE_BYTES && cutLength >= MAX_LINE_BYTES - 3);
    assert.equal(lines.slice(1).map((l) => [l.line, l.text]), [[2, 'next']]);
    assert.equal(notices.map((n) => n.kind), ['long-line']);
  }
});

test('a long last line without a final newline is cut and counted once', () => {
  const bytes = Buffer.concat([Buffer.from('one\n'), Buffer.alloc(MAX_LINE_BYTES + 10, 0x61)]);
  for (const chunks of [[bytes.length], [65536]]) {
    const { lines, notices, count } = scan(bytes, chunks);
    assert.equal(lines.map((l) => [l.line, l.offset, Buffer.byteLength(l.text)]), [[1, 0, 3], [2, 4, MAX_LINE_BYTES]]);
    assert.is(notices.length, 1);
    assert.is(count, 2);
  }
});

// ── properties over random input and random chunking ──────────────────────

const PIECES = ['abc', 'FATA', 'ERROR ', 'ERRO', '[F]', '\x1b[31m', '\x1b[0m', 'é', '€', '😀', 'régime', ' ', '\r', '\t', 'level=error', '|'];
const lineArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
const inputArb = fc.record({
  bom: fc.boolean(),
  lines: fc.array(lineArb, { maxLength: 40 }),
  crlf: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  finalNewline: fc.boolean(),
}).map(({ bom, lines, crlf, finalNewline }) => {
  const text = lines.map((l, i) => l + (i < lines.length - 1 || finalNewline ? (crlf[i] ? '\r\n' : '\n') : '')).join('');
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
});
const chunksArb = fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 12 });

test('property: without the prefilter every line is handed on exactly as the reference reads it, whatever the chunking', () => {
  fc.assert(fc.property(inputArb, chunksArb, (bytes, chunks) => {
    const ref = reference(bytes);
    const got = scan(bytes, chunks);
    assert.equal(plain(got.lines), plain(ref));
    assert.is(got.count, ref.length);
    assert.equal(got.notices, []);
  }), { numRuns: 300 });
});

test('property: with the prefilter exactly the candidate lines are handed on, with the same numbers', () => {
  fc.assert(fc.property(inputArb, chunksArb, (bytes, chunks) => {
    const ref = reference(bytes);
    const got = scan(bytes, chunks, { prefilter: matcher });
    assert.equal(plain(got.lines), plain(ref.filter((l) => isCandidate(l.raw))));
    assert.is(got.count, ref.length);
  }), { numRuns: 300 });
});

test('property: the same bytes in any chunk sizes give the same lines (1-byte chunks included)', () => {
  fc.assert(fc.property(inputArb, chunksArb, fc.boolean(), (bytes, chunks, usePrefilter) => {
    const options = { prefilter: usePrefilter ? matcher : undefined };
    const whole = scan(bytes, undefined, options);
    const bytewise = scan(bytes, [1], options);
    const random = scan(bytes, chunks, options);
    assert.equal(plain(bytewise.lines), plain(whole.lines));
    assert.equal(plain(random.lines), plain(whole.lines));
    assert.is(random.count, whole.count);
  }), { numRuns: 200 });
});

/**
 * Ranges [b_i, b_i+1) of one file, each scanned on its own: a range that does not start the file
 * is pushed from one byte before its start (startOffset = b_i - 1, skipFirstPartialLine), so a
 * line starting exactly at b_i is recognised as its own; it stops at stopOffset = b_i+1. Each line
 * belongs to the range its first byte is in.
 */
function scanRanges(
  bytes: Buffer,
  bounds: number[],
  chunks: number[],
  prefilter?: MultiLiteralMatcher,
): { lines: ScannedLine[]; total: number; perRange: number[] } {
  const all: ScannedLine[] = [];
  const perRange: number[] = [];
  let lineBase = 0;
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i] === 0 ? 0 : bounds[i] - 1;
    const stop = i === bounds.length - 2 ? undefined : bounds[i + 1];
    const got = scan(bytes.subarray(from), chunks, {
      prefilter,
      startOffset: from,
      skipFirstPartialLine: bounds[i] > 0,
      stopOffset: stop,
    });
    for (const l of got.lines) {
      assert.ok(l.offset >= bounds[i] && (stop === undefined || l.offset < stop), `line at ${l.offset} outside range [${bounds[i]}, ${stop})`);
      assert.ok(l.line >= 1 && l.line <= got.count);
      all.push({ ...l, line: l.line + lineBase });
    }
    lineBase += got.count;
    perRange.push(got.count);
  }
  return { lines: all, total: lineBase, perRange };
}

test('property: ranges with stopOffset/skipFirstPartialLine add up to the whole file, numbers included', () => {
  const rangesArb = inputArb.chain((bytes) => fc.tuple(
    fc.constant(bytes),
    fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, bytes.length - 1) }), { maxLength: 5 }),
    chunksArb,
    fc.boolean(),
  ));
  fc.assert(fc.property(rangesArb, ([bytes, cuts, chunks, usePrefilter]) => {
    const bounds = [0, ...cuts.filter((c) => c < bytes.length).sort((a, b) => a - b), bytes.length];
    const ref = reference(bytes);
    const { lines, total, perRange } = scanRanges(bytes, bounds, chunks, usePrefilter ? matcher : undefined);
    assert.is(total, ref.length, `ranges ${bounds.join(',')} counted ${perRange.join(',')}`);
    const expected = usePrefilter ? ref.filter((l) => isCandidate(l.raw)) : ref;
    // A range's line 1 is never the file's line 1 (no BOM stripping), except for the first range.
    assert.equal(plain(lines), plain(expected));
  }), { numRuns: 300 });
});

test('ranges: a boundary exactly at a line start, inside a CRLF, and inside a multibyte character', () => {
  const bytes = Buffer.from('aa\r\nFATA é\nccc\n', 'utf8');
  for (const cut of [1, 2, 3, 4, 5, 10, 11, 12, 13]) {
    const { lines, total } = scanRanges(bytes, [0, cut, bytes.length], [bytes.length]);
    assert.is(total, 3, `cut ${cut}`);
    assert.equal(lines.map((l) => [l.line, l.text]), [[1, 'aa'], [2, 'FATA é'], [3, 'ccc']], `cut ${cut}`);
  }
});

test('ranges: a range holding no line start yields nothing and says it is done', () => {
  const bytes = Buffer.from(`${'x'.repeat(100)}\nnext\n`);
  const got = scan(bytes.subarray(19), [7], { startOffset: 19, skipFirstPartialLine: true, stopOffset: 60 });
  assert.is(got.count, 0);
  assert.equal(got.lines, []);
});

test('ranges: a long line that starts at or after stopOffset is not handed on', () => {
  // Before the fix, a long line cut before its newline arrived ignored stopOffset.
  const bytes = Buffer.concat([Buffer.from('short\n'), Buffer.alloc(MAX_LINE_BYTES + 100, 0x61), Buffer.from('\nend\n')]);
  for (const chunks of [[bytes.length], [65536], [4096]]) {
    const got = scan(bytes, chunks, { stopOffset: 6 });
    assert.equal(got.lines.map((l) => [l.line, l.text]), [[1, 'short']], `chunks ${chunks.join(',')}`);
    assert.equal(got.notices, []);
    assert.is(got.count, 1);
  }
});

test('ranges: a long line that starts before stopOffset is cut and handed on; the range then stops', () => {
  const bytes = Buffer.concat([Buffer.from('short\n'), Buffer.alloc(MAX_LINE_BYTES + 100, 0x61), Buffer.from('\nend\n')]);
  for (const chunks of [[bytes.length], [4096]]) {
    const got = scan(bytes, chunks, { stopOffset: 7 });
    const handedOn = got.lines.map((l) => [l.line, l.offset, Buffer.byteLength(l.text)]);
    assert.equal(handedOn, [[1, 0, 5], [2, 6, MAX_LINE_BYTES]], `chunks ${chunks.join(',')}`);
    assert.is(got.count, 2);
  }
});

test('an over-long line whose newline is the last byte of a chunk: no stale bytes are read again', () => {
  // Before the fix the empty buffer was searched from its far end, re-reading old lines and then
  // crashing on the next push (RangeError: offset is out of bounds).
  const head = Buffer.from('x\n'.repeat(1024 * 1024));
  const long = Buffer.alloc(MAX_LINE_BYTES + 50, 0x61);
  const first = head.length + MAX_LINE_BYTES + 10;
  const bytes = Buffer.concat([head, long, Buffer.from('\nthree\n')]);
  const chunkSizes = [first, bytes.length - first - 'three\n'.length, 'three\n'.length];
  const { lines, notices, count } = scan(bytes, chunkSizes);
  assert.is(lines.length, 1024 * 1024 + 2);
  assert.is(count, 1024 * 1024 + 2);
  assert.equal(plain([lines[lines.length - 1]]), [{ line: 1024 * 1024 + 2, offset: head.length + long.length + 1, text: 'three' }]);
  assert.equal(notices.map((n) => [n.kind, n.line]), [['long-line', 1024 * 1024 + 1]]);
});

test('a skipped partial line that ends with its chunk: the next chunk starts cleanly', () => {
  const bytes = Buffer.from('partial\nFATA one\nFATA two\n');
  const got = scan(bytes, [8, 9, 9], { startOffset: 0, skipFirstPartialLine: true });
  assert.equal(plain(got.lines), [{ line: 1, offset: 8, text: 'FATA one' }, { line: 2, offset: 17, text: 'FATA two' }]);
});

test.run();
