/**
 * The q-gram filter (WebAssembly): the line of its first hit is the first line holding a whole
 * literal, from any offset and up to any end, exactly as a search for each literal finds it; the
 * bytes it searches are the caller's current ones; and its binary is its text source compiled.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BUILD_AFTER_BYTES, QgramFilterMatcher } from '../../src/prefilter/qgram-filter.js';
import { QGRAM_FILTER_WASM } from '../../src/prefilter/wasm/qgram-filter-binary.js';
import { WASM_SOURCES, compileWat } from '../../scripts/wasm-sources.js';
import { ROOT, tempDir } from '../helpers.js';
import { runs } from '../fuzz/hostile.js';

const LITERALS = ['FATA[', 'ERROR ', '[F] x', 'level=error', 'régime', 'read-only file', 'abcab', 'failed to get permission for on-demand certificate'];
const NEWLINE = 0x0a;

/** The start of the line of the earliest whole literal in [from, to), by searching for each; -1: none. */
function referenceLine(buf: Buffer, from: number, to: number, literals: readonly string[]): number {
  let first = -1;
  for (const literal of literals) {
    const at = buf.subarray(0, to).indexOf(Buffer.from(literal, 'utf8'), from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first < 0 ? -1 : lineOf(buf, from, first);
}

function lineOf(buf: Buffer, from: number, at: number): number {
  return Math.max(from, buf.lastIndexOf(NEWLINE, at - 1) + 1);
}

/** Whether a whole literal starts at `at` and ends by `to`. */
function literalAt(buf: Buffer, at: number, to: number, literals: readonly string[]): boolean {
  return literals.some((l) => {
    const bytes = Buffer.from(l, 'utf8');
    return at + bytes.length <= to && buf.subarray(at, at + bytes.length).equals(bytes);
  });
}

const piece = fc.oneof(
  fc.constantFrom(...LITERALS.flatMap((l) => [l, l.slice(0, 3), l.slice(1), l.slice(0, -1)])),
  fc.constantFrom('\n', ' ', 'x', 'é', 'failed to get permission', 'ab'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => Buffer.from(pieces.join(''), 'utf8'));

/** The filter built from the first search, and never built (each literal searched for): the two must agree. */
const BUILDS = [['the filter', 0], ['a search per literal', Number.POSITIVE_INFINITY]] as const;

for (const [name, buildAfterBytes] of BUILDS) test(`property (${name}): the first hit is a whole literal in the first line holding one, from any offset, up to any end`, () => {
  const matcher = new QgramFilterMatcher(LITERALS, { buildAfterBytes });
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (buf, a, b) => {
      const from = buf.length === 0 ? 0 : a % buf.length;
      const to = from + (buf.length === from ? 0 : b % (buf.length - from + 1));
      const hit = matcher.findFirst(buf, from, to);
      const expected = referenceLine(buf, from, to, LITERALS);
      if (expected < 0) return hit === -1;
      return hit >= from && lineOf(buf, from, hit) === expected && literalAt(buf, hit, to, LITERALS);
    }),
    runs(5000),
  );
});

/** The numbers of the literals wholly inside [from, to), each once, ascending, by searching for each. */
function referenceHits(buf: Buffer, from: number, to: number, literals: readonly string[]): number[] {
  return literals.flatMap((l, i) => (buf.subarray(from, to).includes(Buffer.from(l, 'utf8')) ? [i] : []));
}

for (const [name, buildAfterBytes] of BUILDS) test(`property (${name}): a line's hits are the literals wholly inside it, each once, ascending`, () => {
  const matcher = new QgramFilterMatcher(LITERALS, { buildAfterBytes });
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), fc.nat(), (buf, a, b, c) => {
      const from = buf.length === 0 ? 0 : a % buf.length;
      const to = from + (buf.length === from ? 0 : b % (buf.length - from + 1));
      matcher.beginRegion(buf, 0, buf.length);
      // Any span of the region, not only a line: a line is one.
      const start = from + (to === from ? 0 : c % (to - from));
      const expected = referenceHits(buf, start, to, LITERALS);
      return JSON.stringify(matcher.lineHits(buf, start, to)) === JSON.stringify(expected);
    }),
    runs(5000),
  );
});

test('hits are told after the memory grew for a larger region, a literal found twice once', () => {
  const matcher = new QgramFilterMatcher(LITERALS, { buildAfterBytes: 0 });
  const small = Buffer.from(`x ${LITERALS[0]}\n`);
  matcher.beginRegion(small, 0, small.length);
  assert.equal(matcher.lineHits(small, 0, small.length), [0]);
  // Larger than the filter's tables and the first region: the memory grows, detaching views over the old one.
  const line = `${LITERALS[1]} then ${LITERALS[0]} and ${LITERALS[1]} again\n`;
  const large = Buffer.from(`${'.'.repeat(16 * 1024 * 1024)}\n${line}`);
  matcher.beginRegion(large, 0, large.length);
  assert.equal(matcher.lineHits(large, large.length - line.length, large.length), [0, 1]);
});

test('no hits are told outside the begun region, nor when a literal was given twice (its number would be ambiguous)', () => {
  const buf = Buffer.from('an ERROR here\n');
  const matcher = new QgramFilterMatcher(['ERROR here', 'level=error'], { buildAfterBytes: 0 });
  matcher.beginRegion(buf, 0, 5);
  assert.is(matcher.lineHits(buf, 0, buf.length), undefined);
  matcher.beginRegion(buf, 0, buf.length);
  assert.equal(matcher.lineHits(buf, 0, buf.length), [0]);
  const twice = new QgramFilterMatcher(['ERROR here', 'ERROR here'], { buildAfterBytes: 0 });
  twice.beginRegion(buf, 0, buf.length);
  assert.is(twice.lineHits(buf, 0, buf.length), undefined);
});

for (const [name, buildAfterBytes] of BUILDS) test(`${name}: a begun region is searched as often as asked; a new region, or bytes outside it, are read again`, () => {
  const matcher = new QgramFilterMatcher(['ERROR here'], { buildAfterBytes });
  const buf = Buffer.from('ok\nERROR here\nok\nERROR here\n');
  matcher.beginRegion(buf, 0, buf.length);
  assert.is(matcher.findFirst(buf, 0, buf.length), 3);
  assert.is(matcher.findFirst(buf, 4, buf.length), 17);
  buf.write('ERROR gone', 17);
  matcher.beginRegion(buf, 0, buf.length);
  assert.is(matcher.findFirst(buf, 4, buf.length), -1);
  // A search outside a begun region reads the buffer as it is now, and leaves no stale copy behind.
  const other = Buffer.from('xx ERROR here\n');
  assert.is(matcher.findFirst(other, 0, other.length), 3);
  other.write('ERROR gone', 3);
  assert.is(matcher.findFirst(other, 0, other.length), -1);
});

test('a region larger than the memory so far: the memory grows, and the last line is still found', () => {
  const matcher = new QgramFilterMatcher(['read-only file system'], { buildAfterBytes: 0 });
  const filler = Buffer.alloc(9 * 1024 * 1024, 'log line without it\n');
  const buf = Buffer.concat([filler, Buffer.from('chown: read-only file system\n')]);
  matcher.beginRegion(buf, 0, buf.length);
  assert.is(matcher.findFirst(buf, 0, buf.length), filler.length + 7);
  assert.is(matcher.findFirst(buf, filler.length + 8, buf.length), -1);
});

test('thousands of literals sharing windows: each is found, alone on a line, and a near one is not', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `marker-${i.toString(36)}-zq`);
  const matcher = new QgramFilterMatcher(many, { buildAfterBytes: 0 });
  for (const literal of [many[0], many[1234], many[4999]]) {
    const buf = Buffer.from(`marker-marker- some text\nsome ${literal} more\n`);
    assert.is(matcher.findFirst(buf, 0, buf.length), buf.indexOf(literal));
  }
  const near = Buffer.from('marker-zzz-zq marker-1-z\n'); // zzz is 46655: past the set
  assert.is(matcher.findFirst(near, 0, near.length), -1);
});

/** Newlines in [from, to), or -1 when a line ending there is longer than `longest`. */
function referenceCount(buf: Buffer, from: number, to: number, longest: number): number {
  let count = 0;
  let start = from;
  for (let at = from; at < to; at++) {
    if (buf[at] !== NEWLINE) continue;
    if (at - start > longest) return -1;
    count += 1;
    start = at + 1;
  }
  return count;
}

test('property: newlines of a begun region are counted 16 bytes at a time, and a line over the limit is told', () => {
  const matcher = new QgramFilterMatcher(LITERALS, { buildAfterBytes: 0 });
  const lines = fc.array(fc.oneof(fc.nat(40), fc.nat(5)), { maxLength: 60 })
    .map((lengths) => Buffer.from(lengths.map((n) => `${'x'.repeat(n)}\n`).join(''), 'utf8'));
  fc.assert(
    fc.property(lines, fc.nat(), fc.integer({ min: 16, max: 40 }), (buf, a, longest) => {
      const starts = [0, ...[...buf.keys()].filter((i) => buf[i] === NEWLINE).map((i) => i + 1)];
      const from = starts[a % starts.length];
      matcher.beginRegion(buf, 0, buf.length);
      return matcher.countNewlines(buf, from, buf.length, longest) === referenceCount(buf, from, buf.length, longest);
    }),
    runs(3000),
  );
  const outside = Buffer.from('a\nb\n');
  assert.is(matcher.countNewlines(outside, 0, outside.length, 100), -1);
  // Under 16 bytes the block count cannot vouch for the lines, and leaves them to the caller.
  matcher.beginRegion(outside, 0, outside.length);
  assert.is(matcher.countNewlines(outside, 0, outside.length, 15), -1);
  assert.is(matcher.countNewlines(outside, 0, outside.length, 16), 2);
});

test('the first 64 KiB are searched literal by literal, and the filter is built for what follows', () => {
  const matcher = new QgramFilterMatcher(['ERROR here']);
  const small = Buffer.from('ok\nERROR here\n');
  matcher.beginRegion(small, 0, small.length);
  assert.is(matcher.findFirst(small, 0, small.length), 3);
  // Without the filter there is no block count: the line scanner counts line by line.
  assert.is(matcher.countNewlines(small, 0, small.length, 100), -1);
  const lines = Math.ceil(BUILD_AFTER_BYTES / 3);
  const large = Buffer.concat([Buffer.from('ok\n'.repeat(lines)), small]);
  matcher.beginRegion(large, 0, large.length);
  assert.is(matcher.findFirst(large, 0, large.length), lines * 3 + 3);
  assert.is(matcher.countNewlines(large, 0, large.length, 100), lines + 2);
});

test('a literal under 5 bytes is refused (the scan then uses Wu–Manber)', () => {
  assert.throws(() => new QgramFilterMatcher(['ERROR', 'FATA']), /5 bytes/);
});

test('with WebAssembly turned off (node --jitless) the scan runs on Wu–Manber and reports the same', () => {
  const log = path.join(tempDir(), 'app.log');
  writeFileSync(log, 'ok\nlevel=error msg="open /data/app.ini: read-only file system"\nok\n');
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, path.join(ROOT, 'bin', 'redfix-forensics.js'), log, '--format', 'json'], { encoding: 'utf8' });
  const plain = run([]);
  const jitless = run(['--jitless']);
  assert.is(jitless.status, plain.status, jitless.stderr);
  const findings = (stdout: string) => JSON.stringify((JSON.parse(stdout) as { findings: unknown[] }).findings);
  assert.is(findings(jitless.stdout), findings(plain.stdout));
});

test('the binary is its text source compiled, byte for byte (`npm run wasm` writes it)', async () => {
  const source = WASM_SOURCES.find((s) => s.constant === 'QGRAM_FILTER_WASM');
  assert.ok(source);
  const compiled = await compileWat(readFileSync(path.join(ROOT, source.wat), 'utf8'), source.wat);
  assert.is(Buffer.from(compiled).toString('base64'), QGRAM_FILTER_WASM);
});

test.run();
