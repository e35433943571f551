/**
 * A worker's events cross to the main thread packed in columns, a batch at a time, and are opened
 * only when the main thread consumes their range. A batch is closed as soon as it holds
 * BATCH_EVENTS events, and its events (their strings too) are then garbage: a worker's events die
 * young however large its range. While a batch waits on the main thread (up to the event budget of
 * scan/pool.ts) it is one byte buffer, not objects the garbage collector copies and promotes at
 * every scavenge; as objects its events live only while the batch is fed to the engine.
 *
 * Columns rather than the structured-clone serializer over the events: that one writes every
 * property name of every event, and the main thread's copies got their properties one at a time,
 * in whatever order they came. Here numbers go in one typed array; counts, bits and string ids in
 * another; strings that repeat (paths, formats, services, field names …) are interned per batch,
 * the others (lines, messages, field values) listed as they come. Only those two string lists go
 * through the serializer, which copies each string's characters as they are (lone surrogates
 * too). The main thread builds an event as one object literal of the shape every parsed line has.
 */
import type { ScanEvent } from '../engine/engine.js';
import type { BlockKind, EventBlock, EventKind, FailureKind, FailureSignal, Fields, Level } from '../events.js';
import { v8 } from './lazy-builtins.js';

/** Events per batch: what is alive as objects at once on the main thread, per range being consumed. */
export const BATCH_EVENTS = 1000;

/** One batch of events, in columns. */
interface EventColumns {
  /** Per event: which optional properties it holds, string ids, counts, literal ids (see BatchWriter). */
  ints: Uint32Array;
  /** Per event: its line, then every number it holds, in the order they were written. */
  nums: Float64Array;
  /** Strings that repeat, each once per batch: `ints` names them by index. */
  table: string[];
  /** Strings that rarely repeat (lines, messages, field values), in the order they were written. */
  texts: string[];
}

export interface PackedEvents {
  /** Each batch's columns serialized on an ArrayBuffer of its own, so it can be transferred rather than copied. */
  batches: Uint8Array[];
  count: number;
}

/*
 * The optional properties of an event, one bit each, in the order their values are written. An
 * event's first int holds the bits of those it has with a value, and (16 bits up) those it has
 * set to undefined: a parsed line leaves its envelope, kind, ts … set so, and it stays so.
 */
const ENVELOPE = 1 << 0;
const KIND = 1 << 1;
const TS = 1 << 2;
const LEVEL = 1 << 3;
const SERVICE = 1 << 4;
const STACK = 1 << 5;
const NODE = 1 << 6;
const TASK = 1 << 7;
const ENVELOPES = 1 << 8;
const RUN = 1 << 9;
const RECIPE = 1 << 10;
const TIER = 1 << 11;
const TEST = 1 << 12;
const BLOCK = 1 << 13;
const PART_OF = 1 << 14;
const FAILURE = 1 << 15;
const UNSET_SHIFT = 16;
/** What every parsed line has (parsers/line.ts), set or not: those events are built as one literal. */
const PARSED_LINE = ENVELOPE | KIND | TS | LEVEL | SERVICE | STACK | NODE | TASK;

type ParsedLineProperties = Pick<ScanEvent, 'envelope' | 'kind' | 'ts' | 'level' | 'service' | 'stack' | 'node' | 'task'>;

/** A field's value kind, in the two low bits beside its name's id. */
const FIELD_STRING = 0;
const FIELD_NUMBER = 1;
const FIELD_FALSE = 2;
const FIELD_TRUE = 3;

/** A typed array that grows as values are pushed. */
class Column<T extends Uint32Array | Float64Array> {
  length = 0;

  constructor(private values: T) {}

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  set(at: number, value: number): void {
    this.values[at] = value;
  }

  /** The values pushed (a view: valid until the next push). */
  view(): T {
    return this.values.subarray(0, this.length) as T;
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const grown = new (this.values.constructor as new (length: number) => T)(this.values.length * 2);
    grown.set(this.values);
    this.values = grown;
  }
}

/**
 * The bytes on an ArrayBuffer of their own, to be transferred: serialize's Buffer has one (on
 * Node 20 and 24), else they are copied to one.
 */
function ownBuffer(bytes: Buffer): Uint8Array {
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return owned ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/** Batches written event by event; its columns are reused from one batch to the next. */
class BatchWriter {
  count = 0;
  private readonly ints = new Column(new Uint32Array(16 * 1024));
  private readonly nums = new Column(new Float64Array(4 * 1024));
  private table: string[] = [];
  private readonly ids = new Map<string, number>();
  private texts: string[] = [];
  private held = 0;

  add(event: ScanEvent): void {
    const heldAt = this.ints.length;
    this.ints.push(0);
    this.held = 0;
    this.ints.push(this.intern(event.path));
    this.ints.push(this.intern(event.format));
    this.nums.push(event.line);
    this.texts.push(event.message, event.text);
    this.fields(event);
    this.hits(event);
    this.string(ENVELOPE, event.envelope, 'envelope' in event);
    this.string(KIND, event.kind, 'kind' in event);
    this.number(TS, event.ts, 'ts' in event);
    this.string(LEVEL, event.level, 'level' in event);
    this.string(SERVICE, event.service, 'service' in event);
    this.string(STACK, event.stack, 'stack' in event);
    this.string(NODE, event.node, 'node' in event);
    this.string(TASK, event.task, 'task' in event);
    this.envelopes(event.envelopes, 'envelopes' in event);
    this.string(RUN, event.run, 'run' in event);
    this.string(RECIPE, event.recipe, 'recipe' in event);
    this.string(TIER, event.tier, 'tier' in event);
    this.string(TEST, event.test, 'test' in event);
    this.block(event.block, 'block' in event);
    this.number(PART_OF, event.partOf, 'partOf' in event);
    this.failure(event.failure, 'failure' in event);
    this.ints.set(heldAt, this.held);
    this.count += 1;
  }

  /** The batch written, serialized; the writer starts the next one. */
  finish(): Uint8Array {
    const { ints, nums, table, texts } = this;
    const columns: EventColumns = { ints: ints.view(), nums: nums.view(), table, texts };
    const batch = ownBuffer(v8().serialize(columns));
    this.ints.clear();
    this.nums.clear();
    this.table = [];
    this.ids.clear();
    this.texts = [];
    this.count = 0;
    return batch;
  }

  private intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.table.length;
      this.ids.set(value, id);
      this.table.push(value);
    }
    return id;
  }

  /**
   * Whether an optional property has a value to write; one that is `present` (set) but undefined
   * is only noted.
   */
  private has(bit: number, value: unknown, present: boolean): boolean {
    if (value !== undefined) {
      this.held |= bit;
      return true;
    }
    if (present) this.held |= bit << UNSET_SHIFT;
    return false;
  }

  private string(bit: number, value: string | undefined, present: boolean): void {
    if (this.has(bit, value, present)) this.ints.push(this.intern(value!));
  }

  private number(bit: number, value: number | undefined, present: boolean): void {
    if (this.has(bit, value, present)) this.nums.push(value!);
  }

  private fields(event: ScanEvent): void {
    const fields = event.fields;
    const keys = Object.keys(fields);
    this.ints.push(keys.length);
    for (const key of keys) {
      const value = fields[key];
      const id = this.intern(key) * 4;
      if (typeof value === 'string') {
        this.ints.push(id + FIELD_STRING);
        this.texts.push(value);
      } else if (typeof value === 'number') {
        this.ints.push(id + FIELD_NUMBER);
        this.nums.push(value);
      } else if (typeof value === 'boolean') {
        this.ints.push(id + (value ? FIELD_TRUE : FIELD_FALSE));
      } else {
        throw new TypeError(`event field ${key} of ${event.path}:${event.line} holds ${value === null ? 'null' : typeof value}, not a string, number or boolean`);
      }
    }
  }

  private hits(event: ScanEvent): void {
    const hits = event.hits;
    this.ints.push(hits.length);
    for (const id of hits) {
      if (id >>> 0 !== id) throw new RangeError(`literal id ${id} of ${event.path}:${event.line} is no 32-bit index`);
      this.ints.push(id);
    }
  }

  private envelopes(envelopes: string[] | undefined, present: boolean): void {
    if (!this.has(ENVELOPES, envelopes, present)) return;
    this.ints.push(envelopes!.length);
    for (const envelope of envelopes!) this.ints.push(this.intern(envelope));
  }

  private block(block: EventBlock | undefined, present: boolean): void {
    if (!this.has(BLOCK, block, present)) return;
    const { kind, span, detail, omitted } = block!;
    this.ints.push(this.intern(kind));
    this.ints.push(detail.length);
    this.nums.push(span);
    this.nums.push(omitted);
    for (const line of detail) this.texts.push(line);
  }

  private failure(failure: FailureSignal | undefined, present: boolean): void {
    if (!this.has(FAILURE, failure, present)) return;
    this.ints.push(this.intern(failure!.kind));
    this.texts.push(failure!.detail);
  }
}

/** Reads a batch back, event by event, in the order BatchWriter wrote it. */
class BatchReader {
  private int = 0;
  private num = 0;
  private text = 0;
  private held = 0;

  constructor(private readonly batch: EventColumns) {}

  get done(): boolean {
    return this.int === this.batch.ints.length;
  }

  event(): ScanEvent {
    const { ints, nums, table, texts } = this.batch;
    this.held = ints[this.int++];
    const path = table[ints[this.int++]];
    const format = table[ints[this.int++]];
    const line = nums[this.num++];
    const message = texts[this.text++];
    const text = texts[this.text++];
    const fields = this.fields();
    const hits = this.hits();
    const envelope = this.string(ENVELOPE);
    const kind = this.string(KIND) as EventKind | undefined;
    const ts = this.number(TS);
    const level = this.string(LEVEL) as Level | undefined;
    const service = this.string(SERVICE);
    const stack = this.string(STACK);
    const node = this.string(NODE);
    const task = this.string(TASK);
    let event: ScanEvent;
    if (this.holdsAll(PARSED_LINE)) {
      event = {
        path, line, format, envelope, kind, ts, level, message, fields, service, stack, node, task, text, hits,
      };
    } else {
      event = { path, line, format, message, fields, text, hits };
      this.setParsed(event, { envelope, kind, ts, level, service, stack, node, task });
    }
    this.rest(event);
    return event;
  }

  /** Whether the event has property `bit`: a value to read, or (false) none. */
  private has(bit: number): boolean {
    return (this.held & bit) !== 0;
  }

  /** Whether the event holds property `bit` at all, with a value or set to undefined. */
  private holds(bit: number): boolean {
    return ((this.held | (this.held >>> UNSET_SHIFT)) & bit) !== 0;
  }

  private holdsAll(bits: number): boolean {
    return ((this.held | (this.held >>> UNSET_SHIFT)) & bits) === bits;
  }

  private string(bit: number): string | undefined {
    return this.has(bit) ? this.batch.table[this.batch.ints[this.int++]] : undefined;
  }

  private number(bit: number): number | undefined {
    return this.has(bit) ? this.batch.nums[this.num++] : undefined;
  }

  /** The parsed-line properties of an event that lacks some of them: only those it holds. */
  private setParsed(event: ScanEvent, values: ParsedLineProperties): void {
    if (this.holds(ENVELOPE)) event.envelope = values.envelope;
    if (this.holds(KIND)) event.kind = values.kind;
    if (this.holds(TS)) event.ts = values.ts;
    if (this.holds(LEVEL)) event.level = values.level;
    if (this.holds(SERVICE)) event.service = values.service;
    if (this.holds(STACK)) event.stack = values.stack;
    if (this.holds(NODE)) event.node = values.node;
    if (this.holds(TASK)) event.task = values.task;
  }

  /** The properties a scan or the run's context adds to a parsed line, in the order they were written. */
  private rest(event: ScanEvent): void {
    if (this.holds(ENVELOPES)) event.envelopes = this.envelopes();
    if (this.holds(RUN)) event.run = this.string(RUN);
    if (this.holds(RECIPE)) event.recipe = this.string(RECIPE);
    if (this.holds(TIER)) event.tier = this.string(TIER);
    if (this.holds(TEST)) event.test = this.string(TEST);
    if (this.holds(BLOCK)) event.block = this.block();
    if (this.holds(PART_OF)) event.partOf = this.number(PART_OF);
    if (this.holds(FAILURE)) event.failure = this.failure();
  }

  private fields(): Fields {
    const { ints, nums, table, texts } = this.batch;
    const fields: Fields = {};
    const count = ints[this.int++];
    for (let i = 0; i < count; i++) {
      const named = ints[this.int++];
      const key = table[named >>> 2];
      const kind = named & 3;
      const value = kind === FIELD_STRING ? texts[this.text++]
        : kind === FIELD_NUMBER ? nums[this.num++]
        : kind === FIELD_TRUE;
      // A plain assignment to `__proto__` would set the prototype: that field is defined as data.
      if (key === '__proto__') {
        Object.defineProperty(fields, key, { value, writable: true, enumerable: true, configurable: true });
      } else fields[key] = value;
    }
    return fields;
  }

  private hits(): number[] {
    const ints = this.batch.ints;
    const count = ints[this.int++];
    const hits: number[] = [];
    for (let i = 0; i < count; i++) hits.push(ints[this.int++]);
    return hits;
  }

  private envelopes(): string[] | undefined {
    if (!this.has(ENVELOPES)) return undefined;
    const { ints, table } = this.batch;
    const count = ints[this.int++];
    const envelopes: string[] = [];
    for (let i = 0; i < count; i++) envelopes.push(table[ints[this.int++]]);
    return envelopes;
  }

  private block(): EventBlock | undefined {
    if (!this.has(BLOCK)) return undefined;
    const { ints, nums, table, texts } = this.batch;
    const kind = table[ints[this.int++]] as BlockKind;
    const lines = ints[this.int++];
    const span = nums[this.num++];
    const omitted = nums[this.num++];
    const detail: string[] = [];
    for (let i = 0; i < lines; i++) detail.push(texts[this.text++]);
    return { kind, span, detail, omitted };
  }

  private failure(): FailureSignal | undefined {
    if (!this.has(FAILURE)) return undefined;
    const kind = this.batch.table[this.batch.ints[this.int++]] as FailureKind;
    return { kind, detail: this.batch.texts[this.text++] };
  }
}

/**
 * A worker's events packed as they come: a batch is closed, its events no longer referenced,
 * as soon as it is full.
 */
export class EventPacker {
  private readonly batches: Uint8Array[] = [];
  private readonly writer = new BatchWriter();
  private count = 0;

  add(event: ScanEvent): void {
    this.writer.add(event);
    this.count += 1;
    if (this.writer.count === BATCH_EVENTS) this.batches.push(this.writer.finish());
  }

  /** Batches closed so far. */
  get closed(): number {
    return this.batches.length;
  }

  finish(): PackedEvents {
    if (this.writer.count > 0) this.batches.push(this.writer.finish());
    return { batches: this.batches, count: this.count };
  }
}

export function packEvents(events: readonly ScanEvent[]): PackedEvents {
  const packer = new EventPacker();
  for (const event of events) packer.add(event);
  return packer.finish();
}

/**
 * Hands each packed event to `consume`, a batch opened at a time. A callback, not a generator:
 * the main thread opens hundreds of thousands of events, and a generator's step allocates.
 */
export function unpackEvents(packed: PackedEvents, consume: (event: ScanEvent) => void): void {
  const { deserialize } = v8();
  for (const batch of packed.batches) {
    const reader = new BatchReader(deserialize(batch) as EventColumns);
    while (!reader.done) consume(reader.event());
  }
}

/** What a packed result transfers to the main thread instead of copying. */
export function transferList(packed: PackedEvents): ArrayBuffer[] {
  return packed.batches.map((b) => b.buffer as ArrayBuffer);
}
