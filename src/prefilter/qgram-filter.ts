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
const ENTRY_BYTES = 24;
/** Literal numbers lineHits may write for one line; past that the caller finds them itself. */
const MAX_LINE_HITS = 1024;
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

function windowHash(word: number, bits: number): number {
  return Math.imul(word, HASH_MULTIPLIER) >>> (32 - bits);
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
  lineHits(from: number, to: number, out: number, max: number): number;
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

/**
 * Until this many bytes were searched, each region's literal occurrences are found by searching
 * for each literal (a 1 KB piped log needs about 180 short searches), and the filter is not built:
 * building it (WebAssembly instance, tables) cost a small log's start-up 1 to 5 ms.
 */
export const BUILD_AFTER_BYTES = 64 * 1024;

/** A region searched before the filter is built: each literal occurrence's start, end and literal, by start. */
interface Occurrences {
  starts: number[];
  ends: number[];
  literals: number[];
}

/** Bytes begun: `buf[from, to)`, copied to the filter's textBase, or their occurrences found. */
interface Region {
  buf: Uint8Array;
  from: number;
  to: number;
  occurrences?: Occurrences;
}

/** The filter's WebAssembly instance, where lineHits writes, and where the searched bytes are copied to. */
interface BuiltFilter {
  exports: FilterExports;
  hitsBase: number;
  textBase: number;
}

export class QgramFilterMatcher {
  readonly literals: readonly string[];
  private readonly patterns: readonly Buffer[];
  private built?: BuiltFilter;
  private memoryBytes: Uint8Array = new Uint8Array(0);
  /** The lineHits scratch in the memory, as words: made once per memory, not once per line. */
  private hitWords: Int32Array = new Int32Array(0);
  /** Bytes still searched by searching for each literal, before the filter is built. */
  private bytesBeforeBuild: number;
  private region?: Region;
  /** Whether literal numbers are the caller's (no literal given twice): lineHits can answer. */
  private readonly numbered: boolean;

  constructor(literals: readonly string[], options: { buildAfterBytes?: number } = {}) {
    const unique = [...new Set(literals)];
    this.numbered = unique.length === literals.length;
    filterModule(); // says now, not at the first search, when WebAssembly is turned off
    if (!qgramFilterApplies(unique)) throw new Error('QgramFilterMatcher needs literals of 5 bytes or more');
    this.literals = unique;
    this.patterns = unique.map((l) => Buffer.from(l, 'utf8'));
    this.bytesBeforeBuild = options.buildAfterBytes ?? BUILD_AFTER_BYTES;
  }

  private build(): BuiltFilter {
    const patterns = this.patterns;
    const windows = patterns.length * WINDOWS_PER_LITERAL;
    const bits = filterBits(windows);
    const heads = 1 << bits; // the filter's bytes end here, and 4-byte heads follow, one per hash
    const entries = heads * 5;
    const patternsBase = entries + windows * ENTRY_BYTES;
    const patternBytes = patterns.reduce((sum, p) => sum + p.length, 0);
    const instance = new (wasm as WasmApi).Instance(filterModule(), {});
    const hitsBase = Math.ceil((patternsBase + patternBytes) / 8) * 8;
    const built = { exports: instance.exports, hitsBase, textBase: hitsBase + MAX_LINE_HITS * 4 };
    built.exports.heads.value = heads;
    built.exports.shift.value = 32 - bits;
    this.built = built;
    this.useMemory(built.textBase + PAGE);
    this.register(patterns, { bits, heads, entries, patterns: patternsBase });
    return built;
  }

  /** Whether a search of `bytes` more may still go without the filter. */
  private searchedWithoutFilter(bytes: number): boolean {
    if (this.built !== undefined || bytes > this.bytesBeforeBuild) return false;
    this.bytesBeforeBuild -= bytes;
    return true;
  }

  /** The memory, grown to hold `bytes`; a grown memory's old views are detached. */
  private grownTo(bytes: number): Uint8Array {
    const memory = (this.built as BuiltFilter).exports.memory;
    const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
    if (pages > 0) memory.grow(pages);
    return new Uint8Array(memory.buffer);
  }

  /** Grows the memory to `bytes` and renews the views over it (growing detaches the old ones). */
  private useMemory(bytes: number): void {
    this.memoryBytes = this.grownTo(bytes);
    const { hitsBase } = this.built as BuiltFilter;
    this.hitWords = new Int32Array(this.memoryBytes.buffer, hitsBase, MAX_LINE_HITS);
  }

  /** Writes the literals, their entries and the filter, where the layout (see the .wat) says. */
  private register(patterns: readonly Uint8Array[], layout: Layout): void {
    const memory = this.memoryBytes;
    const words = new DataView(memory.buffer);
    let entry = layout.entries;
    let address = layout.patterns;
    const sharing = new Map<number, number>();
    for (const [literal, pattern] of patterns.entries()) {
      memory.set(pattern, address);
      const span = rarestSpan(pattern, sharing);
      for (let offset = span; offset < span + WINDOWS_PER_LITERAL; offset++) {
        const word = windowWord(pattern, offset);
        sharing.set(word, (sharing.get(word) ?? 0) + 1);
        const hash = windowHash(word, layout.bits);
        memory[hash] = 1;
        const head = layout.heads + hash * 4;
        words.setUint32(entry, address, true);
        words.setUint32(entry + 4, pattern.length, true);
        words.setUint32(entry + 8, offset, true);
        words.setUint32(entry + 12, words.getUint32(head, true), true);
        words.setUint32(entry + 16, word, true);
        words.setUint32(entry + 20, literal, true);
        words.setUint32(head, entry, true);
        entry += ENTRY_BYTES;
      }
      address += pattern.length;
    }
  }

  /**
   * Copies `buf[from, to)` in once for the searches that follow: the line scanner searches a
   * region many times over, from each candidate line on, and the bytes do not change meanwhile.
   * Before the filter is built, the region's occurrences are found instead.
   */
  beginRegion(buf: Uint8Array, from: number, to: number): void {
    this.region = this.prepared(buf, from, to);
  }

  private prepared(buf: Uint8Array, from: number, to: number): Region {
    if (this.searchedWithoutFilter(to - from)) return { buf, from, to, occurrences: this.occurrences(buf, from, to) };
    const built = this.built ?? this.build();
    const needed = built.textBase + (to - from);
    if (needed > this.memoryBytes.length) this.useMemory(needed);
    this.memoryBytes.set(buf.subarray(from, to), built.textBase);
    return { buf, from, to };
  }

  /** Every literal occurrence wholly inside `buf[from, to)`, by start. */
  private occurrences(buf: Uint8Array, from: number, to: number): Occurrences {
    const found: Array<[number, number, number]> = [];
    // The haystack ends at `to`: past it a line buffer holds stale bytes, and searching them would cost.
    const bytes = Buffer.from(buf.buffer, buf.byteOffset, to);
    for (const [literal, pattern] of this.patterns.entries()) {
      let at = bytes.indexOf(pattern, from);
      while (at >= 0) {
        found.push([at, at + pattern.length, literal]);
        at = bytes.indexOf(pattern, at + 1);
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    return { starts: found.map((f) => f[0]), ends: found.map((f) => f[1]), literals: found.map((f) => f[2]) };
  }

  /** The begun region, if it holds `buf[from, to)`. */
  private regionHolding(buf: Uint8Array, from: number, to: number): Region | undefined {
    const region = this.region;
    return region !== undefined && region.buf === buf && from >= region.from && to <= region.to ? region : undefined;
  }

  /** See BytePrefilter.countNewlines: a SIMD count over the begun region's copy. */
  countNewlines(buf: Uint8Array, from: number, to: number, longest: number): number {
    const region = this.regionHolding(buf, from, to);
    // The count looks at a block's first newline only: the lines after it in the block are under 16 bytes.
    if (region === undefined || region.occurrences !== undefined || longest < 16) return -1;
    const { exports, textBase } = this.built as BuiltFilter;
    const shift = textBase - region.from;
    return exports.countNewlines(from + shift, to + shift, longest);
  }

  /**
   * See BytePrefilter.lineHits: the literals found in `buf[from, to)` of the begun region (by the
   * filter, or from the occurrences found before it was built). Undefined when the bytes are not
   * in the begun region, a literal was given twice (its number would be ambiguous), or the line
   * holds over MAX_LINE_HITS occurrences.
   */
  lineHits(buf: Uint8Array, from: number, to: number): number[] | undefined {
    const region = this.regionHolding(buf, from, to);
    if (region === undefined || !this.numbered) return undefined;
    if (region.occurrences !== undefined) return distinctAscending(occurrencesWithin(region.occurrences, from, to));
    const { exports, textBase, hitsBase } = this.built as BuiltFilter;
    const shift = textBase - region.from;
    const count = exports.lineHits(from + shift, to + shift, hitsBase, MAX_LINE_HITS);
    if (count < 0) return undefined;
    return distinctAscendingOf(this.hitWords, count);
  }

  /**
   * Position of the first byte of a literal occurrence that starts at or after `from` and ends by
   * `to`, in the first line that holds one (not always that line's first occurrence), or -1.
   */
  findFirst(buf: Uint8Array, from: number, to: number): number {
    // Outside the begun region, the bytes are prepared for this call only: the caller may change them after.
    const region = this.regionHolding(buf, from, to) ?? this.prepared(buf, from, to);
    if (region !== this.region) this.region = undefined;
    if (region.occurrences !== undefined) return firstOccurrence(region.occurrences, from, to);
    const { exports, textBase } = this.built as BuiltFilter;
    const shift = textBase - region.from;
    const found = exports.findFirst(from + shift, to + shift);
    return found < 0 ? -1 : found - shift;
  }
}

/** The index of the first occurrence starting at or after `from`. */
function firstStartingAt({ starts }: Occurrences, from: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The earliest occurrence starting at or after `from` and ending by `to`, or -1. */
function firstOccurrence(occurrences: Occurrences, from: number, to: number): number {
  const { starts, ends } = occurrences;
  for (let i = firstStartingAt(occurrences, from); i < starts.length; i++) if (ends[i] <= to) return starts[i];
  return -1;
}

/** The literals of the occurrences wholly inside [from, to), as found (a literal found twice is there twice). */
function occurrencesWithin(occurrences: Occurrences, from: number, to: number): number[] {
  const { starts, ends, literals } = occurrences;
  const found: number[] = [];
  for (let i = firstStartingAt(occurrences, from); i < starts.length && starts[i] < to; i++) {
    if (ends[i] <= to) found.push(literals[i]);
  }
  return found;
}

/**
 * The first `count` words of `words` as a line's hits: each once, ascending. Inserted one by one:
 * a line holds a few, and sorting through a comparator cost more than the whole search of it.
 */
function distinctAscendingOf(words: Int32Array, count: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const literal = words[i];
    let at = found.length;
    while (at > 0 && found[at - 1] > literal) at--;
    if (at > 0 && found[at - 1] === literal) continue;
    found.push(literal);
    for (let j = found.length - 1; j > at; j--) found[j] = found[j - 1];
    found[at] = literal;
  }
  return found;
}

/** Literal numbers as a line's hits: each once, ascending. */
function distinctAscending(found: number[]): number[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a - b);
  let kept = 1;
  for (let i = 1; i < found.length; i++) if (found[i] !== found[kept - 1]) found[kept++] = found[i];
  found.length = kept;
  return found;
}
