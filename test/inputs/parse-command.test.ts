import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const test = suite('parse command');

// A run log as the sweep writes it: harness statements, abra and pytest output (journal wording).
const RUN_LOG = [
  '2026-06-18T00:03:00Z [cc-ci] RECIPE=mattermost-lts VERSION=2.1.9+10.11.15 MODE=cold QUICK= REF=',
  '2026-06-18T00:03:01Z [tier] restore: start',
  'Restoring Snapshot b0495d36 at /',
  '',
  '\x1b[31mFAILED\x1b[0m tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
  '2026-06-18T00:04:37Z [tier] restore: FAIL (1 failed, 0 passed in 96.41s)',
].join('\n');

interface Event {
  path: string;
  line: number;
  format: string;
  kind?: string;
  text: string;
  message: string;
  level?: string;
  recipe?: string;
  tier?: string;
  run?: string;
  fields: Record<string, unknown>;
  hits?: unknown;
}

const ndjson = (stdout: string): Event[] => {
  assert.ok(stdout.endsWith('\n') || stdout === '', 'NDJSON ends with a newline');
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Event);
};

/** An event without what tells a file from stdin: its path, and the run and recipe named by the path. */
function withoutSource(event: Event): Partial<Event> {
  const rest: Partial<Event> = { ...event };
  delete rest.path;
  delete rest.run;
  delete rest.recipe;
  return rest;
}

test('on a file: one JSON object per line read, in order, with path, line, format and fields', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'mattermost-lts'));
  const file = path.join(dir, 'mattermost-lts', 'run.log');
  writeFileSync(file, `${RUN_LOG}\n`);
  const run = runCli(['parse', file]);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stderr, '');
  const events = ndjson(run.stdout);
  assert.equal(events.map((e) => [e.path, e.line, e.format, e.kind ?? null]), [
    [file, 1, 'harness', 'recipe'],
    [file, 2, 'harness', 'tier-start'],
    [file, 3, 'text', null],
    [file, 4, 'text', null],
    [file, 5, 'pytest', 'test-result'],
    [file, 6, 'harness', 'tier-end'],
  ]);
  // Every event carries the run context, the line as read (ANSI kept) and the parsed fields; no internal hit list.
  assert.ok(events.every((e) => e.recipe === 'mattermost-lts' && e.run === file && e.hits === undefined));
  assert.equal(events.map((e) => e.tier ?? null), ['restore', 'restore', 'restore', 'restore', 'restore', 'restore'].map((t, i) => (i === 0 ? null : t)));
  assert.equal(events[4], {
    path: file, line: 5, format: 'pytest', kind: 'test-result', level: 'error', message: 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
    fields: { style: 'summary', nodeid: 'tests/mattermost-lts/test_restore.py::test_restore_returns_state', outcome: 'failed' },
    text: '\x1b[31mFAILED\x1b[0m tests/mattermost-lts/test_restore.py::test_restore_returns_state - psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
    run: file, recipe: 'mattermost-lts', tier: 'restore', test: 'test_restore.py::test_restore_returns_state', failure: { kind: 'test-failed', detail: 'test failed' },
  });
  assert.equal(events[0].fields, { component: 'cc-ci', recipe: 'mattermost-lts', RECIPE: 'mattermost-lts', VERSION: '2.1.9+10.11.15', MODE: 'cold', QUICK: '', REF: '' });
  assert.equal([events[3].text, events[3].message], ['', '']);
});

test('on stdin (`-`, and by default): the same events, path `-`', () => {
  const fromFile = (() => {
    const dir = tempDir();
    const file = path.join(dir, 'run.log');
    writeFileSync(file, RUN_LOG);
    return ndjson(runCli(['parse', file]).stdout).map(withoutSource);
  })();
  for (const args of [['parse', '-'], ['parse']]) {
    const run = runCli(args, { input: RUN_LOG });
    assert.is(run.status, 0, run.stderr);
    const events = ndjson(run.stdout);
    assert.is(events.length, 6);
    assert.ok(events.every((e) => e.path === '-' && e.run === '-'));
    assert.equal(events.map(withoutSource), fromFile, args.join(' '));
  }
});

test('an empty input prints nothing and succeeds; several inputs are printed one after the other', () => {
  const empty = runCli(['parse', '-'], { input: '' });
  assert.equal([empty.status, empty.stdout, empty.stderr], [0, '', '']);
  const dir = tempDir();
  writeFileSync(path.join(dir, 'a.log'), 'FATA deploy timed out\n');
  writeFileSync(path.join(dir, 'b.log'), '<W>2023-05-01 04:52:24.928 1 => <98:(-1)> New connection: 109.105.249.191:55050\n');
  const both = ndjson(runCli(['parse', dir]).stdout);
  assert.equal(both.map((e) => [path.basename(e.path), e.line, e.format]), [['a.log', 1, 'abra'], ['b.log', 1, 'mumble']]);
});

test('output stays one line per event whatever the input holds (newlines, quotes, control bytes, non-BMP)', () => {
  const nasty = 'FATA "quoted" \\ back\tslash \u0007bell \u2028sep 😀 \u001b]0;title\u0007';
  const run = runCli(['parse', '-'], { input: `${nasty}\n` });
  assert.is(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n').filter(Boolean);
  assert.is(lines.length, 1);
  const event = JSON.parse(lines[0]) as Event;
  assert.is(event.text, nasty);
  assert.is(event.format, 'abra');
});

test('a junit input: one event per test case with its line', () => {
  const xml = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n<testsuite name="pytest">\n<testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_handshake_completes_with_channel_presence" time="61.2">\n<failure message="TimeoutError: handshake did not complete">trace</failure>\n</testcase>\n</testsuite>\n</testsuites>\n';
  const run = runCli(['parse', '-'], { input: xml });
  const events = ndjson(run.stdout);
  assert.equal(events.map((e) => [e.path, e.line, e.format, e.kind, e.fields.outcome]), [['-', 5, 'junit', 'test-case', 'failed']]);
});

test('exit status 2 and a one-line message per problem when an input cannot be read', () => {
  const run = runCli(['parse', '/nonexistent/redfix/run.log']);
  assert.is(run.status, 2);
  assert.is(run.stdout, '');
  assert.is(run.stderr, 'redfix-forensics: /nonexistent/redfix/run.log: cannot read: no such file or directory\n');
});

test('a notice is printed once, after the input problems (it used to come twice)', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'app.log'), 'hello\n');
  const run = runCli(['parse', 'app.log', 'app.log', 'missing.log'], { cwd: dir });
  assert.is(run.status, 2);
  assert.equal(run.stderr.split('\n').filter(Boolean), [
    'redfix-forensics: missing.log: cannot read: no such file or directory',
    'redfix-forensics: note: app.log: the same file as app.log: read once',
  ]);
});

test.run();
