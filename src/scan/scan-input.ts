import { basename } from 'node:path';
import { closeSync, openSync, readFileSync as readWholeFileSync, readSync, statSync } from 'node:fs';
import type { ScanEvent } from '../engine/engine.js';
import { LineScanner, type LineNotice, type ScannedLine } from '../inputs/line-scanner.js';
import { readChunks, type StdinSource } from '../inputs/sources.js';
import type { InputRef } from '../inputs/types.js';
import type { DetectedFormat } from '../inputs/detect.js';
import type { LineGrammar, PayloadResult } from '../parsers/kit.js';
import { RANGE_BYTES, type RangeResult, type RangeTask } from './pool.js';
import type { ByteRange, ScanProblem, ScanSink } from './types.js';
import { literalIndex } from '../prefilter/multi-literal.js';
import type { BytePrefilter } from '../prefilter/byte-prefilter.js';
import { parseLine, shortcutLine, shortcutsApply, type LineReading, type ParsedLine } from '../parsers/line.js';
import { PASSING_RESULT_LITERAL } from '../parsers/structural.js';
import { BlockJoiner } from './multiline.js';
import { BUILTIN_FORMATS, payloadIn, type FormatSet } from '../parsers/user/format-set.js';
import { JUNIT_LIMITS } from '../parsers/junit/limits.js';
import type { JunitText } from '../parsers/junit/events.js';
import { CANONICAL_MAX_BYTES, canonicalEvents } from '../parsers/canonical/events.js';
import type { DocumentSource, DocumentSummary } from '../parsers/document.js';
import { stripAnsi } from '../text/ansi.js';

export interface ScanSettings {
  tz: string;
  literals: readonly string[];
  /** The byte prefilter (fast path); undefined parses every line (full-grammar path). */
  prefilter?: BytePrefilter;
  /** Hand on every line, holding a literal or not (the `parse` command). */
  everyLine?: boolean;
  /** Decompressed bytes read at most per gzip input (--max-decompressed); undefined: the ratio cap. */
  maxDecompressed?: number;
  /** The payload formats to try: the built-ins when absent, else with the user's first. */
  formats?: FormatSet;
  /** Read every format with its grammar, never its fast path (--full-grammar). */
  grammarOnly?: boolean;
  /** Files larger than this are cut into ranges when worker threads scan them (RANGE_BYTES; tests make it small). */
  rangeBytes?: number;
}

export interface ScanSummary {
  lines: number;
  events: number;
  /** Lines past a range that continue a multi-line event begun in it: [line, first line of the event]. */
  absorbed?: Array<[number, number]>;
}

/** A whole-document input (junit, canonical.json) is never split into ranges: no line count to carry. */
export type WholeInputSummary = DocumentSummary;

const READ_BYTES = 1024 * 1024;

/**
 * A plain file, read synchronously into one reused buffer: an async stream allocates a buffer
 * per chunk (garbage) and leaves the CPU idle between reads, which together cost more than the
 * scan itself at a few hundred MB/s.
 */
function readFileSync(path: string, from: number, scanner: LineScanner, enough: () => boolean = () => false): void {
  const fd = openSync(path, 'r');
  try {
    let position = from;
    for (;;) {
      const n = scanner.fill((target, offset, length) => readSync(fd, target, offset, length, position), READ_BYTES);
      if (n === 0 || scanner.done || enough()) return;
      position += n;
    }
  } finally {
    closeSync(fd);
  }
}

export const PARSE_FAILED_MESSAGE = 'a grammar failed on this line; kept as plain text (reported once per input)';

/**
 * One range of a file scanned into a result (a worker's share, or the main thread's while it
 * waits). Its events are kept in the result, or handed to `keep` as they come (a worker packs them).
 */
export async function scanRange(
  task: RangeTask, index: number, settings: ScanSettings, keep?: (event: ScanEvent) => void, enough?: () => boolean,
): Promise<RangeResult> {
  const events: ScanEvent[] = [];
  const problems: ScanProblem[] = [];
  try {
    const sink: ScanSink = { event: keep ?? ((e) => events.push(e)), problem: (p) => problems.push(p), enough };
    const { lines, absorbed } = await scanLines(task.input, task.format, undefined, false, settings, sink, task.range);
    return { index, events, problems, lines, ...(absorbed ? { absorbed } : {}) };
  } catch (error) {
    const failed: ScanProblem = { message: `scan failed: ${(error as Error).message}`, fatal: true };
    return { index, events, problems: [...problems, failed], lines: 0 };
  }
}

/**
 * A range scanned ahead of its turn as a sample of the scan's density (scan/pool.ts): its result,
 * or undefined once it holds more than `room` events, which may not be kept ahead; the read stops
 * there, and the range is scanned again in its turn.
 */
export async function sampleRange(
  task: RangeTask, index: number, settings: ScanSettings, room: number,
): Promise<RangeResult | undefined> {
  const events: ScanEvent[] = [];
  let overflowed = false;
  const keep = (event: ScanEvent) => {
    if (events.length < room) events.push(event);
    else overflowed = true;
  };
  const result = await scanRange(task, index, settings, keep, () => overflowed);
  return overflowed ? undefined : { ...result, events };
}

/**
 * Bytes past a range read to end the multi-line events still open there, at most (their window is
 * bounded in lines too).
 */
const OVERRUN_BYTES = 4 * 1024 * 1024;

function continueBlocksPastRange(
  path: string,
  stop: number,
  linesBefore: number,
  joiner: BlockJoiner,
  parse: (clean: string, line: number) => ParsedLine,
): Array<[number, number]> {
  const absorbed: Array<[number, number]> = [];
  let line = linesBefore;
  const overrun = new LineScanner({
    startOffset: stop - 1,
    skipFirstPartialLine: true,
    stopOffset: stop + OVERRUN_BYTES,
    onNotice: () => undefined,
    onLine: ({ text }) => {
      line += 1;
      if (!joiner.open) return;
      const partOf = joiner.line({ line, parsed: parse(stripAnsi(text), line) });
      if (partOf !== undefined) absorbed.push([line, partOf]);
    },
  });
  try {
    readFileSync(path, stop - 1, overrun, () => !joiner.open);
    overrun.end();
  } finally {
    overrun.release();
  }
  return absorbed;
}

/**
 * The literals a line holds, as numbers of the scan's list: the scanner's (ScannedLine.hits) when
 * its prefilter numbers the same list and no escape was removed from the line, else found in the
 * line with escapes removed.
 */
function literalsOfLine(settings: ScanSettings): (scanned: ScannedLine, clean: string) => number[] {
  const literals = literalIndex(settings.literals);
  const numbered = settings.prefilter?.literals;
  const sameNumbers = numbered !== undefined && numbered.length === settings.literals.length
    && numbered.every((l, i) => l === settings.literals[i]);
  return (scanned, clean) => {
    const told = sameNumbers && clean === scanned.text ? scanned.hits : undefined;
    return told ?? literals.hits(clean);
  };
}

/**
 * A candidate line's event: its parse and where it was read, in one object literal of one shape
 * (a spread after other properties copies property by property, on every candidate line).
 */
function lineEvent(path: string, line: number, parsed: ParsedLine, text: string, hits: number[]): ScanEvent {
  const { format, envelope, kind, ts, level, message, fields, service, stack, node, task } = parsed;
  const event: ScanEvent = {
    path, line, format, envelope, kind, ts, level, message, fields, service, stack, node, task, text, hits,
  };
  if (parsed.envelopes !== undefined) event.envelopes = parsed.envelopes;
  return event;
}

/** How an input's passing pytest results are read (line.ts, shortcutLine) and handed on (ScanSink.passingTest). */
interface PassingLane {
  /** The line's reading on the shortcut, where the input's reading allows it and the line holds the literal. */
  read(clean: string, hits: readonly number[]): ParsedLine | undefined;
  /** Whether a line holding these literals holds only the passing result's. */
  plain(hits: readonly number[]): boolean;
  hand(event: ScanEvent): void;
}

function passingLane(reading: LineReading, settings: ScanSettings, sink: ScanSink): PassingLane {
  const shortcuts = shortcutsApply(reading);
  const passing = settings.literals.indexOf(PASSING_RESULT_LITERAL);
  return {
    read: (clean, hits) => (shortcuts && passing >= 0 && hits.includes(passing) ? shortcutLine(clean) : undefined),
    plain: (hits) => passing >= 0 && hits.length === 1 && hits[0] === passing,
    hand: sink.passingTest?.bind(sink) ?? ((event) => sink.event(event)),
  };
}

/** How this input's lines are read: its detected envelope, and the payload format the user forced. */
function lineReading(detected: DetectedFormat, settings: ScanSettings): LineReading {
  const formats = settings.formats ?? BUILTIN_FORMATS;
  const reading: LineReading = {
    envelope: detected.envelope,
    payloads: formats.payloads,
    grammarOnly: settings.grammarOnly,
  };
  if (detected.indent !== undefined) reading.indent = detected.indent;
  // `text` forces no grammar: a payload format no line can match.
  if (detected.payload !== undefined) reading.payload = payloadIn(formats, detected.payload) ?? NO_PAYLOAD;
  return reading;
}

/**
 * The formats whose line keys this input is read for (DetectedFormat.keyed), and their keys: a
 * line found by a key alone becomes an event when one of them parses it at error level or above.
 */
interface KeyedReading {
  formats: ReadonlySet<string>;
  keys: string[];
}

function keyedReading(detected: DetectedFormat, settings: ScanSettings): KeyedReading | undefined {
  const set = settings.formats ?? BUILTIN_FORMATS;
  const formats = new Set<string>();
  const keys = new Set<string>();
  for (const name of detected.keyed ?? []) {
    const lineKeys = payloadIn(set, name)?.lineKeys;
    if (lineKeys === undefined) continue;
    formats.add(name);
    for (const key of lineKeys.keys) keys.add(key);
  }
  return formats.size > 0 ? { formats, keys: [...keys] } : undefined;
}

/**
 * Whether a line without literals holds a key: the scanner also hands on lines with a terminal
 * escape, and every line when there is no prefilter (--full-grammar); only a key's line is parsed.
 */
function holdsKey(keyed: KeyedReading | undefined, text: string): boolean {
  return keyed !== undefined && keyed.keys.some((key) => text.includes(key));
}

/** A line read for a key alone is an event when a keyed format parsed it as an error or worse. */
function keyedEvent(parsed: ParsedLine, keyed: KeyedReading | undefined): boolean {
  return keyed !== undefined && keyed.formats.has(parsed.format) && (parsed.level === 'error' || parsed.level === 'fatal');
}

const NO_PAYLOAD: LineGrammar<PayloadResult> = { name: 'text', role: 'payload', title: 'plain text', sniff: /(?!)/, samples: [], parse: () => undefined };

/** A line scanner's notice (invalid UTF-8, NUL bytes, a long line) as a problem of the input. */
function noticeProblem({ message, line, offset, kind }: LineNotice): ScanProblem {
  return { message, line, offset, kind };
}

/**
 * The input's bytes from `readFrom` on, pushed through the scanner to its end. A read that fails
 * is a problem of the input; the lines before it were handed on.
 */
async function feedScanner(
  scanner: LineScanner,
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  readFrom: number,
  settings: ScanSettings,
  sink: ScanSink,
): Promise<void> {
  const enough = () => sink.enough?.() === true;
  try {
    if (input.fsPath !== undefined && !gzip && !input.encoding) readFileSync(input.fsPath, readFrom, scanner, enough);
    else {
      const chunks = readChunks(input, stdin, {
        gzip,
        start: readFrom,
        maxDecompressed: settings.maxDecompressed,
        onNotice: (message) => sink.problem({ message }),
      });
      for await (const chunk of chunks) {
        scanner.push(chunk);
        if (scanner.done || enough()) break;
      }
    }
    scanner.end();
  } catch (error) {
    scanner.end();
    const message = (error as Error).message;
    sink.problem(scanner.lines > 0
      ? { message: `read failed after line ${scanner.lines}: ${message}; events before it were kept`, line: scanner.lines, fatal: false }
      : { message: `read failed before the first line: ${message}`, fatal: false });
  } finally {
    scanner.release();
  }
}

/**
 * Whether a scan with threads may cut this input into ranges. A traceback pasted without its first
 * line is joined from its first frame only in an input that is never cut: a range cannot tell whether
 * the frames it begins with continue a block of the range before, and one thread or several must
 * give the same events. Decided by the size alone, so with or without threads alike.
 */
function cuttable(input: InputRef, settings: ScanSettings): boolean {
  return input.size !== undefined && input.size > (settings.rangeBytes ?? RANGE_BYTES);
}

/**
 * A line's parse, which never fails: a grammar that fails on a hostile line must cost that line's
 * structure, not the rest of the input. The line stays, as plain text, and the input says which
 * line it was.
 */
function guardedParse(
  reading: LineReading, settings: ScanSettings, sink: ScanSink,
): (clean: string, line: number) => ParsedLine {
  return (clean, line) => {
    try {
      return parseLine(clean, reading, settings.tz);
    } catch (error) {
      sink.problem({ message: `${PARSE_FAILED_MESSAGE}: ${(error as Error).message}`, line, kind: 'parse-failed' });
      return { format: 'text', message: clean, fields: {} };
    }
  };
}

/**
 * A line input: bytes → lines (prefiltered) → grammars → events. Memory stays flat.
 * With a range, line numbers are relative to the range's first line (the caller offsets them).
 */
export async function scanLines(
  input: InputRef,
  detected: DetectedFormat,
  stdin: StdinSource | undefined,
  gzip: boolean,
  settings: ScanSettings,
  sink: ScanSink,
  range?: ByteRange,
): Promise<ScanSummary> {
  let events = 0;
  const reading = lineReading(detected, settings);
  const keyed = keyedReading(detected, settings);
  const lineLiterals = literalsOfLine(settings);
  const readFrom = range && range.start > 0 ? range.start - 1 : 0;
  const joiner = new BlockJoiner((event) => sink.event(event), { fromFrame: !cuttable(input, settings) });
  const parse = guardedParse(reading, settings, sink);
  const lane = passingLane(reading, settings, sink);
  const scanner: LineScanner = new LineScanner({
    startOffset: readFrom,
    skipFirstPartialLine: readFrom > 0,
    stopOffset: range?.stop,
    prefilter: settings.everyLine ? undefined : settings.prefilter,
    keys: keyed?.keys,
    onNotice: (notice: LineNotice) => sink.problem(noticeProblem(notice)),
    onLine: (scanned) => {
      const { line, text } = scanned;
      const clean = stripAnsi(text);
      const hits = lineLiterals(scanned, clean);
      const blockOpen = joiner.open;
      if (hits.length === 0 && !settings.everyLine && !blockOpen && !holdsKey(keyed, text)) return;
      const shortcut = lane.read(clean, hits);
      const parsed = shortcut ?? parse(clean, line);
      const partOf = blockOpen ? joiner.line({ line, parsed }) : undefined;
      if (shortcut !== undefined && partOf === undefined && lane.plain(hits)) {
        // Its message is empty: it begins no multi-line event, and the joiner would hand it straight on.
        events += 1;
        lane.hand(lineEvent(input.path, line, shortcut, text, hits));
      } else if (hits.length > 0 || settings.everyLine || keyedEvent(parsed, keyed)) {
        events += 1;
        joiner.event(lineEvent(input.path, line, parsed, text, hits), parsed, partOf);
      }
      // While a multi-line event is open every line is read, candidate or not.
      scanner.passEveryLine = joiner.open;
    },
  });
  await feedScanner(scanner, input, stdin, gzip, readFrom, settings, sink);
  if (sink.enough?.() === true) return { lines: scanner.lines, events: settings.everyLine ? events : scanner.lines };
  // A block still open where the range ends goes on in the next range's first lines: read them
  // here, for the joining only (the next range hands on their events). The last range has no
  // next one (its stop is unbounded): a block open there ends with the file.
  const absorbed = range && Number.isFinite(range.stop) && joiner.open && input.fsPath !== undefined
    ? continueBlocksPastRange(input.fsPath, range.stop, scanner.lines, joiner, parse)
    : undefined;
  joiner.flush(!range || !Number.isFinite(range.stop));
  return {
    lines: scanner.lines,
    events: settings.everyLine ? events : scanner.lines,
    ...(absorbed?.length ? { absorbed } : {}),
  };
}

interface WholeInput {
  data: Buffer;
  /** What was skipped without failing the read (trailing bytes after gzip data). */
  notices?: string[];
  /** Why reading stopped early (a truncated or corrupt .gz): `data` is what was read before. */
  failed?: string;
}

/**
 * A whole input, up to `limit` bytes (a string says why it was not read). A read that fails
 * halfway keeps what it read.
 */
async function readWhole(
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  limit: number,
): Promise<WholeInput | string> {
  if (input.fsPath !== undefined && !gzip && !input.encoding) {
    const size = statSync(input.fsPath).size;
    if (size > limit) return `larger than ${limit} bytes; not read`;
    return { data: readWholeFileSync(input.fsPath) };
  }
  const chunks: Buffer[] = [];
  const notices: string[] = [];
  let size = 0;
  try {
    for await (const chunk of readChunks(input, stdin, { gzip, onNotice: (message) => notices.push(message) })) {
      size += chunk.length;
      if (size > limit) return `larger than ${limit} bytes; not read`;
      chunks.push(chunk);
    }
  } catch (error) {
    return { data: Buffer.concat(chunks), failed: (error as Error).message, notices };
  }
  return { data: Buffer.concat(chunks), notices };
}

/** The problem for a whole-input read that stopped early. */
function readFailed(whole: WholeInput): ScanProblem {
  return { message: `read failed after byte ${whole.data.length}: ${whole.failed}; what was read before it is used`, offset: whole.data.length };
}

/** Where a whole-document input came from, as its events name it. */
function documentSource(input: InputRef): DocumentSource {
  return { path: input.path, fileName: basename(input.relative ?? input.path) };
}

/**
 * A whole input read for a document mapper: undefined when it could not be read at all (a fatal
 * problem says why); notices and a halfway failure said.
 */
async function readDocument(
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  limit: number,
  what: string,
  sink: ScanSink,
): Promise<Buffer | undefined> {
  const whole = await readWhole(input, stdin, gzip, limit);
  if (typeof whole === 'string') {
    sink.problem({ message: `${what} ${whole}`, fatal: true });
    return undefined;
  }
  // A truncated junit.xml.gz is a truncated document: what was read before is still used.
  if (whole.failed !== undefined) sink.problem(readFailed(whole));
  for (const message of whole.notices ?? []) sink.problem({ message });
  return whole.data;
}

/**
 * A junit file's text, read whole (bounded) and decoded. The bytes live only in this call: past
 * decoding only the text is read, and a large file is not held twice.
 */
async function readJunitText(
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  sink: ScanSink,
): Promise<JunitText | undefined> {
  const data = await readDocument(input, stdin, gzip, JUNIT_LIMITS.maxBytes, 'junit file', sink);
  if (data === undefined) return undefined;
  // fast-xml-parser is loaded with the first junit input, not on every start.
  const { decodeJunit } = await import('../parsers/junit/events.js');
  return decodeJunit(data, sink);
}

/** A junit file: read whole (bounded), its events streamed as parsers/junit reads them. */
export async function scanJunit(
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  settings: ScanSettings,
  sink: ScanSink,
): Promise<WholeInputSummary> {
  const document = await readJunitText(input, stdin, gzip, sink);
  if (document === undefined) return { events: 0 };
  const { junitEvents } = await import('../parsers/junit/events.js');
  return junitEvents(document, documentSource(input), settings, sink);
}

/** canonical.json of a warm canonical (parsers/canonical). */
export async function scanCanonical(
  input: InputRef,
  stdin: StdinSource | undefined,
  gzip: boolean,
  sink: ScanSink,
): Promise<WholeInputSummary> {
  const data = await readDocument(input, stdin, gzip, CANONICAL_MAX_BYTES, 'canonical.json', sink);
  return data === undefined ? { events: 0 } : canonicalEvents(data, documentSource(input), sink);
}
