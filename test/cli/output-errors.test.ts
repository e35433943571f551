/**
 * The exit code survives what happens to stdout: a reader that leaves early (`| head`) and a
 * full disk. Spawned through a shell, because the pipe and /dev/full are the point.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { GITEA_LINE, HARMLESS_LOG, tree } from './fixtures.js';

const BIN = path.join(ROOT, 'bin', 'redfix-forensics.js');

// Enough runs with a finding each that the JSON report is far larger than a pipe's buffer (64 KiB).
const files: Record<string, string> = { 'harmless/a.log': HARMLESS_LOG };
for (let i = 0; i < 200; i++) files[`runs/run-${String(i).padStart(3, '0')}/gitea.log`] = `${GITEA_LINE}\n`;
const root = tree(files);

/** `command` in bash with the binary as $BIN; prints the binary's exit status last on stdout. */
function shell(command: string): { out: string; err: string; binStatus: number } {
  const result = spawnSync('bash', ['-c', `${command}; echo "status=\${PIPESTATUS[0]}"`], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BIN, NODE: process.execPath }, maxBuffer: 64 * 1024 * 1024,
  });
  const match = /status=(\d+)\s*$/.exec(result.stdout);
  assert.ok(match, `no status in ${JSON.stringify(result.stdout.slice(-200))} (stderr ${result.stderr})`);
  return { out: result.stdout.slice(0, match.index), err: result.stderr, binStatus: Number(match[1]) };
}

test('a reader that leaves early (| head) does not turn findings into exit 0', () => {
  const { out, err, binStatus } = shell('"$NODE" "$BIN" -f json --runs runs | head -c 10');
  assert.is(out, '{\n  "versi');
  assert.is(binStatus, 1, `exit ${binStatus}, stderr: ${err}`);
  assert.is(err, '', 'a closed pipe is not an error to print');
});

test('| head with nothing found still exits 0, and the table format too', () => {
  assert.is(shell('"$NODE" "$BIN" harmless | head -c 1 >/dev/null').binStatus, 0);
  assert.is(shell('"$NODE" "$BIN" --runs runs | head -n 1 >/dev/null').binStatus, 1);
});

if (existsSync('/dev/full')) {
  test('a full stdout (> /dev/full): one clear line, exit 2, no stack trace', () => {
    const { err, binStatus } = shell('"$NODE" "$BIN" -f json --runs runs > /dev/full');
    assert.is(binStatus, 2);
    assert.match(err, /^redfix-forensics: cannot write the report to stdout: no space left on device \(ENOSPC\)/);
    assert.is(err.trim().split('\n').length, 1, err);
    assert.not.match(err, '    at ');
  });

  test('a full stdout for help text too: exit 2 with one line, not 0', () => {
    const { err, binStatus } = shell('"$NODE" "$BIN" --help > /dev/full');
    assert.is(binStatus, 2);
    assert.is(err, 'redfix-forensics: cannot write to stdout: ENOSPC\n');
  });

  test('parse to a full stdout: exit 2, one line', () => {
    const { err, binStatus } = shell('"$NODE" "$BIN" parse runs > /dev/full');
    assert.is(binStatus, 2);
    assert.is(err.trim().split('\n').length, 1, err);
    assert.match(err, 'ENOSPC');
  });
}

test.run();
