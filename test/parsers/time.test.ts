/**
 * ISO timestamps in UTC (every docker and postgres line has one) are read digit by digit, a
 * minute's start computed once for the lines that share it: what they give must be what the
 * general expression gives, for any text, in any order of calls.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { isoTimestampByPattern, parseIsoTimestamp } from '../../src/parsers/time.js';
import { runs } from '../fuzz/hostile.js';

const ZONES = ['UTC', '+05:30', 'Europe/Berlin'];

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n })
  .map((d) => d.join(''));
const near = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
const character = fc.string({ unit: 'binary', minLength: 0, maxLength: 2 });

/** Timestamps as logs write them, and near misses of each part: a wrong separator, a missing digit, another zone. */
const stamp = fc.tuple(
  near(fc.oneof(digits(4), fc.constantFrom('0001', '0099', '0100', '9999', '1969', '2026')), character),
  near(fc.constant('-'), character), near(fc.oneof(digits(2), fc.constantFrom('00', '01', '12', '13', '99')), character),
  near(fc.constant('-'), character), near(fc.oneof(digits(2), fc.constantFrom('00', '31', '32')), character),
  near(fc.constantFrom('T', ' '), character), near(digits(2), character), near(fc.constant(':'), character),
  near(digits(2), character), near(fc.constant(':'), character), near(fc.oneof(digits(2), fc.constant('60')), character),
  fc.oneof(fc.constant(''), fc.tuple(fc.constantFrom('.', ','), fc.integer({ min: 0, max: 12 }).chain(digits)).map(([m, d]) => m + d)),
  fc.constantFrom('Z', ' UTC', '', 'z', '  UTC', '\tUTC', ' Z', '+00:00', '-07', ' CEST', 'Z\n', 'ZZ', ' UTCX'),
).map((parts) => parts.join(''));

test('property: a timestamp read digit by digit is the one the expression reads, in every fallback zone', () => {
  fc.assert(fc.property(fc.array(stamp, { minLength: 1, maxLength: 8 }), fc.constantFrom(...ZONES), (stamps, zone) => {
    for (const text of stamps) {
      const fast = parseIsoTimestamp(text, zone);
      const reference = isoTimestampByPattern(text, zone);
      assert.is(fast, reference, JSON.stringify(text));
    }
  }), runs(20000));
});

test('lines of the same minute, a second and a millisecond apart, in and out of order', () => {
  const times = ['2026-06-18T01:42:45.497449337Z', '2026-06-18T01:42:46Z', '2026-06-18 01:42:45.4 UTC', '2026-06-18T01:42:59,999Z', '2026-06-18T01:43:00.000Z'];
  assert.equal(times.map((t) => parseIsoTimestamp(t, 'UTC')), [
    Date.UTC(2026, 5, 18, 1, 42, 45, 497), Date.UTC(2026, 5, 18, 1, 42, 46), Date.UTC(2026, 5, 18, 1, 42, 45, 400),
    Date.UTC(2026, 5, 18, 1, 42, 59, 999), Date.UTC(2026, 5, 18, 1, 43),
  ]);
  // Go's zero time is year 1, not 1901.
  assert.is(parseIsoTimestamp('0001-01-01T00:00:00Z', 'UTC'), Date.UTC(2001, 0, 1) - 2000 * 365.2425 * 86400000);
});

test.run();
