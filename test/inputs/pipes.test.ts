/**
 * Pipes named on the command line are read as streams: process substitution, a named pipe,
 * /dev/stdin. A device is still refused, and so is a pipe inside a scanned directory (nobody may
 * be writing to it).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ROOT, reportOf, runCli, type CliRun } from '../helpers.js';
import { FAILING_JUNIT, GITEA_LINE, tree } from '../cli/fixtures.js';

const root = tree({ 'g.log.gz': gzipSync(`${GITEA_LINE}\n`.repeat(3)), 'g.log': `${GITEA_LINE}\n`, 'custom__cc-ci__test_x.xml': FAILING_JUNIT });

function bash(command: string): CliRun {
  const run = spawnSync('bash', ['-c', command], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, BIN: path.join(ROOT, 'bin', 'redfix-forensics.js'), NO_COLOR: '1' },
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

test('process substitution: redfix-forensics <(zcat x.gz) reads the stream', () => {
  const run = bash('"$NODE" "$BIN" -f json <(zcat g.log.gz)');
  assert.is(run.status, 1, run.stderr);
  const result = reportOf(run);
  assert.equal(result.inputs.map((i) => [i.format, i.events, i.errors]), [['docker-service', 3, []]]);
  assert.match(result.inputs[0].path, /^\/dev\/fd\/\d+$/);
  assert.equal(result.findings.map((f) => f.rule), ['gitea-appini-readonly-jwt']);
});

test('two process substitutions at once (a gzip and a junit), beside a file', () => {
  const run = bash('"$NODE" "$BIN" -f json <(cat g.log.gz) <(cat custom__cc-ci__test_x.xml) g.log');
  const formats = reportOf(run).inputs.map((i) => [i.format, i.events]).sort();
  assert.equal(formats, [['docker-service', 1], ['docker-service', 3], ['junit', 2]]);
});

test('a named pipe with a writer, and /dev/stdin through a pipe', () => {
  const fifo = bash('mkfifo live.pipe && (cat g.log > live.pipe &) && "$NODE" "$BIN" -f json live.pipe');
  if (fifo.stderr.includes('mkfifo')) { console.log('  skipped: named pipe — mkfifo is not available'); return; }
  assert.equal(reportOf(fifo).inputs.map((i) => [i.path, i.events, i.errors]), [['live.pipe', 1, []]]);
  const stdin = bash('cat g.log | "$NODE" "$BIN" -f json /dev/stdin');
  assert.equal(reportOf(stdin).inputs.map((i) => [i.path, i.events]), [['/dev/stdin', 1]]);
});

test('/dev/stdin works whatever stdin is (a socket from spawn, where opening /dev/stdin fails)', () => {
  const run = runCli(['-f', 'json', '/dev/stdin'], { input: `${GITEA_LINE}\n`, cwd: root });
  assert.is(run.status, 1, run.stderr);
  assert.equal(reportOf(run).inputs.map((i) => [i.path, i.events]), [['/dev/stdin', 1]]);
});

test('a device is still refused, naming it', () => {
  const run = runCli(['-f', 'json', '/dev/null', 'g.log'], { cwd: root });
  assert.is(run.status, 2);
  const input = reportOf(run).inputs.find((i) => i.path === '/dev/null');
  assert.equal(input?.errors, [{ message: 'not a regular file or a pipe (a device or a socket): not read' }]);
});

test.run();
