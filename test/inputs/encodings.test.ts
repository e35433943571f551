/**
 * UTF-16 logs (Windows, with or without a BOM) are decoded, not called binary; zstd, xz, bzip2,
 * lz4 and zip files are named as such, with what to do.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gzipSync } from 'node:zlib';
import { FAILING_JUNIT, FAILING_JUNIT_NAME, GITEA_INFO_LINE, GITEA_LINE, runInProcess, tree } from '../cli/fixtures.js';
import { reportOf } from '../helpers.js';
import { utf16Of } from '../../src/inputs/sources.js';

const LOG = `${GITEA_INFO_LINE} é € 😀\n`.repeat(4) + `${GITEA_LINE}\n`;

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return le.swap16();
}

// Over a megabyte, so that chunks break inside characters and surrogate pairs.
const BIG = `${GITEA_INFO_LINE} é € 😀 ${'x'.repeat(301)}\n`.repeat(6000) + `${GITEA_LINE}\n`;

const root = tree({
  'le.log': Buffer.from(LOG, 'utf16le'),
  'le-bom.log': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOG, 'utf16le')]),
  'be.log': utf16be(LOG),
  'be-bom.log': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LOG)]),
  'le.log.gz': gzipSync(Buffer.from(LOG, 'utf16le')),
  'big-le.log': Buffer.from(BIG, 'utf16le'),
  [`run/junit/${FAILING_JUNIT_NAME}`]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FAILING_JUNIT.replace('utf-8', 'utf-16'), 'utf16le')]),
  'x.log.zst': Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(64, 7)]),
  'x.log.xz': Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(64, 7)]),
  'x.log.bz2': Buffer.concat([Buffer.from('BZh9'), Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]), Buffer.alloc(64, 7)]),
});

test('UTF-16 LE and BE, with and without a BOM, gzipped too: decoded, every line read, the finding at its line', async () => {
  const names = ['le.log', 'le-bom.log', 'be.log', 'be-bom.log', 'le.log.gz'];
  const result = reportOf(await runInProcess(['-f', 'json', ...names], { cwd: root }));
  for (const name of names) {
    const input = result.inputs.find((i) => i.path === name);
    assert.equal([input?.format, input?.events, input?.errors], ['docker-service', 5, []], name);
  }
  const evidence = result.findings.flatMap((f) => f.evidence);
  for (const name of names) {
    const lines = evidence.filter((e) => e.path === name).map((e) => e.line);
    assert.equal(lines, [5], name);
  }
});

test('a UTF-16 log over a megabyte: characters split across chunks decode whole', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', 'big-le.log'], { cwd: root }));
  assert.equal([result.inputs[0].events, result.inputs[0].errors], [6001, []]);
  const parsed = await runInProcess(['parse', 'big-le.log'], { cwd: root });
  assert.not.match(parsed.stdout, '\ufffd');
  assert.is(parsed.stdout.split('\n').filter(Boolean).length, 6001);
});

test('a UTF-16 junit file (BOM) is read as junit', async () => {
  const result = reportOf(await runInProcess(['-f', 'json', 'run'], { cwd: root }));
  assert.equal(result.inputs.map((i) => [i.format, i.events, i.errors]), [['junit', 2, []]]);
});

test('zstd, xz and bzip2 files: named, with what to do, exit 2', async () => {
  const run = await runInProcess(['-f', 'json', 'x.log.zst', 'x.log.xz', 'x.log.bz2'], { cwd: root });
  assert.is(run.status, 2);
  const by = new Map(reportOf(run).inputs.map((i) => [i.path, i.errors[0]?.message]));
  assert.is(by.get('x.log.zst'), 'cannot read: compressed with zstd: decompress it first (zstd -d, or name <(zstd -d -c file) instead)');
  assert.is(by.get('x.log.xz'), 'cannot read: compressed with xz: decompress it first (xz -d, or name <(xz -d -c file) instead)');
  assert.is(by.get('x.log.bz2'), 'cannot read: compressed with bzip2: decompress it first (bzip2 -d, or name <(bzip2 -d -c file) instead)');
});

test('utf16Of: BOMs, the NUL pattern, and what is not UTF-16 (binary, NUL runs, UTF-32)', () => {
  assert.is(utf16Of(Buffer.from('hello world, plain ascii text', 'utf16le')), 'utf-16le');
  assert.is(utf16Of(utf16be('hello world, plain ascii text')), 'utf-16be');
  assert.is(utf16Of(Buffer.from([0xff, 0xfe, 0x41, 0x00])), 'utf-16le');
  assert.is(utf16Of(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0])), undefined, 'UTF-32LE BOM');
  assert.is(utf16Of(Buffer.from('plain ascii text that is utf-8')), undefined);
  assert.is(utf16Of(Buffer.concat([Buffer.from('log line\n'), Buffer.alloc(4096, 0)])), undefined, 'a NUL run');
  assert.is(utf16Of(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(9000, 0)])), undefined, 'an ELF header');
});

test.run();
