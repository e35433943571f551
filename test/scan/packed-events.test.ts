import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ScanEvent } from '../../src/engine/engine.js';
import { BATCH_EVENTS, packEvents, transferList, unpackEvents } from '../../src/scan/packed-events.js';

function events(n: number): ScanEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    path: 'a.log', line: i + 1, format: 'postgres', message: `m ${i} \u00e9\u{1F600}`, text: `t ${i}`,
    fields: { n: i, ok: i % 2 === 0, list: ['x', i] as unknown as string }, hits: [i % 7, 3], ts: i * 1000, level: 'error',
  }));
}

test('events packed in batches come back equal, in order, across batch boundaries', () => {
  for (const n of [0, 1, BATCH_EVENTS - 1, BATCH_EVENTS, BATCH_EVENTS + 1, 2 * BATCH_EVENTS + 17]) {
    const original = events(n);
    const packed = packEvents(original);
    assert.is(packed.count, n);
    assert.is(packed.batches.length, Math.ceil(n / BATCH_EVENTS));
    assert.equal([...unpackEvents(packed)], original, `${n} events`);
  }
});

test('each batch owns its memory, so it can be transferred', () => {
  const packed = packEvents(events(2 * BATCH_EVENTS));
  const buffers = transferList(packed);
  assert.is(new Set(buffers).size, packed.batches.length);
  for (const [i, batch] of packed.batches.entries()) assert.is(batch.byteLength, buffers[i].byteLength);
});

test.run();
