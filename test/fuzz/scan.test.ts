/**
 * The scanner as a whole, through the public API (analyze on temp files and stdin) and the CLI:
 * any bytes give events or per-input errors, never an exception; every line is an event with its
 * exact number when every line is asked for; the fast path, the full grammar, stdin in any
 * chunking, gzip and worker ranges all read the same bytes the same way; and an input that fails
 * halfway keeps what was read before the failure and says where it stopped.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { analyze, type AnalyzeOptions } from '../../src/analyze.js';
import type { ScanEvent } from '../../src/engine/engine.js';
import type { AnalysisResult } from '../../src/result.js';
import { loadRules } from '../../src/rule-packs/load.js';
import { MAX_LINE_BYTES } from '../../src/inputs/line-scanner.js';
import { utf16Of } from '../../src/inputs/sources.js';
import { PAYLOADS } from '../../src/parsers/registry.js';
import { PARSE_FAILED_MESSAGE } from '../../src/scan/scan-input.js';
import { prescanJunit } from '../../src/parsers/junit/prescan.js';
import { JUNIT_LIMITS } from '../../src/parsers/junit/parse.js';
import type { LineGrammar, PayloadResult } from '../../src/parsers/kit.js';
import { runCli, tempDir } from '../helpers.js';
import { ESCAPES, INVALID_UTF8, SAMPLES, chunk, chunkSizes, hostileBytes, referenceLineCount, referenceLines, runs, sharedLoghub } from './hostile.js';

const test = suite('fuzz: scanner');
const rules = await loadRules();

/** Temp directories of this file, removed at its end (some hold megabytes of generated input). */
const scratchDirs: string[] = [];
function scratch(): string {
  const dir = tempDir('redfix-fuzz-');
  scratchDirs.push(dir);
  return dir;
}
test.after(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** The gitea crash of the redfix journal: a finding whenever it is read. */
const JWT = '2026/06/18 01:14:36 modules/setting/setting.go:105:LoadCommonSettings() [F] Unable to load settings from config: error saving JWT Secret for custom config: failed to save "/etc/gitea/app.ini": open /etc/gitea/app.ini: read-only file system';
const JWT_RULE = 'gitea-appini-readonly-jwt';

interface Scan {
  result: AnalysisResult;
  events: ScanEvent[];
}

async function scan(paths: string[], options: Partial<AnalyzeOptions> = {}): Promise<Scan> {
  const events: ScanEvent[] = [];
  const result = await analyze({ paths, rules, workers: 0, onEvent: (e) => events.push(e), ...options });
  return { result, events };
}

/** What an event says, without where it came from (a file and stdin name the same line differently). */
const said = (events: readonly ScanEvent[]) => events.map((e) => ({
  line: e.line,
  text: e.text,
  format: e.format,
  level: e.level,
  kind: e.kind,
  message: e.message,
  fields: e.fields,
  ts: e.ts,
}));
const errorsOf = (result: AnalysisResult) => result.inputs.map((i) => i.errors);

/** Lines as a log viewer sees them (LF, CRLF, lone CR): decoded text of each, a leading BOM removed. */
function referenceTexts(bytes: Buffer): string[] {
  return referenceLines(bytes).map(({ body }) => body.toString('utf8'));
}

/** Every error of every input names a real place: a line of the input, a byte inside it. */
function assertErrorsInside(result: AnalysisResult, lines: number, size: number): void {
  for (const input of result.inputs) {
    for (const error of input.errors) {
      assert.ok(error.message.length > 0, 'an error says what is wrong');
      if (error.line !== undefined) assert.ok(error.line >= 0 && error.line <= Math.max(1, lines), `error line ${error.line} of ${lines}: ${error.message}`);
      if (error.offset !== undefined) assert.ok(error.offset >= 0 && error.offset <= size, `error offset ${error.offset} of ${size}: ${error.message}`);
    }
  }
}

// ── any bytes: events or per-input errors, exact lines ────────────────────

test('property: any bytes, every line asked for: one event per line, numbered 1..n, text as read', async () => {
  const dir = scratch();
  const file = path.join(dir, 'hostile.log');
  await fc.assert(fc.asyncProperty(hostileBytes(60), async (bytes) => {
    writeFileSync(file, bytes);
    const { result, events } = await scan([file], { everyLine: true });
    const [input] = result.inputs;
    const n = referenceLineCount(bytes);
    assertErrorsInside(result, n, bytes.length);
    if (input.format === 'binary') {
      assert.equal(events, []);
      assert.match(input.errors[0].message, /^binary content/);
      return;
    }
    if (input.format === 'junit' || input.format === 'canonical-json') return;
    // Bytes that open with a UTF-16 BOM (or have its NUL pattern) are decoded first: test/inputs/encodings.test.ts.
    if (utf16Of(bytes)) return;
    assert.equal(events.map((e) => e.line), Array.from({ length: n }, (_, i) => i + 1));
    assert.equal(events.map((e) => e.text), referenceTexts(bytes));
    assert.is(input.events, n);
  }), runs(60));
});

test('property: the fast path and the full grammar agree on any bytes; the finding is never missed', async () => {
  const dir = scratch();
  const file = path.join(dir, 'run.log');
  const withFinding = hostileBytes(40).map((b) => Buffer.concat([b, Buffer.from(`\n${JWT}\n`), b]));
  await fc.assert(fc.asyncProperty(withFinding, async (bytes) => {
    writeFileSync(file, bytes);
    const fast = await scan([file]);
    const full = await scan([file], { fullGrammar: true });
    assert.equal(fast.result, full.result);
    assert.equal(said(fast.events), said(full.events));
    // Fast path: candidate lines only, numbers exact and increasing; the finding is never missed.
    const lines = fast.events.map((e) => e.line);
    assert.ok(lines.every((l, i) => l >= 1 && (i === 0 || l > lines[i - 1])), `lines ${lines.join(',')}`);
    if (fast.result.inputs[0].format !== 'binary') assert.ok(fast.result.findings.some((f) => f.rule === JWT_RULE), 'the finding was lost');
  }), runs(30));
});

test('property: stdin in any chunking, gzip, and a file read the same bytes the same way', async () => {
  const dir = scratch();
  const file = path.join(dir, 'app.log');
  const gz = path.join(dir, 'app.log.gz');
  await fc.assert(fc.asyncProperty(hostileBytes(60), chunkSizes, async (bytes, sizes) => {
    writeFileSync(file, bytes);
    writeFileSync(gz, gzipSync(bytes));
    const fromFile = await scan([file], { everyLine: true });
    const fromStdin = await scan(['-'], { everyLine: true, stdin: Readable.from(chunk(bytes, sizes)) });
    const fromGzip = await scan([gz], { everyLine: true });
    const fromGzipStdin = await scan(['-'], { everyLine: true, stdin: Readable.from(chunk(gzipSync(bytes), sizes)) });
    for (const other of [fromStdin, fromGzip, fromGzipStdin]) {
      assert.equal(said(other.events), said(fromFile.events));
      assert.equal(errorsOf(other.result), errorsOf(fromFile.result));
      assert.is(other.result.inputs[0].format, fromFile.result.inputs[0].format);
    }
  }), runs(30));
});

test('one file of every extreme at once, split into worker ranges of 64 KiB: the same result as one thread', async () => {
  const dir = scratch();
  const file = path.join(dir, 'app.log');
  const parts: Buffer[] = [];
  for (let i = 0; i < 40; i++) {
    parts.push(Buffer.from(`${SAMPLES[i % SAMPLES.length]}\n`));
    if (i % 7 === 0) parts.push(Buffer.from(`${JWT}\r\n`));
    if (i % 9 === 0) parts.push(Buffer.concat([Buffer.from('FATA '), Buffer.alloc(MAX_LINE_BYTES + 1000 * i, 0x61), Buffer.from(' tail\n')]));
    if (i % 11 === 0) parts.push(Buffer.alloc(70_000 + i, 0), Buffer.from('\n'));
    if (i % 5 === 0) parts.push(Buffer.from(Object.values(INVALID_UTF8)[i % 16]), Buffer.from(` ${ESCAPES[i % ESCAPES.length]}ERROR x\n`));
    if (i % 13 === 0) parts.push(Buffer.from(`${'FATA cr-only record\r'.repeat(5000)}\n`));
  }
  const bytes = Buffer.concat(parts);
  writeFileSync(file, bytes);
  const single = await analyze({ paths: [file], rules, workers: 0 });
  const pooled = await analyze({ paths: [file], rules, workers: 2, rangeBytes: 64 * 1024 });
  assert.equal(pooled, single);
  assert.ok(single.findings.some((f) => f.rule === JWT_RULE));
  // Every over-long line is named, wherever the range boundaries fell.
  const long = referenceLines(bytes).filter((l) => l.body.length > MAX_LINE_BYTES).map((l) => l.line);
  assert.ok(long.length >= 5);
  assert.equal(single.inputs[0].errors.filter((e) => e.message.startsWith('line longer')).map((e) => e.line), long);
});

test('loghub samples (../shared), chunked randomly through stdin: the same events as the file', async () => {
  const files = sharedLoghub('loghub samples through stdin (test/fuzz/scan.test.ts)');
  if (!files) return;
  const dir = scratch();
  for (const [index, loghub] of files.entries()) {
    const file = path.join(dir, path.basename(loghub.name));
    writeFileSync(file, loghub.bytes);
    const fromFile = await scan([file], { everyLine: true });
    const fromStdin = await scan(['-'], { everyLine: true, stdin: Readable.from(chunk(loghub.bytes, [1 + index, 4093, 17, 65536])) });
    assert.equal(said(fromStdin.events), said(fromFile.events), loghub.name);
    assert.is(fromFile.events.length, referenceLineCount(loghub.bytes), loghub.name);
  }
});

// ── partial input: what was read before a failure is kept ─────────────────

/** A log with the finding on line 1 and enough incompressible lines after it that half the gzip is most of the text. */
function logWithFindingFirst(lines: number): Buffer {
  const out = [JWT];
  let x = 0x9e3779b9;
  for (let i = 0; i < lines; i++) {
    x = (x ^ (x << 13)) >>> 0; x = (x ^ (x >>> 17)) >>> 0; x = (x ^ (x << 5)) >>> 0;
    out.push(`2026/06/18 01:14:${String(i % 60).padStart(2, '0')} routers/web/web.go:1:f() [I] request ${i} ${x.toString(36)}`);
  }
  return Buffer.from(`${out.join('\n')}\n`);
}

test('a truncated .gz: the finding before the cut is reported, the error says the read failed and after which line', async () => {
  const dir = scratch();
  const text = logWithFindingFirst(20_000);
  const compressed = gzipSync(text);
  const file = path.join(dir, 'warm-gitea_app.log.gz');
  writeFileSync(file, compressed.subarray(0, compressed.length >> 1));
  const { result, events } = await scan([file]);
  assert.ok(result.findings.some((f) => f.rule === JWT_RULE && f.evidence.some((e) => e.line === 1)), 'the finding before the cut');
  const [input] = result.inputs;
  assert.is(input.errors.length, 1);
  const [error] = input.errors;
  assert.match(error.message, /^read failed after line \d+: unexpected end of file; events before it were kept$/);
  assert.is(error.message, `read failed after line ${error.line}: unexpected end of file; events before it were kept`);
  assert.ok(error.line! > 1000 && error.line! < 20_001, `stopped after line ${error.line}`);
  assert.is(input.events, error.line);
  assert.ok(events.every((e) => e.line <= error.line!));

  // The same bytes through stdin and through `parse` (every line): the lines before the cut, in order.
  const viaStdin = await scan(['-'], { stdin: Readable.from([compressed.subarray(0, compressed.length >> 1)]) });
  assert.equal(errorsOf(viaStdin.result), errorsOf(result));
  const every = await scan([file], { everyLine: true });
  const expected = referenceTexts(text).slice(0, error.line! - 1);
  assert.equal(every.events.slice(0, -1).map((e) => e.text), expected, 'every complete line before the cut');
  assert.ok(referenceTexts(text)[error.line! - 1].startsWith(every.events[every.events.length - 1].text), 'the last line is the cut one');
});

test('property: a .gz cut anywhere keeps a prefix of the lines and says where it stopped', async () => {
  const dir = scratch();
  const text = logWithFindingFirst(3000);
  const compressed = gzipSync(text);
  const all = referenceTexts(text);
  const file = path.join(dir, 'cut.log.gz');
  await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: compressed.length - 1 }), async (cut) => {
    writeFileSync(file, compressed.subarray(0, cut));
    const { result, events } = await scan([file], { everyLine: true });
    const texts = events.map((e) => e.text);
    assert.equal(events.map((e) => e.line), texts.map((_, i) => i + 1));
    assert.equal(texts.slice(0, -1), all.slice(0, Math.max(0, texts.length - 1)), `cut at ${cut}`);
    if (texts.length > 0) assert.ok(all[texts.length - 1].startsWith(texts[texts.length - 1]), `cut at ${cut}`);
    const errors = result.inputs[0].errors;
    const stop = errors[errors.length - 1];
    if (texts.length > 0) {
      assert.match(stop.message, /^read failed after line \d+: .*; events before it were kept$/, `cut at ${cut}`);
      assert.is(stop.line, texts.length);
    } else {
      // Not even the gzip header, or nothing decompressed yet: no line to name.
      assert.match(stop.message, /^read failed before the first line: /, `cut at ${cut}`);
      assert.is(stop.line, undefined);
    }
  }), runs(25));
});

const JUNIT = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
  <testsuite name="pytest" tests="4">
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_connects" time="1.0"/>
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake_completes_with_channel_presence" time="30.0">
      <failure message="TimeoutError: handshake did not complete within 30s">Traceback &lt;here&gt;</failure>
    </testcase>
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_text_message" time="1.0"/>
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_leaves" time="1.0"><skipped message="n/a"/></testcase>
  </testsuite>
</testsuites>
`;

test('property: a junit file cut anywhere (plain or gzip): its complete cases are events, the cut is located', async () => {
  const dir = scratch();
  await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: JUNIT.length }), fc.boolean(), async (cut, gzip) => {
    const text = JUNIT.slice(0, cut);
    const file = path.join(dir, `custom__cc-ci__test_protocol_handshake.xml${gzip ? '.gz' : ''}`);
    writeFileSync(file, gzip ? gzipSync(text) : text);
    const { result, events } = await scan([file]);
    const [input] = result.inputs;
    const cases = events.filter((e) => e.kind === 'test-case');
    const complete = prescanJunit(JUNIT, JUNIT_LIMITS.maxDepth, cut).closedCases;
    assert.ok(cases.length >= complete, `cut at ${cut}: ${cases.length} cases, ${complete} complete`);
    assert.is(input.events, cases.length);
    const lines = text.split('\n').length;
    assertErrorsInside(result, lines, text.length);
    if (JUNIT.slice(cut).trim().length > 0) assert.ok(input.errors.length > 0, `cut at ${cut}: no error`);
  }), runs(40));
});

test('property: a junit.xml.gz whose compressed bytes are cut: the complete cases decompressed before the cut are kept', async () => {
  const dir = scratch();
  const cases = Array.from({ length: 300 }, (_, i) => `    <testcase classname="tests.mumble.custom.test_x" name="test_${i}" time="${i}.5">${i % 3 === 0 ? `<failure message="boom ${i}">trace ${i.toString(36).repeat(i % 17)}</failure>` : ''}</testcase>`);
  const text = `<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="pytest">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
  const compressed = gzipSync(text);
  const file = path.join(dir, 'custom__cc-ci__test_x.xml.gz');
  await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: compressed.length - 1 }), async (cut) => {
    writeFileSync(file, compressed.subarray(0, cut));
    const { result, events } = await scan([file]);
    const [input] = result.inputs;
    const names = events.filter((e) => e.kind === 'test-case').map((e) => e.fields.name);
    assert.equal(names, names.map((_, i) => `test_${i}`), `cut at ${cut}: the first cases, in order`);
    assert.is(input.format, 'junit');
    assert.ok(input.errors.every((e) => !e.message.startsWith('scan failed')), `cut at ${cut}: ${JSON.stringify(input.errors)}`);
    assert.ok(input.errors.some((e) => /^read failed after byte \d+: .*; what was read before it is used$/.test(e.message)), `cut at ${cut}: ${JSON.stringify(input.errors)}`);
    if (cut > compressed.length * 0.9) assert.ok(names.length > 200, `cut at ${cut}: only ${names.length} cases`);
  }), runs(20));
});

test('a junit file over the size limit is refused with the limit, without being read', async () => {
  const dir = scratch();
  const file = path.join(dir, 'restore__cc-ci__test_restore.xml');
  writeFileSync(file, `<?xml version="1.0"?>\n<testsuite name="pytest">${' '.repeat(9000)}`);
  // Sparse: the file claims more than the limit on disk without taking it (nothing is read).
  truncateSync(file, JUNIT_LIMITS.maxBytes + 1);
  const { result, events } = await scan([file]);
  assert.equal(events, []);
  assert.equal(result.inputs.map((i) => [i.format, i.errors]), [['junit', [{ message: `junit file larger than ${JUNIT_LIMITS.maxBytes} bytes; not read` }]]]);
});

// ── a grammar that fails costs one line, not the input ────────────────────

test('a grammar that throws on a line: the line stays as plain text, the input says which line, the rest is read', async () => {
  const thrower: LineGrammar<PayloadResult> = {
    name: 'thrower', role: 'payload', title: 'throws', sniff: /^BOOM/, samples: [{ line: 'BOOM' }],
    parse() { throw new RangeError('Maximum call stack size exceeded'); },
  };
  const payloads = PAYLOADS as LineGrammar<PayloadResult>[];
  payloads.unshift(thrower);
  try {
    const dir = scratch();
    const file = path.join(dir, 'app.log');
    writeFileSync(file, `BOOM FATA one\nBOOM FATA two\n${JWT}\n`);
    const { result, events } = await scan([file]);
    assert.equal(events.map((e) => [e.line, e.format, e.message]), [[1, 'text', 'BOOM FATA one'], [2, 'text', 'BOOM FATA two'], [3, 'gitea', events[2].message]]);
    assert.equal(result.inputs[0].errors, [{ message: `${PARSE_FAILED_MESSAGE}: Maximum call stack size exceeded`, line: 1 }]);
    assert.ok(result.findings.some((f) => f.rule === JWT_RULE));
  } finally {
    payloads.splice(payloads.indexOf(thrower), 1);
  }
});

test('regressions: a JSON line nested 100,000 deep and a JSON time past any Date no longer lose the input', async () => {
  const dir = scratch();
  const file = path.join(dir, 'app.log');
  const deep = `{"level":"error","msg":"boom","a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  writeFileSync(file, `${deep}\n{"level":"error","ts":1e14,"logger":"http.log.error","msg":"dial tcp 10.0.0.1:80: connect: connection refused"}\n${JWT}\n`);
  // Before the fix: "scan failed: Maximum call stack size exceeded" and no event at all.
  const { result, events } = await scan([file]);
  assert.equal(events.map((e) => e.line), [1, 2, 3]);
  assert.equal(result.inputs[0].errors, []);
  assert.is(events[1].ts, undefined);
  assert.ok(result.findings.some((f) => f.rule === JWT_RULE));
  // Before the fix every reporter crashed on the time (RangeError: Invalid time value in toISOString).
  for (const format of ['table', 'json', 'sarif']) {
    const run = runCli(['--format', format, '--fail-on', 'none', file]);
    assert.is(run.status, 0, `${format}: ${run.stderr}`);
    assert.not.match(run.stderr, /unexpected error/);
  }
});

test('CR-only line ends: each CR ends a line, as in a log viewer; the finding keeps its line number', async () => {
  const dir = scratch();
  const file = path.join(dir, 'warm-gitea_app.log');
  const records = 30_000;
  writeFileSync(file, `${'2026/06/18 01:14:36 routers/web/web.go:1:f() [I] request\r'.repeat(records)}${JWT}\r`);
  const { result } = await scan([file]);
  const evidenceLines = result.findings.filter((f) => f.rule === JWT_RULE).map((f) => f.evidence.map((e) => e.line));
  assert.equal(evidenceLines, [[records + 1]]);
  assert.equal(result.inputs[0].errors, []);
  assert.is(result.inputs[0].events, records + 1);
  // Split into worker ranges, a range that starts inside a CR-only region finds its first line too.
  const pooled = await analyze({ paths: [file], rules, workers: 2, rangeBytes: 64 * 1024 });
  assert.equal(pooled, result);
});

test('mixed line ends (LF, CRLF, lone CR, CR CR LF) in one file: every line counted, evidence at the right line', async () => {
  const dir = scratch();
  const file = path.join(dir, 'mixed.log');
  writeFileSync(file, `one\ntwo\r\nthree\rfour\r\r\n${JWT}\rsix`);
  const { result } = await scan([file]);
  assert.is(result.inputs[0].events, 7);
  assert.equal(result.findings.filter((f) => f.rule === JWT_RULE).map((f) => f.evidence.map((e) => e.line)), [[6]]);
});

// ── the command line ──────────────────────────────────────────────────────

test('CLI: hostile files and stdin never crash it: exit 0, 1 or 2, JSON on stdout, per-input errors', () => {
  const dir = scratch();
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };
  const billion = `<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<testsuite><testcase name="t" classname="tests.mumble.x"><failure message="&c;">&c;</failure></testcase></testsuite>`;
  const files = [
    write('nul-run.log', Buffer.concat([Buffer.from(`${JWT}\n`), Buffer.alloc(200_000, 0), Buffer.from('\nFATA after\n')])),
    write('bad-utf8.log', Buffer.concat(Object.values(INVALID_UTF8).map((b) => Buffer.concat([Buffer.from('ERRO '), Buffer.from(b), Buffer.from('\n')])))),
    write('escapes.log', ESCAPES.map((e) => `FA${e}TA deploy ${e}timed out\n`).join('')),
    write('cr-only.log', 'FATA one\rFATA two\r'),
    write('junit-bomb.xml', billion),
    write('deep.xml', `<testsuites>${'<testsuite>'.repeat(100_000)}`),
    write('truncated.log.gz', gzipSync(logWithFindingFirst(5000)).subarray(0, 20_000)),
    write('binary.bin', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(9000, 0)])),
    write('empty.log', ''),
  ];
  const run = runCli(['--format', 'json', ...files]);
  assert.ok([0, 1, 2].includes(run.status), `status ${run.status}: ${run.stderr}`);
  assert.not.match(run.stderr, /unexpected error/);
  const result = JSON.parse(run.stdout) as AnalysisResult;
  assert.is(result.inputs.length, files.length);
  const by = new Map(result.inputs.map((i) => [path.basename(i.path), i]));
  assert.match(by.get('junit-bomb.xml')!.errors[0].message, /^DOCTYPE declaration ignored/);
  assert.match(by.get('deep.xml')!.errors[0].message, /^elements nest deeper than 64 levels/);
  assert.match(by.get('truncated.log.gz')!.errors[0].message, /^read failed after line \d+: unexpected end of file/);
  assert.match(by.get('binary.bin')!.errors[0].message, /^binary content/);
  assert.ok(result.findings.some((f) => f.rule === JWT_RULE && f.evidence.some((e) => e.path.endsWith('truncated.log.gz'))));

  const piped: Array<[string[], Buffer]> = [
    [['--format', 'json', '-'], Buffer.concat([Buffer.alloc(100_000, 0), Buffer.from('\n')])],
    [['parse', '-'], Buffer.from([0xff, 0xfe, 0x0a, 0xc0, 0x80])],
    [['--format', 'json', '-'], gzipSync(`${JWT}\n`).subarray(0, 30)],
    [['parse', '-'], Buffer.from('\x1b]0;title\x07\x1b[31mFATA\x1b[0m\r\r\r')],
  ];
  for (const [args, input] of piped) {
    const run = runCli(args, { input });
    assert.ok([0, 1, 2].includes(run.status), `status ${run.status}: ${run.stderr}`);
    assert.not.match(run.stderr, /unexpected error/);
  }
});

test.run();
