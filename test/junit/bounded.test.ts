/**
 * A junit file's bodies are bounded before parsing: head and tail kept around a marker, an input
 * warning, exact line numbers after the cut, and no single input can take the process (and the
 * report of every other input) down. Big inputs are written at test time.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers.js';
import { GITEA_LINE, runInProcess, tree } from '../cli/fixtures.js';
import { compactJunit, originalOffset } from '../../src/parsers/junit/compact.js';
import { JUNIT_LIMITS } from '../../src/parsers/junit/limits.js';
import { reduceCase } from '../../src/parsers/junit/oversized.js';
import { parseJunit, readJunit, type JunitCase } from '../../src/parsers/junit/parse.js';
import { jsonOutput } from '../json.js';

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
  const result = jsonOutput(await runInProcess(['-f', 'json', 'install__cc-ci__test_x.xml', 'good.log'], { cwd: root }));
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
  const result = jsonOutput(await runInProcess(['-f', 'json', 'broken__cc-ci__test_x.xml'], { cwd: dir }));
  const error = result.inputs[0].errors.find((e) => e.message.startsWith('malformed XML'));
  assert.ok(error, JSON.stringify(result.inputs[0].errors));
  assert.is(error.line, expected.line);
  assert.is(error.offset, expected.offset);
  assert.is(result.inputs[0].events, 1, 'the complete case before the break is kept');
});

test('a break after non-ASCII text and a byte order mark: its offset is the byte of the file, not a character count', async () => {
  const xml = `${HEAD}<testcase classname="tests.ünïcödé.install.test_x" name="é→ü"/>\n<testcase name="b" <oops/>\n</testsuite></testsuites>\n`;
  for (const bom of ['', '\ufeff']) {
    const dir = tree({ 'broken__cc-ci__test_x.xml': `${bom}${xml}` });
    const result = jsonOutput(await runInProcess(['-f', 'json', 'broken__cc-ci__test_x.xml'], { cwd: dir }));
    const error = result.inputs[0].errors.find((e) => e.message.startsWith('malformed XML'));
    assert.ok(error, JSON.stringify(result.inputs[0].errors));
    const bytes = Buffer.from(`${bom}${xml}`);
    const expected = bytes.indexOf('<oops');
    assert.is(error.offset, expected, `${bom ? 'with' : 'without'} a byte order mark`);
    assert.is(error.line, lineOf(xml, '<oops'));
  }
});

/**
 * A test case of `sections` CDATA sections of 30 KiB each in its <failure> body (how surefire splits
 * a body holding `]]>`): no text of it is longer than the cut of compactJunit, yet the whole case is
 * `sections` × 30 KiB.
 */
const BODY_LINE = 'E   assert 500 == 200\n';
const SECTION_TEXT = BODY_LINE.repeat(Math.floor(30 * 1024 / BODY_LINE.length)) + '.'.repeat(30 * 1024 % BODY_LINE.length);
const SECTION = `<![CDATA[${SECTION_TEXT}]]>`;
const BIG_CASE = '<testcase classname="tests.mumble.upgrade.test_x" name="test_big">';
const splitBodyDocument = (sections: number): string => `${HEAD}<testcase classname="tests.mumble.upgrade.test_x" name="test_before"/>\n` +
  `${BIG_CASE}\n<failure message="AssertionError: boom &amp; bust">${SECTION.repeat(sections)}</failure>\n</testcase>\n` +
  `${AFTER_CASE}<failure message="second">short</failure></testcase>\n</testsuite></testsuites>\n`;
const SECTIONS_IN_20_MB = Math.ceil(20_000_000 / SECTION.length);
const AFTER_CASE = '<testcase classname="tests.mumble.upgrade.test_x" name="test_after">';
const lineOf = (xml: string, text: string): number => xml.slice(0, xml.indexOf(text)).split('\n').length;

function readCases(xml: string): { cases: JunitCase[]; outline: ReturnType<typeof readJunit> } {
  const cases: JunitCase[] = [];
  const outline = readJunit(xml, { suite: () => {}, testCase: (c) => cases.push(c) });
  return { cases, outline };
}

test('a test case over the limit (a 20 MB <failure> body in 30 KiB CDATA sections): its body cut to its head before parsing, a notice naming it, the other cases intact', () => {
  const xml = splitBodyDocument(SECTIONS_IN_20_MB);
  const { cases, outline } = readCases(xml);
  assert.equal(cases.map((c) => [c.name, c.outcome, c.line]), [['test_before', 'passed', 3], ['test_big', 'failed', 4], ['test_after', 'failed', lineOf(xml, AFTER_CASE)]]);
  const [failure] = cases[1].results;
  assert.is(failure.message, 'AssertionError: boom & bust');
  // The head of the body (its first 60 KiB: two sections), then the marker of what was left out.
  const leftOut = (SECTIONS_IN_20_MB - 2) * SECTION.length;
  assert.is(failure.body, `${SECTION_TEXT}${SECTION_TEXT}… ${leftOut} bytes cut …`);
  assert.equal(cases[2].results, [{ kind: 'failure', message: 'second', type: undefined, body: 'short' }]);
  assert.equal(outline.errors, [{
    message: `the <testcase> "test_big" at line 4 is longer than ${JUNIT_LIMITS.maxCaseChars} characters: its texts were cut to their first ${JUNIT_LIMITS.caseBodyHeadChars} characters; ${leftOut} bytes not read`,
    line: 4, offset: xml.indexOf(BIG_CASE),
  }]);
  assert.is(outline.cases, 3);
  // What fast-xml-parser was handed at once stays under the limit: memory does not grow with the case.
  assert.ok(outline.batches.largestChars < JUNIT_LIMITS.maxCaseChars, String(outline.batches.largestChars));
});

test('a test case over the limit by its many elements: those past the limit left out, the first of each that decides its outcome kept', () => {
  const rerun = `<rerunFailure message="flaky" type="AssertionError"><stackTrace>${'at x.y(Z.java:1)\n'.repeat(2000)}</stackTrace></rerunFailure>`;
  const reruns = Math.ceil((JUNIT_LIMITS.maxCaseChars * 2) / rerun.length);
  const systemOut = `<system-out>${'o'.repeat(1000)}</system-out>`;
  const xml = `${HEAD}<testcase classname="tests.test_x" name="test_flaky">\n${`${rerun}\n`.repeat(reruns)}` +
    `<error message="final error" type="IOError">gone</error>${systemOut}<skipped message="not this"/><error message="second error"/></testcase>\n` +
    '<testcase classname="tests.test_x" name="test_after"/>\n</testsuite></testsuites>\n';
  const { cases, outline } = readCases(xml);
  assert.equal(cases.map((c) => [c.name, c.outcome]), [['test_flaky', 'error'], ['test_after', 'passed']]);
  const kinds = cases[0].results.map((r) => r.kind);
  const kept = kinds.length - 2;
  assert.ok(kept > 0 && kept < reruns, String(kept));
  assert.equal(cases[0].results.slice(-2), [{ kind: 'error', message: 'final error', type: 'IOError', body: 'gone' }, { kind: 'skipped', message: 'not this', type: undefined, body: '' }]);
  assert.is(cases[0].systemOut, undefined, 'an element past the limit that decides nothing is left out');
  const leftOut = (reruns - kept) * rerun.length + systemOut.length + '<error message="second error"/>'.length;
  assert.equal(outline.errors.map((e) => e.message), [`the <testcase> "test_flaky" at line 3 is longer than ${JUNIT_LIMITS.maxCaseChars} characters: ${reruns - kept + 2} elements past its first ${JUNIT_LIMITS.maxCaseChars} characters were left out; ${leftOut} bytes not read`]);
  assert.ok(outline.batches.largestChars < JUNIT_LIMITS.maxCaseChars + 64 * 1024, String(outline.batches.largestChars));
});

test('reduceCase: a head ends before a character reference or a surrogate pair; bytes counted in UTF-8; comments left out; elements open at the end closed', () => {
  const saved = { ...JUNIT_LIMITS };
  Object.assign(JUNIT_LIMITS, { maxCaseChars: 200, caseBodyHeadChars: 10 });
  try {
    const xml = '<testcase name="u">\n<failure message="m">abcdefgh&amp;ijk</failure><system-out>x😀😀😀😀😀</system-out>' +
      '<system-err><![CDATA[é😀😀😀😀😀]]></system-err><!-- a comment --></testcase>';
    // The testcase's own newline is its text too: one of its ten characters.
    assert.equal(reduceCase(xml, 0, xml.length, 1), {
      fragment: '<testcase name="u">\n<failure message="m">abcdefgh… 8 bytes cut …</failure><system-out>x😀😀😀😀… 4 bytes cut …</system-out>' +
        '<system-err><![CDATA[é😀😀😀😀]]>… 4 bytes cut …</system-err></testcase>',
      bytesLeftOut: 8 + 4 + 4 + '<!-- a comment -->'.length, textsCut: true, elementsLeftOut: 0,
    });
    const broken = `<testcase name="b"><failure>${'y'.repeat(30)}`;
    assert.equal(reduceCase(broken, 0, broken.length, 1).fragment, `<testcase name="b"><failure>${'y'.repeat(10)}… 20 bytes cut …</failure></testcase>`);
    const many = `<testcase name="m">${'<property name="p" value="v"/>'.repeat(10)}<skipped/><failure/><failure/></testcase>`;
    const reduced = reduceCase(many, 0, many.length, 1);
    assert.is(reduced.fragment, `<testcase name="m">${'<property name="p" value="v"/>'.repeat(6)}<skipped/><failure/></testcase>`);
    assert.equal([reduced.elementsLeftOut, reduced.bytesLeftOut, reduced.textsCut], [5, 4 * 30 + '<failure/>'.length, false]);
  } finally {
    Object.assign(JUNIT_LIMITS, saved);
  }
});

test('scan: a junit file with a 20 MB test case: the case failed with the head of its message, the input\'s notice names it, the cases after it at their lines', async () => {
  const file = path.join(root, 'upgrade__cc-ci__test_split.xml');
  const xml = splitBodyDocument(SECTIONS_IN_20_MB);
  writeFileSync(file, xml);
  const result = jsonOutput(await runInProcess(['-f', 'json', 'upgrade__cc-ci__test_split.xml', 'good.log'], { cwd: root }));
  const input = result.inputs.find((i) => i.path === 'upgrade__cc-ci__test_split.xml');
  assert.is(input?.events, 3);
  assert.equal(input?.errors.map((e) => [e.line, /^the <testcase> "test_big" at line 4 is longer than \d+ characters: .*; \d+ bytes not read$/.test(e.message)]), [[4, true]]);
  const lines = result.unexplained.flatMap((u) => u.lines).map((l) => [l.line, l.text]);
  assert.ok(lines.some(([line, text]) => line === 5 && text === 'tests/mumble/upgrade/test_x.py::test_big FAILED - AssertionError: boom & bust'), JSON.stringify(lines));
  assert.ok(lines.some(([line, text]) => line === lineOf(xml, AFTER_CASE) && String(text).startsWith('tests/mumble/upgrade/test_x.py::test_after FAILED')), JSON.stringify(lines));
  assert.ok(result.findings.some((f) => f.rule === 'gitea-appini-readonly-jwt'), 'the other input is reported');
});

test('a 150 MB <failure> body in a process limited to a 400 MB heap: no crash, the other input is reported', () => {
  const file = path.join(root, 'huge__cc-ci__test_x.xml');
  writeJunit(file, 150_000, `${'x'.repeat(999)}\n`);
  const heap = { NODE_OPTIONS: '--max-old-space-size=400' };
  const run = runCli(['-f', 'json', 'huge__cc-ci__test_x.xml', 'good.log'], { cwd: root, env: heap });
  assert.is(run.status, 1, run.stderr.slice(0, 500));
  const result = jsonOutput(run);
  assert.is(result.inputs.find((i) => i.path === 'huge__cc-ci__test_x.xml')?.events, 2);
  assert.ok(result.findings.some((f) => f.rule === 'gitea-appini-readonly-jwt'));
});

test.run();
