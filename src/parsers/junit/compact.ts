/**
 * A junit document's bytes with every long text run cut to its head and tail, before it is
 * decoded and parsed: fast-xml-parser holds the whole tree (tens of times the file's size), so
 * one 150 MB <failure> or <system-out> body would take the process down, and every other input's
 * report with it. Text between tags, CDATA and comment contents, and attribute values (pytest
 * puts the failure message in one) longer than JUNIT_LIMITS.maxBodyBytes keep their first and
 * last halves around a `… N bytes cut …` marker. The newlines of the cut part are kept, so every
 * line number stays exact; byte offsets after a cut are mapped back by `originalOffset`.
 *
 * Like the prescan this is not an XML parser: it finds tag, comment, CDATA and quote boundaries,
 * which in UTF-8 are ASCII bytes that never occur inside a multi-byte character.
 */
import { JUNIT_LIMITS } from './limits.js';

export interface Cut {
  /** Offset in the compacted bytes where the marker starts. */
  at: number;
  /** Offset in the original bytes of the first byte cut. */
  from: number;
  /** Bytes cut (the marker and the kept newlines replace them). */
  bytes: number;
  /** 1-based line of the first byte cut. */
  line: number;
  /** Length of the marker (newlines included) standing in for the cut. */
  markerBytes: number;
}

export interface Compacted {
  data: Buffer;
  cuts: Cut[];
}

const LT = 0x3c;
const GT = 0x3e;
const NEWLINE = 0x0a;
const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;

export function compactJunit(data: Buffer, limit = JUNIT_LIMITS.maxBodyBytes): Compacted {
  const compactor = new Compactor(data, limit);
  compactor.run();
  return compactor.result();
}

/** Where a compacted offset was in the original document. */
export function originalOffset(cuts: readonly Cut[], offset: number): number {
  let shift = 0;
  for (const cut of cuts) {
    if (cut.at > offset) break;
    if (offset < cut.at + cut.markerBytes) return cut.from;
    shift = cut.from + cut.bytes - (cut.at + cut.markerBytes);
  }
  return offset + shift;
}

function marker(bytes: number, newlines: number): Buffer {
  return Buffer.from(`… ${bytes} bytes cut …${'\n'.repeat(newlines)}`);
}

class Compactor {
  private readonly pieces: Buffer[] = [];
  private written = 0;
  private copiedUpTo = 0;
  private readonly cuts: Cut[] = [];
  /** Lines counted up to `lineAt`, forward only. */
  private line = 1;
  private lineAt = 0;

  constructor(private readonly data: Buffer, private readonly limit: number) {}

  run(): void {
    const { data } = this;
    let pos = 0;
    while (pos < data.length) {
      const lt = data.indexOf(LT, pos);
      this.content(pos, lt < 0 ? data.length : lt, true);
      if (lt < 0) return;
      pos = this.construct(lt);
    }
  }

  result(): Compacted {
    if (this.cuts.length === 0) return { data: this.data, cuts: [] };
    this.copy(this.data.length);
    return { data: Buffer.concat(this.pieces, this.written), cuts: this.cuts };
  }

  /** The construct opening at `lt`; returns the offset just past it. */
  private construct(lt: number): number {
    const { data } = this;
    const delimited = (open: string, close: string): number => {
      const end = data.indexOf(close, lt + open.length);
      const stop = end < 0 ? data.length : end;
      this.content(lt + open.length, stop, false);
      return end < 0 ? data.length : end + close.length;
    };
    if (startsWith(data, lt, '<!--')) return delimited('<!--', '-->');
    if (startsWith(data, lt, '<![CDATA[')) return delimited('<![CDATA[', ']]>');
    return this.tag(lt);
  }

  /** A tag: its quoted attribute values are content; the rest is copied. */
  private tag(lt: number): number {
    const { data } = this;
    for (let i = lt + 1; i < data.length; i++) {
      const c = data[i];
      if (c === GT) return i + 1;
      if (c === LT) return i;
      if (c === 0x22 || c === 0x27) {
        const q = data.indexOf(c, i + 1);
        const stop = q < 0 ? data.length : q;
        this.content(i + 1, stop, true);
        if (q < 0) return data.length;
        i = q;
      }
    }
    return data.length;
  }

  /** Content bytes [start, end): cut when longer than the limit. */
  private content(start: number, end: number, entities: boolean): void {
    if (end - start <= this.limit) return;
    const half = Math.floor(this.limit / 2);
    const headEnd = safeEnd(this.data, start + half, start, entities);
    const tailStart = safeStart(this.data, end - half, end, entities);
    if (tailStart <= headEnd) return;
    this.copy(headEnd);
    const newlines = countByte(this.data, NEWLINE, headEnd, tailStart);
    const cutMarker = marker(tailStart - headEnd, newlines);
    this.cuts.push({
      at: this.written,
      from: headEnd,
      bytes: tailStart - headEnd,
      line: this.lineOf(headEnd),
      markerBytes: cutMarker.length,
    });
    this.pieces.push(cutMarker);
    this.written += cutMarker.length;
    this.copiedUpTo = tailStart;
  }

  private copy(upTo: number): void {
    if (upTo <= this.copiedUpTo) return;
    this.pieces.push(this.data.subarray(this.copiedUpTo, upTo));
    this.written += upTo - this.copiedUpTo;
    this.copiedUpTo = upTo;
  }

  private lineOf(offset: number): number {
    this.line += countByte(this.data, NEWLINE, this.lineAt, offset);
    this.lineAt = offset;
    return this.line;
  }
}

function startsWith(data: Buffer, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (data[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function countByte(data: Buffer, byte: number, from: number, to: number): number {
  let n = 0;
  for (let p = data.indexOf(byte, from); p >= 0 && p < to; p = data.indexOf(byte, p + 1)) n += 1;
  return n;
}

const ENTITY_MAX = 12; // `&#x10FFFF;` and the named five fit

/** A head end that splits neither a UTF-8 character nor a character reference. */
function safeEnd(data: Buffer, end: number, floor: number, entities: boolean): number {
  let e = end;
  while (e > floor && (data[e] & 0xc0) === 0x80) e -= 1;
  if (entities) {
    const amp = data.lastIndexOf(AMPERSAND, e - 1);
    if (amp >= floor && amp >= e - ENTITY_MAX && data.indexOf(SEMICOLON, amp) >= e) e = amp;
  }
  return e;
}

/** A tail start that splits neither a UTF-8 character nor a character reference. */
function safeStart(data: Buffer, start: number, ceiling: number, entities: boolean): number {
  let s = start;
  while (s < ceiling && (data[s] & 0xc0) === 0x80) s += 1;
  if (entities) {
    const amp = data.lastIndexOf(AMPERSAND, s - 1);
    const semi = data.indexOf(SEMICOLON, s);
    const insideReference = amp >= 0 && amp >= s - ENTITY_MAX && semi >= 0 && semi < amp + ENTITY_MAX
      && data.indexOf(SEMICOLON, amp) >= s;
    if (insideReference) s = semi + 1;
  }
  return Math.min(s, ceiling);
}
