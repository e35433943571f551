import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { MAX_LINE_BYTES } from '../../src/inputs/line-scanner.js';
import { ROOT, runCli, tempDir } from '../helpers.js';

const test = suite('inputs: files');

interface Input {
  path: string;
  run: string;
  format: string;
  events: number;
  errors: Array<{ message: string; line?: number; offset?: number }>;
}
interface Event {
  path: string;
  line: number;
  format: string;
  text: string;
  message: string;
  level?: string;
  fields: Record<string, unknown>;
}

function scanJson(args: string[], input?: string | Buffer): { status: number; inputs: Input[] } {
  const run = runCli(['--format', 'json', '--fail-on', 'none', ...args], { input });
  return { status: run.status, inputs: (JSON.parse(run.stdout) as { inputs: Input[] }).inputs };
}

function parseEvents(args: string[], input?: string | Buffer): { status: number; events: Event[]; stderr: string } {
  const run = runCli(['parse', ...args], { input });
  return { status: run.status, stderr: run.stderr, events: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Event) };
}

const FATAL = 'FATA deploy timed out';
const PG = '2026-06-18 00:03:12.118 UTC [212] ERROR:  relation "ci_marker" does not exist at character 15';

// ── inputs that must read cleanly ───────────────────────────────────────────────────────────────

test('CRLF, no final newline, UTF-8 BOM, empty file, gzip by magic bytes: no errors, exact lines', () => {
  const dir = tempDir();
  const files: Record<string, string | Buffer> = {
    'crlf.log': `${FATAL}\r\n${PG}\r\nlast\r\n`,
    'no-final-newline.log': `${FATAL}\n${PG}\nlast`,
    'bom.log': `\ufeff${FATAL}\r\n${PG}\r\nlast`,
    'empty.log': '',
    'compressed.log.gz': gzipSync(`${FATAL}\r\n${PG}\nlast`),
    // Recognised by its magic bytes, not by its name.
    'compressed-without-suffix': gzipSync(`\ufeff${FATAL}\n${PG}\nlast\n`),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const names = Object.keys(files).map((n) => path.join(dir, n));

  const scan = scanJson(names);
  assert.is(scan.status, 0);
  const clean = Object.keys(files).sort().map((n) => [n, []]);
  assert.equal(scan.inputs.map((i) => [path.basename(i.path), i.errors]), clean);

  const parsed = parseEvents(names);
  assert.is(parsed.status, 0, parsed.stderr);
  assert.is(parsed.stderr, '');
  for (const name of Object.keys(files)) {
    const events = parsed.events.filter((e) => e.path === path.join(dir, name));
    const expected = name === 'empty.log' ? [] : [[1, FATAL, 'abra'], [2, PG, 'postgres'], [3, 'last', 'text']];
    assert.equal(events.map((e) => [e.line, e.text, e.format]), expected, name);
  }
});

test('stdin: CRLF, BOM and gzip read the same way as files', () => {
  for (const input of [`\ufeff${FATAL}\r\n${PG}\r\nlast`, gzipSync(`${FATAL}\r\n${PG}\r\nlast\r\n`)]) {
    const parsed = parseEvents(['-'], input);
    assert.is(parsed.status, 0, parsed.stderr);
    assert.equal(parsed.events.map((e) => [e.path, e.line, e.text, e.format]), [['-', 1, FATAL, 'abra'], ['-', 2, PG, 'postgres'], ['-', 3, 'last', 'text']]);
  }
});

test('a gzip junit file is read as junit', () => {
  const dir = tempDir();
  const file = path.join(dir, 'restore__cc-ci__test_restore.xml.gz');
  writeFileSync(file, gzipSync('<testsuite name="pytest"><testcase classname="tests.mattermost-lts.test_restore" name="test_restore_returns_state"><failure message="boom"/></testcase></testsuite>'));
  const scan = scanJson([file]);
  assert.equal(scan.inputs.map((i) => [i.format, i.events, i.errors]), [['junit', 1, []]]);
});

// ── per-input errors; the rest of the scan goes on ──────────────────────────────────────────────

test('every broken input gets its own error with path and place; every other input is still read', () => {
  const dir = tempDir();
  const write = (name: string, content: string | Buffer) => {
    writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };
  const truncatedXml = '<?xml version="1.0"?>\n<testsuite name="pytest">\n<testcase classname="tests.discourse.test_upgrade" name="test_sidekiq_service_dropped_by_head"/>\n<testcase classname="tests.discourse.test_upgrade" name="test_head_runs_official_image_not_bitnamilegacy"><failure message="AssertionError: expected discourse/discourse:3.5.3';
  const truncated = write('upgrade__cc-ci__test_upgrade.xml', truncatedXml);
  const binary = write('core.bin', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(4096, 0), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])]));
  const badUtf8 = write('latin1.log', Buffer.concat([Buffer.from(`${FATAL}\nCaf`), Buffer.from([0xe9]), Buffer.from(' au lait\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\nend\n')]));
  const nul = write('nul.log', `${FATAL}\nbefore\u0000after\nmore\u0000\nend\n`);
  const good = write('app.log', `${PG}\n`);
  const missing = path.join(dir, 'missing.log');

  const scan = scanJson([truncated, binary, badUtf8, nul, missing, good]);
  assert.is(scan.status, 2, 'inputs that could not be read at all make the status 2; the result is still printed');
  const by = new Map(scan.inputs.map((i) => [path.basename(i.path), i]));
  assert.equal(by.get('upgrade__cc-ci__test_upgrade.xml'), {
    path: truncated, run: 'files', format: 'junit', events: 1,
    errors: [{ message: 'file ends inside a tag opened at line 4 (truncated?)', line: 4, offset: truncatedXml.length }],
  });
  assert.equal(by.get('core.bin'), {
    path: binary, run: 'files', format: 'binary', events: 0,
    errors: [{ message: 'binary content (NUL and control bytes in its first 8 KiB): not scanned; use --input-format to force a format', line: 1 }],
  });
  assert.equal(by.get('latin1.log')?.errors, [{ message: 'invalid UTF-8: decoded with U+FFFD replacement characters (reported once per input)', line: 2, offset: FATAL.length + 1 }]);
  assert.equal(by.get('nul.log')?.errors, [{ message: 'NUL bytes: kept as characters (reported once per input)', line: 2, offset: FATAL.length + 1 + 'before'.length }]);
  // A path that could not be read belongs to no run: null, never a run missing from runs[].
  assert.equal(by.get('missing.log'), { path: missing, run: null, format: 'unreadable', events: 0, errors: [{ message: 'cannot read: no such file or directory' }] });
  assert.equal(by.get('app.log'), { path: good, run: 'files', format: 'postgres', events: 1, errors: [] });

  // The same through `parse`: the lines are read on (decoded with U+FFFD), errors go to stderr with path:line.
  const parsed = parseEvents([badUtf8, nul, missing, good]);
  assert.is(parsed.status, 2, 'an input that could not be read at all');
  assert.equal(parsed.events.filter((e) => e.path === badUtf8).map((e) => [e.line, e.text]), [[1, FATAL], [2, 'Caf\ufffd au lait'], [3, '\ufffd\ufffd'], [4, 'end']]);
  assert.equal(parsed.events.filter((e) => e.path === nul).map((e) => [e.line, e.text]), [[1, FATAL], [2, 'before\u0000after'], [3, 'more\u0000'], [4, 'end']]);
  assert.equal(parsed.events.filter((e) => e.path === good).map((e) => e.line), [1]);
  assert.equal(parsed.stderr.trim().split('\n').sort(), [
    `redfix-forensics: ${badUtf8}:2: invalid UTF-8: decoded with U+FFFD replacement characters (reported once per input)`,
    `redfix-forensics: ${missing}: cannot read: no such file or directory`,
    `redfix-forensics: ${nul}:2: NUL bytes: kept as characters (reported once per input)`,
  ].sort());
});

test('a canonical.json forced on JSON that is not an object: a clear error at line 1', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'canonical.json'), '["warm-gitea", "3.6.0"]\n');
  const scan = scanJson(['--input-format', 'canonical-json', path.join(dir, 'canonical.json')]);
  assert.equal(scan.inputs.map((i) => [i.format, i.events, i.errors]), [['canonical-json', 0, [{ message: 'not a canonical record: the JSON is an array, not an object', line: 1 }]]]);
});

test('a line over 1 MiB: cut to 1 MiB with a warning naming the line; line numbers after it stay exact', () => {
  const dir = tempDir();
  const file = path.join(dir, 'long.log');
  const long = `${'x'.repeat(MAX_LINE_BYTES + 12345)} FATA at the far end`;
  writeFileSync(file, `${FATAL}\n${long}\r\n${PG}\nlast`);
  const parsed = parseEvents([file]);
  assert.is(parsed.status, 0, parsed.stderr);
  const lengths = [[1, FATAL.length], [2, MAX_LINE_BYTES], [3, PG.length], [4, 4]];
  assert.equal(parsed.events.map((e) => [e.line, e.text.length]), lengths);
  assert.is(parsed.events[2].format, 'postgres');
  assert.is(parsed.stderr, `redfix-forensics: ${file}:2: line longer than 1048576 bytes: only its first 1048576 bytes are matched\n`);
  const scan = scanJson([file]);
  assert.equal(scan.inputs[0].errors, [{ message: 'line longer than 1048576 bytes: only its first 1048576 bytes are matched', line: 2, offset: FATAL.length + 1 }]);
});

/**
 * Runs the CLI as an unprivileged user: root reads a mode-000 file, so as root the run drops to
 * nobody with setpriv. Undefined when that is not possible (then the test says why it skips).
 */
function runUnprivileged(args: string[]): { status: number; stdout: string; stderr: string } | undefined {
  if (process.getuid?.() !== 0) return runCli(args);
  const bin = path.join(ROOT, 'bin', 'redfix-forensics.js');
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, '--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

test('unreadable file (permission denied), named or found in a directory: reported the same way, the rest read', () => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const locked = path.join(dir, 'locked.log');
  const open = path.join(dir, 'open.log');
  writeFileSync(locked, `${FATAL}\n`);
  writeFileSync(open, `${FATAL}\n`);
  chmodSync(locked, 0o000);
  chmodSync(open, 0o644);
  for (const args of [[locked, open], [dir]]) {
    const run = runUnprivileged(['--format', 'json', '--fail-on', 'none', ...args]);
    if (!run) {
      console.log('  skipped: permission-denied input — tests run as root and setpriv cannot drop to an unprivileged user');
      return;
    }
    assert.is(run.status, 2, run.stderr);
    const by = new Map((JSON.parse(run.stdout) as { inputs: Input[] }).inputs.map((i) => [path.basename(i.path), i]));
    // Before the fix a named file gave format "unknown" and Node's raw "EACCES: …, open '…'".
    assert.equal([by.get('locked.log')?.format, by.get('locked.log')?.errors], ['unreadable', [{ message: 'cannot read: permission denied' }]], args.join(' '));
    assert.equal([by.get('open.log')?.events, by.get('open.log')?.errors], [1, []], args.join(' '));
  }
});

test('in a directory: a dangling symlink, a symlink loop and a FIFO are per-input problems; the files are read', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'services'));
  writeFileSync(path.join(dir, 'services', 'app.log'), `${PG}\n`);
  writeFileSync(path.join(dir, 'run.log'), `${FATAL}\n`);
  symlinkSync(path.join(dir, 'nowhere.log'), path.join(dir, 'dangling.log'));
  symlinkSync(dir, path.join(dir, 'services', 'loop'));
  const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.log')]).status === 0;
  const scan = scanJson([dir]);
  const rel = (p: string) => path.relative(dir, p);
  const by = new Map(scan.inputs.map((i) => [rel(i.path), i]));
  assert.equal(by.get('dangling.log')?.errors, [{ message: 'cannot read: no such file or directory' }]);
  assert.equal(by.get('services/loop')?.errors, [{ message: 'symbolic link loop: this directory was already walked; not read again' }]);
  if (fifo) assert.equal(by.get('pipe.log')?.errors, [{ message: 'not a regular file (device, socket or FIFO): not read' }]);
  else console.log('  skipped: FIFO input — mkfifo is not available');
  assert.equal([by.get('run.log')?.events, by.get('run.log')?.errors, by.get('services/app.log')?.events, by.get('services/app.log')?.errors], [1, [], 1, []]);
});

test.run();
