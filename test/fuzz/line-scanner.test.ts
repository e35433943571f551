/**
 * The LineScanner against hostile bytes pushed in any chunking: invalid UTF-8 of every kind, NUL
 * runs, CR-only and mixed line ends, terminal sequences split across chunk boundaries, lines
 * around and far past the 1 MiB limit. The same bytes must give the same lines and the same
 * notices however they arrive (a pipe, a gzip stream and a file all chunk differently), with
 * exact, increasing line numbers.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { LineScanner, MAX_LINE_BYTES, type LineNotice, type ScannedLine } from '../../src/inputs/line-scanner.js';
import { MultiLiteralMatcher } from '../../src/prefilter/multi-literal.js';
import { QgramFilterMatcher } from '../../src/prefilter/qgram-filter.js';
import type { BytePrefilter } from '../../src/prefilter/byte-prefilter.js';
import { literalHits } from '../../src/prefilter/multi-literal.js';
import { stripAnsi } from '../../src/text/ansi.js';
import { ESCAPES, INVALID_UTF8, chunk, chunkSizes, hostileBytes, referenceLineCount, referenceLines, runs } from './hostile.js';

const test = suite('fuzz: line scanner');

const LITERALS = ['FATA', 'ERROR ', '[F]', 'level=error', 'régime', 'read-only file'];
const matcher = new MultiLiteralMatcher(LITERALS);
/** Literals of 5 bytes or more, which the q-gram filter takes, and Wu–Manber on the same ones. */
const LONG_LITERALS = ['FATA[', 'ERROR ', '.py::', 'level=error', 'régime', 'read-only file'];
const qgram = new QgramFilterMatcher(LONG_LITERALS);
const wuManber = new MultiLiteralMatcher(LONG_LITERALS);

interface Scanned {
  lines: ScannedLine[];
  notices: LineNotice[];
  count: number;
}

function scan(chunks: readonly Uint8Array[], prefilter?: BytePrefilter): Scanned {
  const out: Scanned = { lines: [], notices: [], count: 0 };
  const scanner = new LineScanner({
    prefilter,
    onLine: (l) => out.lines.push(l),
    onNotice: (n) => out.notices.push(n),
  });
  for (const c of chunks) scanner.push(c);
  scanner.end();
  out.count = scanner.lines;
  return out;
}

/** Lines as a log viewer sees them (LF, CRLF, lone CR), a BOM opening line 1 only. */
function reference(bytes: Buffer): Array<{ line: number; offset: number; text: string }> {
  return referenceWithLength(bytes).map(({ line, offset, text }) => ({ line, offset, text }));
}

/** The reference lines with the byte length of each (before decoding: invalid bytes become 3-byte U+FFFD). */
function referenceWithLength(bytes: Buffer): Array<{ line: number; offset: number; text: string; bytes: number }> {
  return referenceLines(bytes).map(({ line, offset, body }) => ({ line, offset, text: body.toString('utf8'), bytes: body.length }));
}

const plain = (lines: readonly ScannedLine[]) => lines.map(({ line, offset, text }) => ({ line, offset, text }));

/** Notices in file order: the scanner raises them per region, the input's report sorts them by place. */
const sorted = (notices: readonly LineNotice[]) =>
  [...notices].sort((a, b) => a.line - b.line || a.offset - b.offset || a.kind.localeCompare(b.kind));

function assertIncreasing(lines: readonly ScannedLine[], count: number): void {
  let previous = 0;
  for (const l of lines) {
    assert.ok(l.line > previous && l.line <= count, `line ${l.line} after ${previous} (of ${count})`);
    previous = l.line;
  }
}

test('property: hostile bytes in any chunking: every line, exactly as grep numbers it, and the same notices', () => {
  fc.assert(fc.property(hostileBytes(80), chunkSizes, (bytes, sizes) => {
    const whole = scan([bytes]);
    const chunked = scan(chunk(bytes, sizes));
    const bytewise = scan(chunk(bytes, [1]));
    assert.equal(plain(whole.lines), reference(bytes));
    assert.is(whole.count, referenceLineCount(bytes));
    for (const other of [chunked, bytewise]) {
      assert.equal(plain(other.lines), plain(whole.lines));
      assert.equal(sorted(other.notices), sorted(whole.notices));
      assert.is(other.count, whole.count);
    }
    // At most one notice of each kind but long-line, each naming a real line and byte.
    const kinds = whole.notices.map((n) => n.kind);
    assert.is(new Set(kinds).size, kinds.length);
    for (const n of whole.notices) {
      assert.ok(n.line >= 1 && n.line <= whole.count && n.offset >= 0 && n.offset < bytes.length, JSON.stringify(n));
    }
    const bad = reference(bytes).find((l) => l.text.includes('\ufffd') && !bytes.subarray(l.offset).toString('utf8').startsWith(l.text));
    if (bad) assert.ok(kinds.includes('invalid-utf8'));
  }), runs(300));
});

test('property: with the prefilter, the same candidate lines whatever the chunking, numbers exact and increasing', () => {
  fc.assert(fc.property(hostileBytes(80), chunkSizes, (bytes, sizes) => {
    const whole = scan([bytes], matcher);
    const chunked = scan(chunk(bytes, sizes), matcher);
    assert.equal(plain(chunked.lines), plain(whole.lines));
    assert.equal(sorted(chunked.notices), sorted(whole.notices));
    assert.is(whole.count, referenceLineCount(bytes));
    assertIncreasing(whole.lines, whole.count);
    // Every line whose text (escapes removed) holds a literal is handed on: the fast path loses nothing.
    const handed = new Set(whole.lines.map((l) => l.line));
    for (const ref of reference(bytes)) {
      if (literalHits(stripAnsi(ref.text), LITERALS).length > 0) assert.ok(handed.has(ref.line), `line ${ref.line} ${JSON.stringify(ref.text)} not handed on`);
    }
  }), runs(300));
});

test('property: the q-gram filter hands on the lines Wu–Manber hands on, in any chunking', () => {
  fc.assert(fc.property(hostileBytes(80), chunkSizes, (bytes, sizes) => {
    const byWuManber = scan(chunk(bytes, sizes), wuManber);
    const byQgram = scan(chunk(bytes, sizes), qgram);
    assert.equal(plain(byQgram.lines), plain(byWuManber.lines));
    assert.equal(sorted(byQgram.notices), sorted(byWuManber.notices));
    assert.is(byQgram.count, byWuManber.count);
  }), runs(300));
});

test('property: the literals the q-gram filter says a line holds are those its text holds (valid UTF-8), in any chunking', () => {
  let told = 0;
  fc.assert(fc.property(hostileBytes(80), chunkSizes, (bytes, sizes) => {
    for (const l of scan(chunk(bytes, sizes), qgram).lines) {
      if (l.hits === undefined) continue;
      told += 1;
      assert.equal(l.hits, literalHits(l.text, LONG_LITERALS), JSON.stringify(l.text));
    }
  }), runs(300));
  assert.ok(told > 0, 'the filter told no line\'s literals');
});

test('property: a literal cut by any terminal sequence (ESC, 8-bit CSI, ←[) split across chunks is still found', () => {
  const literal = fc.constantFrom(...LITERALS);
  fc.assert(fc.property(literal, fc.nat(), fc.constantFrom(...ESCAPES), fc.constantFrom('noise\n', '', 'x'.repeat(100) + '\n'), chunkSizes, (lit, at, escape, before, sizes) => {
    const p = 1 + (at % (lit.length - 1));
    const line = `${lit.slice(0, p)}${escape}${lit.slice(p)} at the end`;
    const bytes = Buffer.from(`${before}${line}\nquiet\n`);
    const got = scan(chunk(bytes, sizes), matcher);
    const found = got.lines.filter((l) => literalHits(stripAnsi(l.text), LITERALS).length > 0);
    assert.equal(found.map((l) => [l.line, l.text]), [[before ? 2 : 1, line]], `${JSON.stringify(line)}`);
  }), runs(300));
});

// ── over-long lines: notices never depend on chunk boundaries ─────────────

/** Lengths around the limit (a CR before the LF is not part of the line) and well past it. */
const LONG = [
  MAX_LINE_BYTES - 1,
  MAX_LINE_BYTES,
  MAX_LINE_BYTES + 1,
  MAX_LINE_BYTES + 2,
  MAX_LINE_BYTES + 4096,
  3 * MAX_LINE_BYTES / 2,
];
const longLine = fc.record({
  length: fc.constantFrom(...LONG),
  cr: fc.boolean(),
  literal: fc.constantFrom('', 'FATA '),
  // Something hostile at the start (decoded) or at the end (past the cut: never decoded).
  oddity: fc.constantFrom('', 'nul-head', 'nul-tail', 'utf8-head', 'utf8-tail'),
  newline: fc.boolean(),
}).map(({ length, cr, literal, oddity, newline }) => {
  const line = Buffer.alloc(length, 0x61);
  line.write(literal, 0);
  const bad = oddity.startsWith('nul') ? Buffer.from([0]) : Buffer.from(INVALID_UTF8['Latin-1 e-acute']);
  if (oddity.endsWith('head')) bad.copy(line, 10);
  if (oddity.endsWith('tail')) bad.copy(line, length - 1);
  return Buffer.concat([line, Buffer.from(cr ? '\r' : ''), Buffer.from(newline ? '\n' : '')]);
});

test('property: lines around and past 1 MiB give the same lines and notices in any chunking', () => {
  const pieces = fc.array(fc.oneof(longLine, fc.constantFrom('FATA short\n', 'quiet\n', '\n', 'ERROR x\r\n').map((s) => Buffer.from(s))), { minLength: 1, maxLength: 4 });
  const size = fc.oneof(
    fc.integer({ min: 1, max: 4096 }),
    fc.integer({ min: MAX_LINE_BYTES - 3, max: MAX_LINE_BYTES + 3 }),
    fc.integer({ min: 1, max: 3 * MAX_LINE_BYTES }),
  );
  const sizes = fc.array(size, { minLength: 1, maxLength: 4 });
  const prefilters = fc.constantFrom<BytePrefilter | undefined>(undefined, matcher, qgram);
  fc.assert(fc.property(pieces, sizes, prefilters, (parts, chunking, prefilter) => {
    const bytes = Buffer.concat(parts);
    const whole = scan([bytes], prefilter);
    const chunked = scan(chunk(bytes, chunking.map((s) => Math.max(1024, s))), prefilter);
    assert.equal(plain(chunked.lines), plain(whole.lines));
    assert.equal(sorted(chunked.notices), sorted(whole.notices));
    assert.is(whole.count, referenceLineCount(bytes));
    assertIncreasing(whole.lines, whole.count);
    // Every line over the limit is cut, handed on and warned about, whether or not it holds a literal.
    const long = referenceWithLength(bytes).filter((l) => l.bytes > MAX_LINE_BYTES);
    assert.equal(whole.notices.filter((n) => n.kind === 'long-line').map((n) => n.line), long.map((l) => l.line));
    for (const l of long) {
      const cut = whole.lines.find((w) => w.line === l.line);
      assert.ok(cut && cut.text.length < l.text.length && l.text.startsWith(cut.text), `line ${l.line} not cut`);
    }
  }), runs(18));
});

test('CR-only line ends: every CR ends a line, in any chunking (a CR at a chunk end waits for the next byte)', () => {
  const record = 'FATA[0000] deploy timed out on the warm canonical\r';
  const count = Math.ceil((2 * MAX_LINE_BYTES) / record.length);
  const bytes = Buffer.from(record.repeat(count));
  for (const sizes of [[bytes.length], [65536], [record.length], [record.length - 1], [1]]) {
    const got = scan(chunk(bytes, sizes.length === 1 && sizes[0] === 1 ? [7, 1, 13] : sizes), matcher);
    assert.is(got.count, count);
    assert.is(got.lines.length, count);
    const firstTwo = [[1, 0, record.slice(0, -1)], [2, record.length, record.slice(0, -1)]];
    assert.equal(got.lines.slice(0, 2).map((l) => [l.line, l.offset, l.text]), firstTwo);
    assert.equal(got.notices, []);
  }
});

test('a CR at a chunk end followed by LF is a CRLF, not two line ends', () => {
  const bytes = Buffer.from('FATA one\r\nFATA two\r\n');
  for (const cut of [9, 10, 19]) {
    const got = scan([bytes.subarray(0, cut), bytes.subarray(cut)], matcher);
    assert.equal(got.lines.map((l) => [l.line, l.text]), [[1, 'FATA one'], [2, 'FATA two']], `cut at ${cut}`);
    assert.is(got.count, 2);
  }
});

test('NUL runs: a megabyte of NULs between lines keeps every number; reported once, at the first', () => {
  const bytes = Buffer.concat([Buffer.from('FATA one\nquiet\n'), Buffer.alloc(MAX_LINE_BYTES / 2, 0), Buffer.from('\nFATA three\n'), Buffer.alloc(100, 0), Buffer.from('\nFATA five')]);
  for (const sizes of [[bytes.length], [4096], [7]]) {
    const got = scan(chunk(bytes, sizes), matcher);
    assert.equal(got.lines.map((l) => [l.line, l.text]), [[1, 'FATA one'], [4, 'FATA three'], [6, 'FATA five']]);
    assert.equal(got.notices.map((n) => [n.kind, n.line, n.offset]), [['nul-bytes', 3, 15]]);
    assert.is(got.count, 6);
  }
});

test('every kind of invalid UTF-8, alone on a line or inside a literal line: decoded with U+FFFD, named once', () => {
  for (const [name, raw] of Object.entries(INVALID_UTF8)) {
    const bytes = Buffer.concat([Buffer.from('quiet\nFATA '), Buffer.from(raw), Buffer.from(' boom\n'), Buffer.from(raw), Buffer.from('\nFATA after\n')]);
    for (const sizes of [[bytes.length], [1], [3]]) {
      const got = scan(chunk(bytes, sizes), matcher);
      assert.equal(got.lines.map((l) => l.line), [2, 4], name);
      assert.ok(got.lines[0].text.startsWith('FATA ') && got.lines[0].text.endsWith(' boom') && got.lines[0].text.includes('\ufffd'), name);
      assert.equal(got.notices.map((n) => [n.kind, n.line, n.offset]), [['invalid-utf8', 2, 6]], name);
    }
  }
});

test.run();
