/**
 * detectFormat against hostile heads: any bytes under any name give a format (or `binary`),
 * never an exception; the answer depends on the bytes and name only; and a 64 KiB head (all
 * detection ever sees) of pathological lines finishes, whatever envelope the other lines suggest.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { detectFormat, INPUT_FORMATS, type DetectedFormat } from '../../src/inputs/detect.js';
import { HEAD_BYTES } from '../../src/inputs/sources.js';
import { ENVELOPES, PAYLOADS } from '../../src/parsers/registry.js';
import { FRAGMENTS, GRAMMARS, INVALID_UTF8, SAMPLES, hostileBytes, runs } from './hostile.js';

const test = suite('fuzz: format detection');

const STRUCTURES = new Set(['lines', 'junit', 'canonical', 'binary']);
const NAMES = ['-', 'run.log', 'services/warm-gitea_app.log', 'junit/restore__cc-ci__test_restore.xml', 'canonical.json', 'x.JSON', 'app.log.gz', 'weird name\u202e.log', ''];

function detectChecked(head: Buffer, name: string, forced?: string): DetectedFormat {
  let detected: DetectedFormat;
  try {
    detected = detectFormat(head, name, forced);
  } catch (error) {
    const shown = JSON.stringify(head.subarray(0, 200).toString('latin1'));
    throw new Error(`detectFormat threw on ${shown} (${name}): ${(error as Error).stack}`, { cause: error });
  }
  assert.type(detected.format, 'string');
  assert.ok(STRUCTURES.has(detected.structure), `structure ${detected.structure}`);
  if (detected.envelope !== undefined) assert.ok(detected.envelope in ENVELOPES, `envelope ${detected.envelope}`);
  return detected;
}

test('property: any head under any name is a format, the same every time', () => {
  fc.assert(fc.property(hostileBytes(80), fc.constantFrom(...NAMES), (head, name) => {
    const first = detectChecked(head, name);
    assert.equal(detectChecked(Buffer.from(head), name), first, 'detection depends on the bytes and the name only');
  }), runs(300));
});

test('property: a forced format always wins, whatever the bytes', () => {
  fc.assert(fc.property(hostileBytes(20), fc.constantFrom(...Object.keys(INPUT_FORMATS)), (head, forced) => {
    // A forced format whose lines are read by keys (klog) says so; nothing else is added.
    const { keyed, ...detected } = detectChecked(head, 'x.log', forced);
    assert.equal(detected, { format: forced, ...INPUT_FORMATS[forced] });
    assert.equal(keyed, PAYLOADS.find((g) => g.name === forced)?.lineKeys ? [forced] : undefined);
  }), runs(100));
});

test('property: real lines, mixed with invalid UTF-8, NULs and escapes, keep a line format unless the head is binary', () => {
  const invalid = fc.constantFrom(...Object.values(INVALID_UTF8)).map((b) => Buffer.from(b).toString('latin1'));
  const line = fc.oneof(fc.constantFrom(...SAMPLES), invalid);
  fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
    const head = Buffer.from(lines.join(eol), 'latin1');
    const detected = detectChecked(head, 'run.log');
    assert.ok(detected.structure === 'lines' || detected.structure === 'binary' || detected.structure === 'canonical', `${detected.format}`);
  }), runs(200));
});

test('property: a 64 KiB head with one pathological line among real ones finishes', () => {
  // Detection parses every sampled line with the envelope most lines suggest, sniffed or not:
  // each grammar's worst case is reached here (lexer recovery was quadratic before the fix).
  const unit = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom('x', '1', ' ', '.', '|', '\u0000', '\x1b[', '"', '{'));
  const realLines = fc.integer({ min: 0, max: 3 });
  fc.assert(fc.property(fc.constantFrom(...GRAMMARS), realLines, unit, (grammar, before, piece) => {
    const real = grammar.samples.slice(0, 2).map((s) => s.line).join('\n');
    const lines = Array.from({ length: before }, () => real);
    const room = HEAD_BYTES - lines.join('\n').length - 1;
    const pathological = (real.split('\n')[0].slice(0, 30) + piece.repeat(Math.ceil(room / piece.length))).slice(0, Math.max(0, room));
    detectChecked(Buffer.from([...lines, pathological].join('\n')).subarray(0, HEAD_BYTES), 'services/app.log');
  }), runs(40));
});

test('binary, empty, BOM-only, whitespace-only and NUL-only heads', () => {
  assert.equal(detectChecked(Buffer.alloc(0), 'x.log'), { format: 'text', structure: 'lines' });
  assert.equal(detectChecked(Buffer.from('\ufeff'), 'x.log'), { format: 'text', structure: 'lines' });
  assert.equal(detectChecked(Buffer.from(' \r\n\t\n'), 'x.log'), { format: 'text', structure: 'lines' });
  assert.equal(detectChecked(Buffer.alloc(HEAD_BYTES, 0), 'x.log'), { format: 'binary', structure: 'binary' });
  assert.equal(detectChecked(Buffer.alloc(HEAD_BYTES, 0), 'x.xml'), { format: 'binary', structure: 'binary' });
  // A NUL or two in text is text (reported by the scan), not binary.
  assert.is(detectChecked(Buffer.from('FATA boom\u0000\nnext line here\n'), 'x.log').structure, 'lines');
});

test.run();
