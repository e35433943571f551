import { basename } from 'node:path';
import { closeSync, openSync, readFileSync as readWholeFileSync, readSync, statSync } from 'node:fs';
import type { LogEvent } from '../events.js';
import type { ScanEvent } from '../engine/engine.js';
import { LineScanner, type LineNotice } from '../inputs/line-scanner.js';
import { readChunks, type StdinSource } from '../inputs/sources.js';
import type { InputRef } from '../inputs/types.js';
import type { DetectedFormat } from '../inputs/detect.js';
import type { LineGrammar, PayloadResult } from '../parsers/kit.js';
import type { RangeResult, RangeTask } from './pool.js';
import type { ByteRange, ScanProblem, ScanSink } from './types.js';
import { literalIndex, type MultiLiteralMatcher } from '../prefilter/multi-literal.js';
import { parseLine, type LineReading, type ParsedLine } from '../parsers/line.js';
import { BlockJoiner } from './multiline.js';
import { BUILTIN_FORMATS, payloadIn, type FormatSet } from '../parsers/user/format-set.js';
import type { JunitCase } from '../parsers/junit/parse.js';
import { JUNIT_LIMITS } from '../parsers/junit/limits.js';
import { compactJunit, originalOffset, type Cut } from '../parsers/junit/compact.js';
import { stripAnsi } from '../text/ansi.js';
import { junitNodeId, testKey, tierFromJunitFileName } from '../triage/attribution.js';
import { parseCompactTimestamp, parseIsoTimestamp } from '../parsers/time.js';
import { isUtf8 } from 'node:buffer';

export interface ScanSettings {
  tz: string;
  literals: readonly string[];
  /** The byte prefilter (fast path); undefined parses every line (full-grammar path). */
  prefilter?: MultiLiteralMatcher;
  /** Hand on every line, holding a literal or not (the `parse` command). */
  everyLine?: boolean;
  /** Decompressed bytes read at most per gzip input (--max-decompressed); undefined: the ratio cap. */
  maxDecompressed?: number;
  /** The payload formats to try: the built-ins when absent, else with the user's first. */
  formats?: FormatSet;
}

export interface ScanSummary {
  lines: number;
  events: number;
  /** Lines past a range that continue a multi-line event begun in it: [line, first line of the event]. */
  absorbed?: Array<[number, number]>;
}

/** A whole-document input (junit, canonical.json) is never split into ranges: no line count to carry. */
export type WholeInputSummary = Pick<ScanSummary, 'events'>;

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

/** One range of a file scanned into a result (a worker's share, or the main thread's while it waits). */
export async function scanRange(task: RangeTask, index: number, settings: ScanSettings): Promise<RangeResult> {
  const events: ScanEvent[] = [];
  const problems: ScanProblem[] = [];
  try {
    const { lines, absorbed } = await scanLines(task.input, task.format, undefined, false, settings, { event: (e) => events.push(e), problem: (p) => problems.push(p) }, task.range);
    return { index, events, problems, lines, ...(absorbed ? { absorbed } : {}) };
  } catch (error) {
    return { index, events, problems: [...problems, { message: `scan failed: ${(error as Error).message}`, fatal: true }], lines: 0 };
  }
}

/** Bytes past a range read to end the multi-line events still open there, at most (their window is bounded in lines too). */
const OVERRUN_BYTES = 4 * 1024 * 1024;

function continueBlocksPastRange(path: string, stop: number, linesBefore: number, joiner: BlockJoiner, parse: (clean: string, line: number) => ParsedLine): Array<[number, number]> {
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

/** How this input's lines are read: its detected envelope, and the payload format the user forced. */
function lineReading(detected: DetectedFormat, formats: FormatSet = BUILTIN_FORMATS): LineReading {
  const payloads = formats.payloads;
  if (detected.payload === undefined) return { envelope: detected.envelope, payloads };
  // `text` forces no grammar: a payload format no line can match.
  return { envelope: detected.envelope, payload: payloadIn(formats, detected.payload) ?? NO_PAYLOAD, payloads };
}

const NO_PAYLOAD: LineGrammar<PayloadResult> = { name: 'text', role: 'payload', title: 'plain text', sniff: /(?!)/, samples: [], parse: () => undefined };

/**
 * A line input: bytes → lines (prefiltered) → grammars → events. Memory stays flat.
 * With a range, line numbers are relative to the range's first line (the caller offsets them).
 */
export async function scanLines(input: InputRef, detected: DetectedFormat, stdin: StdinSource | undefined, gzip: boolean, settings: ScanSettings, sink: ScanSink, range?: ByteRange): Promise<ScanSummary> {
  let events = 0;
  const reading = lineReading(detected, settings.formats);
  const readFrom = range && range.start > 0 ? range.start - 1 : 0;
  const joiner = new BlockJoiner((event) => sink.event(event));
  const parse = (clean: string, line: number): ParsedLine => {
    try {
      return parseLine(clean, reading, settings.tz);
    } catch (error) {
      // A grammar that fails on a hostile line must cost that line's structure, not the rest of
      // the input: the line stays, as plain text, and the input says which line it was.
      sink.problem({ message: `${PARSE_FAILED_MESSAGE}: ${(error as Error).message}`, line, kind: 'parse-failed' });
      return { format: 'text', message: clean, fields: {} };
    }
  };
  const scanner: LineScanner = new LineScanner({
    startOffset: readFrom,
    skipFirstPartialLine: readFrom > 0,
    stopOffset: range?.stop,
    prefilter: settings.everyLine ? undefined : settings.prefilter,
    onNotice: (notice: LineNotice) => sink.problem({ message: notice.message, line: notice.line, offset: notice.offset, kind: notice.kind }),
    onLine: ({ line, text }) => {
      const clean = stripAnsi(text);
      const hits = literalIndex(settings.literals).hits(clean);
      const blockOpen = joiner.open;
      if (hits.length === 0 && !settings.everyLine && !blockOpen) return;
      const parsed = parse(clean, line);
      const partOf = blockOpen ? joiner.line({ line, parsed }) : undefined;
      if (hits.length > 0 || settings.everyLine) {
        events += 1;
        joiner.event({ path: input.path, line, ...parsed, text, hits }, parsed, partOf);
      }
      // While a multi-line event is open every line is read, candidate or not.
      scanner.passEveryLine = joiner.open;
    },
  });
  try {
    if (input.fsPath !== undefined && !gzip && !input.encoding) readFileSync(input.fsPath, readFrom, scanner);
    else {
      for await (const chunk of readChunks(input, stdin, { gzip, start: readFrom, maxDecompressed: settings.maxDecompressed, onNotice: (message) => sink.problem({ message }) })) {
        scanner.push(chunk);
        if (scanner.done) break;
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
  // A block still open where the range ends goes on in the next range's first lines: read them
  // here, for the joining only (the next range hands on their events).
  const absorbed = range && joiner.open && input.fsPath !== undefined ? continueBlocksPastRange(input.fsPath, range.stop, scanner.lines, joiner, parse) : undefined;
  joiner.flush();
  return { lines: scanner.lines, events: settings.everyLine ? events : scanner.lines, ...(absorbed?.length ? { absorbed } : {}) };
}

interface WholeInput {
  data: Buffer;
  /** What was skipped without failing the read (trailing bytes after gzip data). */
  notices?: string[];
  /** Why reading stopped early (a truncated or corrupt .gz): `data` is what was read before. */
  failed?: string;
}

/** A whole input, up to `limit` bytes (a string says why it was not read). A read that fails halfway keeps what it read. */
async function readWhole(input: InputRef, stdin: StdinSource | undefined, gzip: boolean, limit: number): Promise<WholeInput | string> {
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

const VERSION_PROPERTIES = ['recipe_version', 'RECIPE_VERSION', 'version', 'VERSION'];

function caseEvent(input: InputRef, tier: string | undefined, c: JunitCase, literals: readonly string[]): ScanEvent {
  const first = c.results.find((r) => r.kind === 'failure' || r.kind === 'error') ?? c.results[0];
  const message = first?.message ?? first?.body?.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  const nodeid = junitNodeId(c.classname, c.name, c.file);
  const fields: LogEvent['fields'] = { outcome: c.outcome };
  if (c.classname !== undefined) fields.classname = c.classname;
  if (c.name !== undefined) fields.name = c.name;
  if (nodeid !== undefined) fields.nodeid = nodeid;
  if (c.file !== undefined) fields.file = c.file;
  if (c.suite !== undefined) fields.suite = c.suite;
  if (c.time !== undefined) fields.time = c.time;
  if (first) {
    fields.resultType = first.kind;
    if (first.type !== undefined) fields.type = first.type;
    if (first.body) fields.body = first.body;
  }
  for (const [k, v] of Object.entries(c.properties)) fields[`property.${k}`] = v;
  const version = VERSION_PROPERTIES.map((k) => c.properties[k]).find((v) => v !== undefined && v !== '');
  if (version) fields.version = version;
  const hitText = `${c.name ?? ''} ${c.classname ?? ''}\n${message}\n${first?.body ?? ''}`;
  return {
    path: input.path,
    line: (c.outcome === 'passed' ? undefined : c.resultLine) ?? c.line,
    format: 'junit',
    kind: 'test-case',
    tier,
    test: testKey(c.file ?? c.classname, c.name),
    level: c.outcome === 'failed' || c.outcome === 'error' ? 'error' : 'info',
    message,
    fields,
    text: `${nodeid ?? ''} ${c.outcome.toUpperCase()}${message ? ` - ${message}` : ''}`,
    hits: literalIndex(literals).hits(hitText),
  };
}

/** Says what compactJunit cut: how many runs, how many bytes, and where the first was. */
function cutProblem(cuts: readonly Cut[]): ScanProblem {
  const bytes = cuts.reduce((n, c) => n + c.bytes, 0);
  const keep = JUNIT_LIMITS.maxBodyBytes / 2;
  return {
    message: `${cuts.length === 1 ? '1 text' : `${cuts.length} texts`} (failure, system-out or message bodies) longer than ${JUNIT_LIMITS.maxBodyBytes} bytes cut to their first and last ${keep} bytes, marked "… N bytes cut …": ${bytes} bytes not read, first at line ${cuts[0].line}`,
    line: cuts[0].line,
    kind: 'junit-cut',
  };
}

/** A junit file: read whole (bounded), parsed with fast-xml-parser, one event per test case. */
export async function scanJunit(input: InputRef, stdin: StdinSource | undefined, gzip: boolean, settings: ScanSettings, sink: ScanSink): Promise<WholeInputSummary> {
  const whole = await readWhole(input, stdin, gzip, JUNIT_LIMITS.maxBytes);
  if (typeof whole === 'string') {
    sink.problem({ message: `junit file ${whole}`, fatal: true });
    return { events: 0 };
  }
  // A truncated junit.xml.gz is a truncated document: its complete cases are still read.
  if (whole.failed !== undefined) sink.problem(readFailed(whole));
  for (const message of whole.notices ?? []) sink.problem({ message });
  const { data, cuts } = compactJunit(whole.data);
  if (cuts.length > 0) sink.problem(cutProblem(cuts));
  if (!isUtf8(data)) sink.problem({ message: 'invalid UTF-8; decoded with U+FFFD replacement characters' });
  let text = data.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // fast-xml-parser is loaded with the first junit input, not on every start.
  const { parseJunit } = await import('../parsers/junit/parse.js');
  const doc = parseJunit(text);
  const unusable = doc.cases.length === 0 && doc.errors.length > 0;
  for (const error of doc.errors) {
    // After a cut, an offset into the parsed text is mapped back to a byte of the file as it is.
    const offset = error.offset !== undefined && cuts.length > 0 ? originalOffset(cuts, Buffer.byteLength(text.slice(0, error.offset))) : error.offset;
    sink.problem({ ...error, ...(offset !== undefined ? { offset } : {}), fatal: unusable });
  }
  const tier = tierFromJunitFileName(basename(input.relative ?? input.path));
  for (const suite of doc.suites) {
    const version = VERSION_PROPERTIES.map((k) => suite.properties[k]).find((v) => v !== undefined && v !== '');
    if (!version) continue;
    sink.event({
      path: input.path, line: 1, format: 'junit', kind: 'test-suite', tier, message: suite.name ?? '',
      fields: { version, ...(suite.attributes.timestamp ? { timestamp: suite.attributes.timestamp } : {}) },
      text: `<testsuite name="${suite.name ?? ''}">`, hits: [],
      ts: suite.attributes.timestamp ? parseIsoTimestamp(suite.attributes.timestamp.replace(/\.\d+/, ''), settings.tz) : undefined,
    });
  }
  for (const c of doc.cases) sink.event(caseEvent(input, tier, c, settings.literals));
  return { events: doc.cases.length };
}

/** canonical.json of a warm canonical: what was promoted, when, at which version. */
export async function scanCanonical(input: InputRef, stdin: StdinSource | undefined, gzip: boolean, sink: ScanSink): Promise<WholeInputSummary> {
  const whole = await readWhole(input, stdin, gzip, 1024 * 1024);
  if (typeof whole === 'string') { sink.problem({ message: `canonical.json ${whole}`, fatal: true }); return { events: 0 }; }
  if (whole.failed !== undefined) sink.problem(readFailed(whole));
  for (const message of whole.notices ?? []) sink.problem({ message });
  const text = whole.data.toString('utf8').replace(/^\ufeff/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    sink.problem({ message: `not valid JSON: ${(error as Error).message}`, fatal: true });
    return { events: 0 };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    sink.problem({ message: `not a canonical record: the JSON is ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`}, not an object`, line: 1, fatal: true });
    return { events: 0 };
  }
  const value = parsed as Record<string, unknown>;
  const fields: LogEvent['fields'] = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fields[k] = v;
  const promoted = typeof value.promoted === 'string' ? value.promoted : undefined;
  sink.event({
    path: input.path, line: 1, format: 'canonical', kind: 'canonical-written', tier: 'promote',
    recipe: typeof value.recipe === 'string' ? value.recipe : undefined,
    ts: promoted ? parseCompactTimestamp(promoted) ?? parseIsoTimestamp(promoted, 'UTC') : undefined,
    message: `canonical ${String(value.recipe ?? '?')} @ ${String(value.version ?? '?')}`,
    fields, text: text.split('\n', 1)[0].slice(0, 500), hits: [],
  });
  return { events: 1 };
}
