/**
 * Wu–Manber with 3-byte blocks: the first hit is the start of the first whole literal occurrence,
 * exactly where a search for each literal finds it, from any offset and up to any end.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { TrigramWuManberMatcher } from '../../src/prefilter/trigram-wu-manber.js';
import { runs } from '../fuzz/hostile.js';

const LITERALS = ['FATA', 'ERROR ', '[F]', 'level=error', 'régime', 'read-only file', 'abc', 'failed to get permission for on-demand certificate'];

/** The earliest start of a whole literal in [from, to), by searching for each; -1: none. */
function reference(buf: Buffer, from: number, to: number, literals: readonly string[]): number {
  let first = -1;
  for (const literal of literals) {
    const bytes = Buffer.from(literal, 'utf8');
    for (let at = buf.indexOf(bytes, from); at >= 0; at = buf.indexOf(bytes, at + 1)) {
      if (at + bytes.length > to) break;
      if (first < 0 || at < first) first = at;
      break;
    }
  }
  return first;
}

const piece = fc.oneof(
  fc.constantFrom(...LITERALS.flatMap((l) => [l, l.slice(0, 3), l.slice(1), l.slice(0, -1)])),
  fc.constantFrom('\n', ' ', 'x', 'é', 'failed to get permission', 'ab'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => Buffer.from(pieces.join(''), 'utf8'));

test('property: the first hit is the first whole literal, from any offset, up to any end', () => {
  const matcher = new TrigramWuManberMatcher(LITERALS);
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (buf, a, b) => {
      const from = buf.length === 0 ? 0 : a % buf.length;
      const to = from + (buf.length === from ? 0 : b % (buf.length - from + 1));
      return matcher.findFirst(buf, from, to) === reference(buf, from, to, LITERALS);
    }),
    runs(5000),
  );
});

test('thousands of literals sharing blocks: each is found, in text of its own alphabet', () => {
  const many = Array.from({ length: 4000 }, (_, i) => `marker-${i.toString(36)}-zq`);
  const matcher = new TrigramWuManberMatcher(many);
  for (const literal of [many[0], many[1234], many[3999]]) {
    const buf = Buffer.from(`marker-marker- some text ${literal} more\n`);
    assert.is(matcher.findFirst(buf, 0, buf.length), buf.indexOf(literal));
  }
  const near = Buffer.from('marker-zzz-zq marker-1-z'); // zzz is 46655: past the set
  assert.is(matcher.findFirst(near, 0, near.length), -1);
});

test('a literal under 3 bytes is refused with its name (the scan then uses 2-byte blocks)', () => {
  assert.throws(() => new TrigramWuManberMatcher(['ERROR', 'ab']), /"ab"/);
});

test.run();
