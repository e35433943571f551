/**
 * A worker's events cross to the main thread serialized, a batch at a time, and are opened only
 * when the main thread consumes their range. While they wait (up to the event budget of
 * scan/pool.ts) they are a few byte buffers, not an object graph the main thread's garbage
 * collector copies and promotes at every scavenge; as objects they live only while their batch
 * is fed to the engine. The serializer is the one postMessage uses, so the events are the same.
 */
import type { ScanEvent } from '../engine/engine.js';
import { v8 } from './lazy-builtins.js';

/** Events per batch: what is alive as objects at once on the main thread, per range being consumed. */
export const BATCH_EVENTS = 1000;

export interface PackedEvents {
  /** Each batch on an ArrayBuffer of its own, so it can be transferred rather than copied. */
  batches: Uint8Array[];
  count: number;
}

export function packEvents(events: readonly ScanEvent[]): PackedEvents {
  const { serialize } = v8();
  const batches: Uint8Array[] = [];
  for (let from = 0; from < events.length; from += BATCH_EVENTS) {
    // serialize's Buffer may share its memory: a copy owns its ArrayBuffer.
    batches.push(new Uint8Array(serialize(events.slice(from, from + BATCH_EVENTS))));
  }
  return { batches, count: events.length };
}

export function* unpackEvents(packed: PackedEvents): Generator<ScanEvent> {
  const { deserialize } = v8();
  for (const batch of packed.batches) yield* deserialize(batch) as ScanEvent[];
}

/** What a packed result transfers to the main thread instead of copying. */
export function transferList(packed: PackedEvents): ArrayBuffer[] {
  return packed.batches.map((b) => b.buffer as ArrayBuffer);
}
