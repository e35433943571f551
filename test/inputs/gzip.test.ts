/**
 * gzip inputs as `gzip -d` reads them: several members, trailing zeros, trailing garbage (kept
 * what decompressed, and said), a member cut short.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { FAILING_JUNIT, FAILING_JUNIT_NAME, GITEA_INFO_LINE, GITEA_LINE, runInProcess, tree } from '../cli/fixtures.js';
import { reportOf } from '../helpers.js';
import type { AnalysisResult, InputSummary } from '../../src/result.js';
import { gunzipMembers } from '../../src/inputs/sources.js';

const LOG = `${GITEA_INFO_LINE}\n`.repeat(9) + `${GITEA_LINE}\n`;
const GARBAGE = Buffer.from('this is not gzip, left by a broken upload');
const withGarbage = Buffer.concat([gzipSync(LOG), GARBAGE]);

const root = tree({
  'garbage.log.gz': withGarbage,
  'members.log.gz': Buffer.concat([gzipSync(LOG), gzipSync(LOG)]),
  'padded.log.gz': Buffer.concat([gzipSync(LOG), Buffer.alloc(4096)]),
  'fake-member.log.gz': Buffer.concat([gzipSync(LOG), Buffer.from([0x1f, 0x8b, 0x63, 0, 1, 2])]),
  [`run/junit/${FAILING_JUNIT_NAME}.gz`]: Buffer.concat([gzipSync(FAILING_JUNIT), GARBAGE]),
});

const inputOf = (result: AnalysisResult, path: string): InputSummary => result.inputs.find((i) => i.path === path)!;

/** The buffer in slices of `size` bytes, read as a stream: the shape of source gunzipMembers is given. */
function* slices(buffer: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

test('.gz with trailing garbage: every line that decompressed is read, the trailing bytes are counted and said', async () => {
  const run = await runInProcess(['-f', 'json', 'garbage.log.gz'], { cwd: root });
  const result = reportOf(run);
  assert.is(run.status, 1, 'the finding decides the exit code, not the garbage');
  const input = inputOf(result, 'garbage.log.gz');
  assert.is(input.format, 'docker-service');
  assert.is(input.events, 10);
  assert.equal(input.errors.map((e) => e.message), [`${GARBAGE.length} bytes after the gzip data (from byte ${withGarbage.length - GARBAGE.length} of the compressed file) are not gzip: ignored, as gzip -d does; everything before them was read`]);
  assert.equal(result.findings.map((f) => f.rule), ['gitea-appini-readonly-jwt']);
});

test('.gz with trailing garbage on stdin: the same', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', '-'], { input: withGarbage }));
  assert.is(inputOf(result, '-').events, 10);
  assert.match(inputOf(result, '-').errors[0].message, 'are not gzip');
});

test('several gzip members are read one after the other; trailing zeros are padding, not an error', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', 'members.log.gz', 'padded.log.gz', 'fake-member.log.gz'], { cwd: root }));
  assert.is(inputOf(result, 'members.log.gz').events, 20);
  assert.equal(inputOf(result, 'members.log.gz').errors, []);
  assert.is(inputOf(result, 'padded.log.gz').events, 10);
  assert.equal(inputOf(result, 'padded.log.gz').errors, []);
  // Magic bytes but no deflate method: not a member, so trailing garbage.
  assert.is(inputOf(result, 'fake-member.log.gz').events, 10);
  assert.match(inputOf(result, 'fake-member.log.gz').errors[0].message, /^6 bytes after the gzip data/);
});

test('junit.xml.gz with trailing garbage: its cases are read and the garbage is said', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', 'run'], { cwd: root }));
  const input = inputOf(result, `run/junit/${FAILING_JUNIT_NAME}.gz`);
  assert.is(input.events, 2);
  assert.match(input.errors[0].message, 'are not gzip');
});

test('gunzipMembers: a large member across many slices and source chunks, then garbage; a cut member still throws after its output', async () => {
  const big = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}\n`).join(''));
  const compressed = Buffer.concat([gzipSync(big), gzipSync('second\n'), Buffer.from('junk')]);
  for (const size of [1, 7, 4096, 1 << 20]) {
    if (size === 1 && compressed.length > 100_000) continue;
    const out: Buffer[] = [];
    const trailing: Array<[number, number]> = [];
    const onTrailing = (offset: number, length: number) => trailing.push([offset, length]);
    for await (const piece of gunzipMembers(Readable.from(slices(compressed, size)), onTrailing)) out.push(piece);
    assert.ok(Buffer.concat(out).equals(Buffer.concat([big, Buffer.from('second\n')])), `chunks of ${size}`);
    assert.equal(trailing, [[compressed.length - 4, 4]]);
  }
  const cut = gzipSync(big).subarray(0, 50_000);
  const out: Buffer[] = [];
  let failure: Error | undefined;
  try {
    for await (const piece of gunzipMembers(Readable.from([cut]), () => {})) out.push(piece);
  } catch (error) {
    failure = error as Error;
  }
  assert.match(failure?.message ?? 'no error', /unexpected end of file/);
  const kept = Buffer.concat(out);
  assert.ok(kept.length > 0 && big.subarray(0, kept.length).equals(kept), 'what decompressed before the cut is kept');
});

test('a gzip bomb (300 MB of lines from a few hundred KB) stops past 256 MiB at over 100:1, with a warning; --max-decompressed sets the size', async () => {
  const block = gzipSync(Buffer.from('quiet line\n'.repeat(1000)));
  // 16-byte lines: the cap falls on a line end, so the count below is exact.
  const member = gzipSync(Buffer.alloc(1024 * 1024, 'quiet line here\n'));
  const dir = tree({
    'bomb.log.gz': Buffer.concat(Array.from({ length: 300 }, () => member)),
    'fine.log.gz': Buffer.concat(Array.from({ length: 3 }, () => block)),
  });
  const capped = reportOf(await runInProcess(['-f', 'json', 'bomb.log.gz', 'fine.log.gz'], { cwd: dir }));
  const bomb = inputOf(capped, 'bomb.log.gz');
  assert.equal(bomb.errors.map((e) => e.message.replace(/\d+:1 to the \d+/, 'R:1 to the C')), [`decompression stopped after ${256 * 1024 * 1024} bytes (R:1 to the C compressed bytes read, over the 100:1 cap (a gzip bomb?)): the rest of the input is not read; --max-decompressed <size> reads up to <size>`]);
  assert.is(bomb.events, (256 * 1024 * 1024) / 16);
  assert.equal(inputOf(capped, 'fine.log.gz').errors, []);
  const sized = reportOf(await runInProcess(['-f', 'json', '--max-decompressed', '10M', 'bomb.log.gz'], { cwd: dir }));
  assert.equal(inputOf(sized, 'bomb.log.gz').errors.map((e) => e.message), [`decompression stopped after ${10 * 1024 * 1024} bytes (--max-decompressed ${10 * 1024 * 1024}): the rest of the input is not read; --max-decompressed <size> reads up to <size>`]);
  const bad = await runInProcess(['--max-decompressed', 'lots', 'bomb.log.gz'], { cwd: dir });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, '"lots" is not a size');
});

test.run();
