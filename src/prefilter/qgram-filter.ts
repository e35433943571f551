/**
 * Finds lines that contain any of a set of literals (5 bytes or more each) with a q-gram filter
 * run as WebAssembly (wasm/qgram-filter.wat): the 4 bytes at every second position are hashed
 * into a table of 128 or 256 KiB, and only a hit is checked against the literals registered under
 * its hash.
 *
 * Each literal registers the two 4-byte windows of its rarest 5 bytes, one byte apart: whatever
 * the parity of its position, one of them starts at a position the search reads. Rarest by the
 * byte classes below, so that a hit is seldom a false one: a literal such as `"level":"error"`
 * registers `rror`-like windows, not `"lev`, which every line of a JSON log holds.
 */
import { QGRAM_FILTER_WASM } from './wasm/qgram-filter-binary.js';

/** The bytes of the two windows: one 4-byte window at each of two adjacent positions. */
const REGISTERED_SPAN = 5;
const WINDOW = 4;
const WINDOWS_PER_LITERAL = REGISTERED_SPAN - WINDOW + 1;
const ENTRY_BYTES = 20;
const PAGE = 65536;
/** The multiplier of the window hash (Fibonacci hashing), as in the .wat. */
const HASH_MULTIPLIER = 0x9e3779b1;

/**
 * How common a byte is in logs, as log2 of its share per mille, rounded: from the byte counts of
 * the Loghub samples and the corpus's logs (space 87‰, `e` 53‰, digits 15–50‰, capitals 1–5‰).
 * A window's commonness is the sum over its bytes.
 */
function byteCommonness(byte: number): number {
  if (byte === 0x20) return 7;
  if ('e01taoc2nisr.:d'.includes(String.fromCharCode(byte))) return 5;
  if ('3456789-=lbmu/p_'.includes(String.fromCharCode(byte))) return 4;
  if ('fkgvh"[]\n\r'.includes(String.fromCharCode(byte))) return 3;
  if (byte >= 0x61 && byte <= 0x7a) return 2;
  if ('NFTOISDE(),'.includes(String.fromCharCode(byte))) return 2;
  if (byte > 0x20 && byte < 0x7f) return 1;
  return 0;
}
/** How much a window shared by n other literals weighs against its commonness: 4 × log2(1 + n). */
const SHARING_WEIGHT = 4;
const COMMONNESS = Uint8Array.from({ length: 256 }, (_, byte) => byteCommonness(byte));

/**
 * Where in a literal its windows start: the 5 bytes that are least common, in log text and among
 * the windows other literals registered before it (`sharing`: literals per window). A window
 * many literals share is checked against each of them at every hit.
 */
function rarestSpan(pattern: Uint8Array, sharing: ReadonlyMap<number, number>): number {
  let best = 0;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let start = 0; start + REGISTERED_SPAN <= pattern.length; start++) {
    let score = 0;
    for (let i = start; i < start + REGISTERED_SPAN; i++) score += COMMONNESS[pattern[i]];
    const shared = (sharing.get(windowWord(pattern, start)) ?? 0) + (sharing.get(windowWord(pattern, start + 1)) ?? 0);
    score += SHARING_WEIGHT * Math.log2(1 + shared);
    if (score < bestScore) { bestScore = score; best = start; }
  }
  return best;
}

/** The 4 bytes at `at`, as WebAssembly loads them (little-endian). */
function windowWord(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function windowHash(bytes: Uint8Array, at: number, bits: number): number {
  return Math.imul(windowWord(bytes, at), HASH_MULTIPLIER) >>> (32 - bits);
}

/**
 * The filter's size, 2^bits bytes, for a number of windows. A larger filter has fewer false hits
 * and more cache misses; measured on the bench's logs (see byte-prefilter.ts), 128 KiB is best up
 * to about 600 literals, 256 KiB past that (up to 16,000: 512 KiB and 1 MiB were slower).
 */
function filterBits(windows: number): number {
  return windows <= 1200 ? 17 : 18;
}

/** The little of the WebAssembly API this module uses (the project's TypeScript lib has no WebAssembly types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface FilterExports {
  memory: WasmMemory;
  heads: { value: number };
  shift: { value: number };
  findFirst(from: number, to: number): number;
  countNewlines(from: number, to: number, longest: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: FilterExports };
}
/** Undefined where WebAssembly is turned off (`node --jitless`): the scan then uses Wu–Manber. */
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | undefined;
function filterModule(): object {
  if (wasm === undefined) throw new Error('QgramFilterMatcher needs WebAssembly, which this Node has turned off');
  compiled ??= new wasm.Module(Buffer.from(QGRAM_FILTER_WASM, 'base64'));
  return compiled;
}

/** Whether this matcher can take the literals (each at least 5 bytes long), and WebAssembly runs here. */
export function qgramFilterApplies(literals: readonly string[]): boolean {
  if (wasm === undefined) return false;
  return literals.length > 0 && literals.every((l) => Buffer.byteLength(l, 'utf8') >= REGISTERED_SPAN);
}

/** Addresses in the memory: the filter at 0, then its 2^bits heads, the entries, the literals. */
interface Layout {
  bits: number;
  heads: number;
  entries: number;
  patterns: number;
}

export class QgramFilterMatcher {
  readonly literals: readonly string[];
  private readonly exports: FilterExports;
  /** Where the searched bytes are copied to. */
  private readonly textBase: number;
  private memoryBytes: Uint8Array;
  /** The bytes last copied in: `buf[regionFrom, regionTo)` sits at textBase. */
  private region?: { buf: Uint8Array; from: number; to: number };

  constructor(literals: readonly string[]) {
    const unique = [...new Set(literals)];
    const filter = filterModule();
    if (!qgramFilterApplies(unique)) throw new Error('QgramFilterMatcher needs literals of 5 bytes or more');
    this.literals = unique;
    const patterns = unique.map((l) => Buffer.from(l, 'utf8'));
    const windows = patterns.length * WINDOWS_PER_LITERAL;
    const bits = filterBits(windows);
    const heads = 1 << bits; // the filter's bytes end here, and 4-byte heads follow, one per hash
    const entries = heads * 5;
    const patternsBase = entries + windows * ENTRY_BYTES;
    const patternBytes = patterns.reduce((sum, p) => sum + p.length, 0);
    this.textBase = Math.ceil((patternsBase + patternBytes) / 8) * 8;
    const instance = new (wasm as WasmApi).Instance(filter, {});
    this.exports = instance.exports;
    this.exports.heads.value = heads;
    this.exports.shift.value = 32 - bits;
    this.memoryBytes = this.grownTo(this.textBase + PAGE);
    this.register(patterns, { bits, heads, entries, patterns: patternsBase });
  }

  /** The memory, grown to hold `bytes`; a grown memory's old views are detached. */
  private grownTo(bytes: number): Uint8Array {
    const memory = this.exports.memory;
    const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    if (pages > 0) memory.grow(pages);
    return new Uint8Array(memory.buffer);
  }

  /** Writes the literals, their entries and the filter, where the layout (see the .wat) says. */
  private register(patterns: readonly Uint8Array[], layout: Layout): void {
    const memory = this.memoryBytes;
    const words = new DataView(memory.buffer);
    let entry = layout.entries;
    let address = layout.patterns;
    const sharing = new Map<number, number>();
    for (const pattern of patterns) {
      memory.set(pattern, address);
      const span = rarestSpan(pattern, sharing);
      for (let offset = span; offset < span + WINDOWS_PER_LITERAL; offset++) {
        sharing.set(windowWord(pattern, offset), (sharing.get(windowWord(pattern, offset)) ?? 0) + 1);
        const hash = windowHash(pattern, offset, layout.bits);
        memory[hash] = 1;
        const head = layout.heads + hash * 4;
        words.setUint32(entry, address, true);
        words.setUint32(entry + 4, pattern.length, true);
        words.setUint32(entry + 8, offset, true);
        words.setUint32(entry + 12, words.getUint32(head, true), true);
        words.setUint32(entry + 16, windowWord(pattern, offset), true);
        words.setUint32(head, entry, true);
        entry += ENTRY_BYTES;
      }
      address += pattern.length;
    }
  }

  /**
   * Copies `buf[from, to)` in once for the searches that follow: the line scanner searches a
   * region many times over, from each candidate line on, and the bytes do not change meanwhile.
   */
  beginRegion(buf: Uint8Array, from: number, to: number): void {
    const needed = this.textBase + (to - from);
    if (needed > this.memoryBytes.length) this.memoryBytes = this.grownTo(needed);
    this.memoryBytes.set(buf.subarray(from, to), this.textBase);
    this.region = { buf, from, to };
  }

  /** See BytePrefilter.countNewlines: a SIMD count over the begun region's copy. */
  countNewlines(buf: Uint8Array, from: number, to: number, longest: number): number {
    const region = this.region;
    if (region === undefined || region.buf !== buf || from < region.from || to > region.to) return -1;
    // The count looks at a block's first newline only: the lines after it in the block are under 16 bytes.
    if (longest < 16) return -1;
    const shift = this.textBase - region.from;
    return this.exports.countNewlines(from + shift, to + shift, longest);
  }

  /**
   * Position of the first byte of a literal occurrence that starts at or after `from` and ends by
   * `to`, in the first line that holds one (not always that line's first occurrence), or -1.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number {
    const region = this.region;
    let regionFrom: number;
    if (region !== undefined && region.buf === buf && from >= region.from && to <= region.to) {
      regionFrom = region.from;
    } else {
      // Not a begun region: the bytes are copied for this search only, as the caller may change them after.
      this.beginRegion(buf, from, to);
      this.region = undefined;
      regionFrom = from;
    }
    const shift = this.textBase - regionFrom;
    const found = this.exports.findFirst(from + shift, to + shift);
    return found < 0 ? -1 : found - shift;
  }
}
