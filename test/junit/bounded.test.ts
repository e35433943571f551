/**
 * A junit file's bodies are bounded before parsing: head and tail kept around a marker, an input
 * warning, exact line numbers after the cut, and no single input can take the process (and the
 * report of every other input) down. Big inputs are written at test time.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { reportOf, runCli } from '../helpers.js';
import { GITEA_LINE, runInProcess, tree } from '../cli/fixtures.js';
import { compactJunit, originalOffset } from '../../src/parsers/junit/compact.js';
import { JUNIT_LIMITS } from '../../src/parsers/junit/limits.js';
import { parseJunit } from '../../src/parsers/junit/parse.js';

const HEAD = '<?xml version="1.0"?>\n<testsuites><testsuite name="pytest" tests="2" failures="1">\n';

/** A junit file whose first case fails with a body of `lines` lines of `line`; a second case follows it. */
function writeJunit(file: string, lines: number, line: string, systemOut = 0): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${HEAD}<testcase classname="tests.mumble.install.test_x" name="test_big"><failure message="boom &amp; bust">BODY-START\n`);
    const block = line.repeat(1000);
    for (let i = 0; i < lines / 1000; i++) writeSync(fd, block);
    writeSync(fd, `BODY-END</failure>`);
    if (systemOut > 0) writeSync(fd, `<system-out><![CDATA[${'o'.repeat(systemOut)}]]></system-out>`);
    writeSync(fd, `</testcase>\n<testcase classname="tests.mumble.install.test_x" name="test_after"><failure message="second">short</failure></testcase>\n</testsuite></testsuites>\n`);
  } finally {
    closeSync(fd);
  }
}

const root = tree({ 'good.log': `${GITEA_LINE}\n` });

test('a 5 MB <failure> body and a 1 MB CDATA system-out: head and tail kept around "… N bytes cut …", one warning, the next case at its exact line', async () => {
  const file = path.join(root, 'install__cc-ci__test_x.xml');
  const line = 'E   assert &lt;Response [500]&gt; == 200 &amp; more\n';
  writeJunit(file, 100_000, line, 1_000_000);
  const result = reportOf(await runInProcess(['-f', 'json', 'install__cc-ci__test_x.xml', 'good.log'], { cwd: root }));
  const input = result.inputs.find((i) => i.path === 'install__cc-ci__test_x.xml');
  assert.ok(input, 'the junit file is an input');
  assert.is(input.events, 2);
  assert.is(input.errors.length, 1);
  assert.match(input.errors[0].message, /^2 texts \(failure, system-out or message bodies\) longer than 61440 bytes cut to their first and last 30720 bytes, marked "… N bytes cut …": \d+ bytes not read, first at line \d+$/);
  // The second case's failure is on the line after the body's 100,000 lines: numbering survived the cut.
  const second = result.unexplained.flatMap((u) => u.lines).find((l) => l.text.includes('test_after'));
  assert.is(second?.line, 3 + 1 + 100_000 + 1);
  assert.ok(result.findings.some((f) => f.rule === 'gitea-appini-readonly-jwt'), 'the other input is reported');
});

test('compactJunit: the body keeps its head and tail, entities whole, UTF-8 whole; offsets map back', () => {
  const body = `${'é'.repeat(40_000)}&amp;${'x'.repeat(40_000)}&#10;${'€'.repeat(20_000)}`;
  const xml = Buffer.from(`<testsuite><testcase name="a"><failure>${body}</failure></testcase><testcase name="b"/></testsuite>`);
  const { data, cuts } = compactJunit(xml);
  const text = data.toString('utf8');
  assert.is(cuts.length, 1);
  assert.ok(!text.includes('\ufffd'), 'a UTF-8 character was split');
  const kept = /<failure>(.*)<\/failure>/s.exec(text)![1];
  assert.match(kept, /^é+… \d+ bytes cut …/);
  assert.ok(kept.endsWith('€'.repeat(100)));
  assert.ok(Buffer.byteLength(kept) <= JUNIT_LIMITS.maxBodyBytes + 40);
  assert.is(Buffer.byteLength(kept) - Buffer.byteLength(/… \d+ bytes cut …/.exec(kept)![0]) + cuts[0].bytes, Buffer.byteLength(body));
  const after = data.indexOf('<testcase name="b"/>');
  assert.is(originalOffset(cuts, after), xml.indexOf('<testcase name="b"/>'));
  assert.is(originalOffset(cuts, 10), 10);
  // An attribute value (pytest's message) is bounded the same way.
  const attr = compactJunit(Buffer.from(`<testsuite><testcase name="a"><failure message="${'m'.repeat(200_000)}"/></testcase></testsuite>`));
  assert.is(attr.cuts.length, 1);
  assert.ok(attr.data.length < 70_000);
  // Nothing long: the same buffer, untouched.
  const small = Buffer.from('<testsuite><testcase name="a"/></testsuite>');
  assert.is(compactJunit(small).data, small);
});

test('a break after a cut body: its line and byte offset are those of the file as it is', async () => {
  const xml = `${HEAD}<testcase classname="tests.mumble.install.test_x" name="a"><failure>${'y\n'.repeat(100_000)}</failure></testcase>\n<testcase name="b"><oops></testcase>\n</testsuite></testsuites>\n`;
  const dir = tree({ 'broken__cc-ci__test_x.xml': xml });
  const expected = parseJunit(xml).errors[0];
  const result = reportOf(await runInProcess(['-f', 'json', 'broken__cc-ci__test_x.xml'], { cwd: dir }));
  const error = result.inputs[0].errors.find((e) => e.message.startsWith('malformed XML'));
  assert.ok(error, JSON.stringify(result.inputs[0].errors));
  assert.is(error.line, expected.line);
  assert.is(error.offset, expected.offset);
  assert.is(result.inputs[0].events, 1, 'the complete case before the break is kept');
});

test('a 150 MB <failure> body in a process limited to a 400 MB heap: no crash, the other input is reported', () => {
  const file = path.join(root, 'huge__cc-ci__test_x.xml');
  writeJunit(file, 150_000, `${'x'.repeat(999)}\n`);
  const heap = { NODE_OPTIONS: '--max-old-space-size=400' };
  const run = runCli(['-f', 'json', 'huge__cc-ci__test_x.xml', 'good.log'], { cwd: root, env: heap });
  assert.is(run.status, 1, run.stderr.slice(0, 500));
  const result = reportOf(run);
  assert.is(result.inputs.find((i) => i.path === 'huge__cc-ci__test_x.xml')?.events, 2);
  assert.ok(result.findings.some((f) => f.rule === 'gitea-appini-readonly-jwt'));
});

test.run();
