/**
 * Hostile input for the fuzz tests: the byte and text pieces real broken evidence is made of, the
 * generators built from them, and the malformed real-world files of ../shared (read at test
 * time, never copied into the project).
 *
 * Every property runs with a fixed seed (SEED, passed per property so other test files keep their
 * own settings) and a modest number of runs: the suite stays fast and fails the same way twice.
 * Nothing here measures time: an input that "never hangs" is simply large enough that a
 * quadratic path would not finish within the test run.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENVELOPES, PAYLOADS } from '../../src/parsers/registry.js';
import { LEVELS } from '../../src/events.js';
import { sharedOrSkip } from '../helpers.js';

export const SEED = 20261124;

/** fast-check parameters: the fixed seed and a run count (kept small: every test stays well under a few seconds). */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns };
}

export const GRAMMARS = [...Object.values(ENVELOPES), ...PAYLOADS];

/** Invalid UTF-8, one kind per entry: what a Latin-1 file, a cut write or a corrupt disk leaves. */
export const INVALID_UTF8: Readonly<Record<string, readonly number[]>> = {
  'lone continuation byte': [0x80],
  'lone continuation byte 0xbf': [0xbf],
  'overlong NUL (C0 80)': [0xc0, 0x80],
  'overlong slash (C1 AF)': [0xc1, 0xaf],
  'overlong 3-byte (E0 80 AF)': [0xe0, 0x80, 0xaf],
  'overlong 4-byte (F0 80 80 AF)': [0xf0, 0x80, 0x80, 0xaf],
  'truncated 2-byte sequence': [0xc3],
  'truncated 3-byte sequence': [0xe2, 0x82],
  'truncated 4-byte sequence': [0xf0, 0x9f, 0x98],
  'UTF-8 encoded high surrogate (ED A0 80)': [0xed, 0xa0, 0x80],
  'UTF-8 encoded low surrogate (ED BF BF)': [0xed, 0xbf, 0xbf],
  'surrogate pair encoded separately (CESU-8)': [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
  'past U+10FFFF (F4 90 80 80)': [0xf4, 0x90, 0x80, 0x80],
  '5-byte form (F8 88 80 80 80)': [0xf8, 0x88, 0x80, 0x80, 0x80],
  'bytes FE FF': [0xfe, 0xff],
  'Latin-1 e-acute': [0xe9],
};

/**
 * Terminal sequences as captured logs hold them: CSI, OSC (BEL and ST), DCS/SOS/PM/APC strings,
 * two-byte escapes, 8-bit CSI, the Windows `←[` rendering.
 */
export const ESCAPES: readonly string[] = [
  '\x1b[31m', '\x1b[0m', '\x1b[1;38;5;196m', '\x1b[?25l', '\x1b[2K', '\x1b[1A',
  '\x1b]0;window title\x07', '\x1b]8;;https://example.com/\x1b\\', '\x1b]133;A\x1b\\',
  '\x1bP1$r0m\x1b\\', '\x1bPq#0;2;0;0;0#1~~@@\x1b\\', '\x1b_Gf=24;AAAA\x1b\\', '\x1b^private\x1b\\', '\x1bXsos\x1b\\',
  '\x1b7', '\x1b8', '\x1bc', '\x1b=', '\x1b>', '\x1b(B', '\x1b)0', '\x1b#8',
  '\u009b31m', '\u009b0m', '\u2190[34m', '\u2190[0m',
];

/**
 * Characters that break naive code: NUL, lone surrogates, BOM, bidi overrides, line and
 * paragraph separators, DEL, C1.
 */
export const NASTY_CHARS: readonly string[] = [
  '\u0000', '\ud800', '\udfff', '\udbff\udbff', '\ufeff', '\ufffd', '\u202e', '\u2066', '\u2028', '\u2029', '\u007f', '\u0085', '\u009b',
  '\t', '\r', '\v', '\f', '\u00a0', '\u200b', '😀', '𝕏', 'é', 'e\u0301', '中',
];

/** Every grammar's sample lines: the pieces a realistic hostile line is mutated from. */
export const SAMPLES: readonly string[] = GRAMMARS.flatMap((g) => g.samples.map((s) => s.line));

/** Pieces of sample lines, split where character classes change, plus the structural punctuation of every format. */
export const FRAGMENTS: readonly string[] = [...new Set([
  ...SAMPLES.flatMap((s) => s.split(/(?<=[\s|:=[\]{}()<>",])|(?=[\s|:=[\]{}()<>",])/)).filter((f) => f.length > 0 && f.length <= 24),
  ' | ', '|', '@', '.1.', '::', '.py::', '.go:', '[F]', '[E]', '<W>', '<F>', '={', '{"', '"}', '":', '\\"', 'level=', 'msg="', '" ', ' - ',
  '=====', ' in ', '0.5s', 'FATA', 'ERRO', 'ERROR', 'PASSED', 'FAILED', 'T', 'Z', '+02:00', '2026-06-17', '2026/06/17', ' 23:59:01', '.123456789',
])].sort();

/** A unit of hostile text: any code point, a nasty character, an escape sequence, or a piece of a real line. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.constantFrom(...NASTY_CHARS), weight: 2 },
  { arbitrary: fc.constantFrom(...ESCAPES), weight: 1 },
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 },
);

/** One line of hostile text (no newline), up to `maxUnits` pieces. */
export function hostileLine(maxUnits = 40): fc.Arbitrary<string> {
  return fc.string({ unit: hostileUnit, maxLength: maxUnits }).map((s) => s.replace(/\n/g, ' '));
}

/**
 * A real sample line, mutated: cut, spliced with hostile pieces, a piece repeated, or a slice of
 * another sample appended.
 */
export const mutatedSample: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom(...SAMPLES),
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), hostileLine(4)), { maxLength: 4 }),
  fc.option(fc.nat()),
).map(([sample, edits, cut]) => {
  let line = sample;
  for (const [at, remove, insert] of edits) {
    const p = at % (line.length + 1);
    line = line.slice(0, p) + insert + line.slice(p + remove);
  }
  return cut === null ? line : line.slice(0, cut % (line.length + 1));
}).map((s) => s.replace(/\n/g, ' '));

/**
 * Text a grammar may be handed: anything at all, or a damaged real line (weighted towards the
 * latter: it gets past the sniffs).
 */
export const grammarInput: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileLine(), weight: 1 },
  { arbitrary: mutatedSample, weight: 2 },
);

/**
 * Pieces of a hostile byte stream: valid text, invalid UTF-8, NUL runs, every line end (CRLF, LF,
 * lone CR), escape sequences.
 */
export const bytePiece: fc.Arbitrary<Buffer> = fc.oneof(
  { arbitrary: fc.constantFrom(...SAMPLES).map((s) => Buffer.from(s)), weight: 4 },
  { arbitrary: hostileLine(6).map((s) => Buffer.from(s)), weight: 3 },
  { arbitrary: fc.constantFrom(...Object.values(INVALID_UTF8)).map((b) => Buffer.from(b)), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 64 }).map((n) => Buffer.alloc(n, 0)), weight: 1 },
  { arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\r\n').map((s) => Buffer.from(s)), weight: 4 },
  { arbitrary: fc.constantFrom(...ESCAPES).map((s) => Buffer.from(s)), weight: 1 },
  { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 16 }).map((b) => Buffer.from(b)), weight: 1 },
);

/** A whole hostile file. */
export function hostileBytes(maxPieces = 60): fc.Arbitrary<Buffer> {
  return fc.array(bytePiece, { maxLength: maxPieces }).map((pieces) => Buffer.concat(pieces));
}

/** Chunk sizes to push the same bytes in (cycled): 1-byte chunks included. */
export const chunkSizes: fc.Arbitrary<number[]> = fc.array(
  fc.integer({ min: 1, max: 97 }),
  { minLength: 1, maxLength: 8 },
);

/** Splits `bytes` into chunks of the given sizes (cycled). */
export function chunk(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const out: Buffer[] = [];
  let k = 0;
  for (let i = 0; i < bytes.length;) {
    const size = Math.max(1, sizes[k++ % sizes.length]);
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

/**
 * Lines of a byte stream as a log viewer reads them: LF, CRLF and a lone CR each end a line, a
 * final line end ends the last line, a UTF-8 BOM opens line 1 only. `body` is without its line
 * end (and without the BOM); `raw` runs to the end, a CRLF's CR included.
 */
export function referenceLines(bytes: Buffer): Array<{ line: number; offset: number; body: Buffer; raw: Buffer }> {
  const out = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const atEnd = i === bytes.length;
    if (!atEnd && bytes[i] !== 0x0a && bytes[i] !== 0x0d) continue;
    if (atEnd && start === bytes.length) break;
    const crlf = !atEnd && bytes[i] === 0x0d && bytes[i + 1] === 0x0a;
    let body = bytes.subarray(start, i);
    if (start === 0 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
    out.push({ line: out.length + 1, offset: start, body, raw: bytes.subarray(start, crlf ? i + 1 : i) });
    if (crlf) i += 1;
    start = i + 1;
  }
  return out;
}

/** How many lines referenceLines finds. */
export function referenceLineCount(bytes: Buffer): number {
  return referenceLines(bytes).length;
}

// ── what every parser result must look like ───────────────────────────────

const LEVEL_SET = new Set<string>(LEVELS);

/** A wrong value as a failure message shows it: an object as JSON, so it reads as what it is. */
function shown(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** A timestamp a Date can hold, or none: reporters call toISOString on it. */
export function assertTimestamp(ts: unknown, where: string): void {
  if (ts === undefined) return;
  if (typeof ts !== 'number' || !Number.isFinite(ts) || Math.abs(ts) > 8.64e15) throw new Error(`${where}: timestamp ${shown(ts)} is not a valid time`);
}

export function assertFields(fields: unknown, where: string): void {
  if (typeof fields !== 'object' || fields === null) throw new Error(`${where}: fields is ${String(fields)}`);
  for (const [key, value] of Object.entries(fields)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) throw new Error(`${where}: field ${key} is a ${typeof value}`);
  }
}

export function assertLevel(level: unknown, where: string): void {
  if (level !== undefined && !LEVEL_SET.has(level as string)) throw new Error(`${where}: level ${shown(level)}`);
}

// ── malformed real-world files (../shared) ────────────────────────────────

export interface SharedFile {
  /** Path below ../shared/realworld. */
  name: string;
  bytes: Buffer;
  parseError: boolean;
}

interface IndexEntry {
  file: string;
  parse_error: boolean;
}

/**
 * The junit fixtures of ../shared/realworld marked as broken in its INDEX.json (truncated,
 * unclosed CDATA, raw `<` in attributes, empty, not XML, not junit), and a few well-formed ones to
 * damage further. Undefined (and a printed reason) when ../shared is absent.
 */
export function sharedJunit(what: string): SharedFile[] | undefined {
  const shared = sharedOrSkip(what);
  if (!shared) return undefined;
  const root = path.join(shared, 'realworld');
  const index = JSON.parse(readFileSync(path.join(root, 'INDEX.json'), 'utf8')) as { files: IndexEntry[] };
  const wellFormed = new Set([
    'junit/enricomi/junit-xml/pytest/junit.fail.xml',
    'junit/dorny/python-xunit-pytest.xml',
    'junit/mikepenz/nested/multi-level.xml',
  ]);
  return index.files
    .filter((f) => f.parse_error || wellFormed.has(f.file))
    .map((f) => ({ name: f.file, bytes: readFileSync(path.join(root, f.file)), parseError: f.parse_error }));
}

/** The loghub samples of ../shared/realworld (2,000 real lines each of Apache, HDFS, Linux, OpenStack, Spark). */
export function sharedLoghub(what: string): SharedFile[] | undefined {
  const shared = sharedOrSkip(what);
  if (!shared) return undefined;
  const root = path.join(shared, 'realworld');
  return ['Apache', 'HDFS', 'Linux', 'OpenStack', 'Spark'].map((name) => ({
    name: `loghub/${name}_2k.log`, bytes: readFileSync(path.join(root, 'loghub', `${name}_2k.log`)), parseError: false,
  }));
}
