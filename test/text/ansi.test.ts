import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ESCAPE_INTRODUCERS, hasEscape, stripAnsi } from '../../src/text/ansi.js';
import { LineScanner, type ScannedLine } from '../../src/inputs/line-scanner.js';
import { MultiLiteralMatcher } from '../../src/prefilter/multi-literal.js';

/** A colour sequence begun by each introducer, as each shows up in a log. */
const SEQUENCE: Record<string, string> = { '\x1b': '\x1b[31m', '\x9b': '\x9b31m', '\u2190[': '\u2190[31m' };

function handedOn(text: string): ScannedLine[] {
  const lines: ScannedLine[] = [];
  const scanner = new LineScanner({
    prefilter: new MultiLiteralMatcher(['read-only file']),
    onLine: (line) => lines.push(line),
    onNotice: () => undefined,
  });
  scanner.push(Buffer.from(`quiet line\n${text}\nanother quiet line\n`, 'utf8'));
  scanner.end();
  scanner.release();
  return lines;
}

test('the escape introducers are one list: ESC, the 8-bit CSI and the ←[ of a Windows console', () => {
  assert.equal([...ESCAPE_INTRODUCERS], ['\x1b', '\x9b', '\u2190[']);
  assert.equal(Object.keys(SEQUENCE).sort(), [...ESCAPE_INTRODUCERS].sort(), 'every introducer has a case below');
});

for (const introducer of ESCAPE_INTRODUCERS) {
  const name = JSON.stringify(introducer);
  test(`${name}: stripAnsi removes its sequence and the scanner decodes a line holding it, literal or not`, () => {
    const text = `${SEQUENCE[introducer]}red text`;
    assert.ok(hasEscape(text));
    assert.is(stripAnsi(text), 'red text');
    assert.equal(handedOn(text).map((l) => [l.line, l.text]), [[2, text]]);
    // A literal split by the sequence is still found once the line is decoded and stripped.
    const split = `read-${SEQUENCE[introducer]}only file`;
    assert.equal(handedOn(split).map((l) => stripAnsi(l.text)), ['read-only file']);
  });
}

test('a line without any introducer or literal is not handed on', () => {
  assert.is(hasEscape('plain [31m text'), false);
  assert.equal(handedOn('plain [31m text'), []);
});

test.run();
