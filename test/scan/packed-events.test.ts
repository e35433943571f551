/**
 * Events cross from a scan worker to the main thread packed in columns (scan/packed-events.ts):
 * what comes out must be the very events that went in, every property and every value, whatever
 * the strings and numbers hold.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ScanEvent } from '../../src/engine/engine.js';
import { BLOCK_KINDS, EVENT_KINDS, FAILURE_KINDS, LEVELS, type FieldValue } from '../../src/events.js';
import { analyze } from '../../src/analyze.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { BATCH_EVENTS, EventPacker, packEvents, transferList, unpackEvents, type PackedEvents } from '../../src/scan/packed-events.js';
import { ROOT } from '../helpers.js';
import { runs } from '../fuzz/hostile.js';

function events(n: number): ScanEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    path: 'a.log', line: i + 1, format: 'postgres', message: `m ${i} \u00e9\u{1F600}`, text: `t ${i}`,
    fields: { n: i, ok: i % 2 === 0, s: `v${i}` }, hits: [i % 7, 3], ts: i * 1000, level: 'error',
  }));
}

function unpacked(packed: PackedEvents): ScanEvent[] {
  const events: ScanEvent[] = [];
  unpackEvents(packed, (event) => events.push(event));
  return events;
}
const roundTrip = (original: readonly ScanEvent[]): ScanEvent[] => unpacked(packEvents(original));

test('events packed in batches come back equal, in order, across batch boundaries', () => {
  for (const n of [0, 1, BATCH_EVENTS - 1, BATCH_EVENTS, BATCH_EVENTS + 1, 2 * BATCH_EVENTS + 17]) {
    const original = events(n);
    const packed = packEvents(original);
    assert.is(packed.count, n);
    assert.is(packed.batches.length, Math.ceil(n / BATCH_EVENTS));
    assert.ok(isDeepStrictEqual(unpacked(packed), original), `${n} events`);
  }
});

test('a batch is closed as soon as it is full: the packer keeps no event of it', () => {
  const packer = new EventPacker();
  const all = events(BATCH_EVENTS + 1);
  all.slice(0, BATCH_EVENTS - 1).forEach((e) => packer.add(e));
  assert.is(packer.closed, 0);
  packer.add(all[BATCH_EVENTS - 1]);
  assert.is(packer.closed, 1);
  packer.add(all[BATCH_EVENTS]);
  const packed = packer.finish();
  assert.is(packed.batches.length, 2);
  assert.is(packed.count, BATCH_EVENTS + 1);
});

test('each batch owns its memory, so it can be transferred', () => {
  const packed = packEvents(events(2 * BATCH_EVENTS));
  const buffers = transferList(packed);
  assert.is(buffers.length, packed.batches.length);
  assert.is(new Set(buffers).size, buffers.length);
  for (const [i, buffer] of buffers.entries()) {
    assert.instance(buffer, ArrayBuffer);
    assert.is(buffer.byteLength, packed.batches[i].byteLength, 'nothing else on the buffer is transferred');
  }
});

// ── random events ─────────────────────────────────────────────────────────
const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const EDGE_STRINGS = ['', '\ud800', '\udfff', 'a\udc00b', '\u0000', '__proto__', 'constructor', 'toString', '0', '42', '\u{1F600}'];
const anyString = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: fc.oneof(CODE_UNIT, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 24 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 600 }),
);
/** A few values, so that strings repeat within a batch as paths and formats do. */
const repeatedString = fc.oneof(fc.constantFrom(...EDGE_STRINGS, 'a.log', 'docker-service'), anyString);
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, -0, 0, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, -(2 ** 64), 1e300),
);
const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(anyString, anyNumber, fc.boolean());
const fieldKey = fc.oneof(fc.constantFrom(...EDGE_STRINGS, 'hasOwnProperty', 'valueOf', '-1', '4294967295'), anyString);

/** Fields as own data properties, `__proto__` included (as JSON.parse makes them). */
const fieldEntries = (key: fc.Arbitrary<string>, minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.tuple(key, fieldValue), { selector: ([k]) => k, minLength, maxLength });
const fieldsArb = fc.oneof(
  { arbitrary: fieldEntries(fieldKey, 0, 12), weight: 19 },
  { arbitrary: fieldEntries(fc.string({ minLength: 1, maxLength: 6 }), 100, 300), weight: 1 },
).map((entries) => Object.fromEntries(entries) as Record<string, FieldValue>);

/** An optional property: absent, present but undefined (as a parsed line leaves it), or a value. */
const ABSENT = Symbol('absent');
const optional = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | typeof ABSENT> =>
  fc.oneof(fc.constant(ABSENT), fc.constant(undefined), value);

/** fast-check's records have no prototype; the scan's objects are plain. */
const plain = <T extends object>(record: T): T => ({ ...record });

const OPTIONAL = {
  envelope: optional(repeatedString),
  envelopes: optional(fc.array(repeatedString, { maxLength: 4 })),
  kind: optional(fc.constantFrom(...EVENT_KINDS)),
  ts: optional(anyNumber),
  run: optional(repeatedString),
  recipe: optional(repeatedString),
  tier: optional(repeatedString),
  service: optional(repeatedString),
  stack: optional(repeatedString),
  node: optional(repeatedString),
  task: optional(repeatedString),
  test: optional(repeatedString),
  level: optional(fc.constantFrom(...LEVELS)),
  block: optional(fc.record({
    kind: fc.constantFrom(...BLOCK_KINDS),
    span: anyNumber,
    detail: fc.array(anyString, { maxLength: 5 }),
    omitted: anyNumber,
  }).map(plain)),
  partOf: optional(anyNumber),
  failure: optional(fc.record({ kind: fc.constantFrom(...FAILURE_KINDS), detail: anyString }).map(plain)),
};

const REQUIRED = {
  path: repeatedString,
  line: anyNumber,
  format: repeatedString,
  message: anyString,
  fields: fieldsArb,
  text: anyString,
  hits: fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 8 }),
};

/** Every property of an event: one added to LogEvent does not compile here until it is generated (so sent). */
const PROPERTIES = { ...REQUIRED, ...OPTIONAL } satisfies Record<keyof ScanEvent, fc.Arbitrary<unknown>>;

/** Keys in a random order: the order a producer sets them in is its own. */
const eventArb: fc.Arbitrary<ScanEvent> = fc.record({ ...PROPERTIES, order: fc.array(fc.double()) })
  .map(({ order, ...values }) => {
    const keys = Object.keys(values).map((key, i) => ({ key, rank: order[i] ?? i })).sort((a, b) => a.rank - b.rank);
    const event: Record<string, unknown> = {};
    for (const { key } of keys) {
      const value = values[key as keyof typeof values];
      if (value !== ABSENT) event[key] = value;
    }
    return event as unknown as ScanEvent;
  });

const roundTrips = (original: ScanEvent[]) => isDeepStrictEqual(roundTrip(original), original);

test('random events, edge values and all, round-trip deep-equal: absent stays absent, undefined stays undefined', () => {
  fc.assert(fc.property(fc.array(eventArb, { maxLength: 30 }), roundTrips), runs(300));
});

test('a field named __proto__ comes back an own field; no decoded object has another prototype', () => {
  const fields = JSON.parse('{"__proto__": "x", "constructor": 1, "0": true}') as Record<string, FieldValue>;
  const [decoded] = roundTrip([{ path: 'p', line: 1, format: 'json', message: '', text: '', hits: [], fields }]);
  assert.ok(Object.hasOwn(decoded.fields, '__proto__'));
  assert.is(decoded.fields.__proto__, 'x');
  assert.is(Object.getPrototypeOf(decoded.fields), Object.prototype);
  assert.equal(Object.keys(decoded.fields), Object.keys(fields));
});

test('many events of few paths and formats, across batches, with every field kind', () => {
  // Shrinking a thousand events would take longer than the rest of the suite: the first failure is reported as found.
  const events = fc.array(eventArb, { minLength: BATCH_EVENTS - 5, maxLength: BATCH_EVENTS + 40 });
  const property = fc.property(events, roundTrips);
  fc.assert(property, { ...runs(3), endOnFailure: true });
});

test('a field value no event can hold is refused with its name, not carried wrongly', () => {
  const list = ['x'] as unknown as string;
  const bad = { path: 'p', line: 7, format: 'json', message: '', text: '', hits: [], fields: { list } };
  assert.throws(() => packEvents([bad]), /field list .*p:7/);
});

test('the events of the corpus, as the scan hands them on, round-trip deep-equal', async () => {
  const original: ScanEvent[] = [];
  const runsDir = path.join(ROOT, 'corpus', 'redfix-canon-sweep', 'input');
  const rules = await loadRules();
  await analyze({ paths: [], runsDirs: [runsDir], rules, workers: 0, onEvent: (e) => original.push(e) });
  assert.ok(original.length > 100, `${original.length} events`);
  const decoded = roundTrip(original);
  const differs = decoded.findIndex((e, i) => !isDeepStrictEqual(e, original[i]));
  assert.is(differs, -1, `event ${differs} differs`);
  assert.is(decoded.length, original.length);
});

test.run();
