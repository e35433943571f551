/**
 * junit is read in batches of test cases: what the parser holds is one batch, however many cases
 * the file has, and the cases come out exactly as a whole-tree reading gave them (lines, results,
 * suite and properties). Large documents are generated here, never committed.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { JUNIT_LIMITS, parseJunit, readJunit, type JunitCase, type JunitOutline } from '../../src/parsers/junit/parse.js';
import { runInProcess } from '../cli/fixtures.js';
import { tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';

const HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n<testsuite name="pytest" tests="N">\n<properties><property name="recipe_version" value="3.6.0+1.24.2"/></properties>\n';
const HEAD_LINES = 4;

/** Case i: failed every 97th (a two-line body), skipped every 101st, else passed; one case per line otherwise. */
function caseXml(i: number): string {
  const open = `<testcase classname="tests.gitea.test_install" name="test_${i}" time="0.001"`;
  if (i % 97 === 96) return `${open}>\n<failure message="case ${i} &amp; boom">assert 500 == 200\nE   AssertionError</failure></testcase>\n`;
  if (i % 101 === 100) return `${open}><skipped message="n/a"/></testcase>\n`;
  return `${open}/>\n`;
}

/** The line each case starts on, given the lines of the cases before it. */
function linesOfCases(count: number): number[] {
  const lines: number[] = [];
  let line = HEAD_LINES + 1;
  for (let i = 0; i < count; i++) {
    lines.push(line);
    line += caseXml(i).split('\n').length - 1;
  }
  return lines;
}

function documentOf(count: number): string {
  let text = HEAD;
  for (let i = 0; i < count; i++) text += caseXml(i);
  return `${text}</testsuite>\n</testsuites>\n`;
}

interface Tally {
  outline: JunitOutline;
  cases: number;
  failed: number;
  skipped: number;
  wrongLines: number;
  lastName?: string;
}

/** Reads a document keeping counts only, checking each case as it comes. */
function tally(count: number): Tally {
  const expectedLines = linesOfCases(count);
  const result = { cases: 0, failed: 0, skipped: 0, wrongLines: 0 } as Tally;
  result.outline = readJunit(documentOf(count), {
    suite: () => undefined,
    testCase: (c: JunitCase) => {
      const i = result.cases;
      result.cases += 1;
      if (c.outcome === 'failed') result.failed += 1;
      if (c.outcome === 'skipped') result.skipped += 1;
      if (c.line !== expectedLines[i] || c.name !== `test_${i}` || c.properties.recipe_version !== '3.6.0+1.24.2') result.wrongLines += 1;
      if (c.outcome === 'failed' && (c.resultLine !== c.line + 1 || c.results[0].message !== `case ${i} & boom`)) result.wrongLines += 1;
      result.lastName = c.name;
    },
  });
  return result;
}

test('100,000 cases: every case in order with its line, outcome and result; the parser holds one batch at a time', () => {
  const many = tally(100_000);
  assert.equal(many.outline.errors, []);
  const counts = [many.cases, many.outline.cases, many.failed, many.skipped, many.wrongLines];
  assert.equal(counts, [100_000, 100_000, 1030, 980, 0]);
  assert.is(many.lastName, 'test_99999');
  const { batches } = many.outline;
  assert.ok(batches.largestCases <= JUNIT_LIMITS.casesPerBatch, `a batch of ${batches.largestCases} cases`);
  assert.ok(batches.largestChars <= JUNIT_LIMITS.batchChars, `a batch of ${batches.largestChars} characters`);
  assert.ok(batches.batches >= 100_000 / JUNIT_LIMITS.casesPerBatch, `${batches.batches} batches`);
  // A tenth of the cases, the same largest batch: what is held does not grow with the file.
  const fewer = tally(10_000);
  assert.equal([fewer.cases, fewer.wrongLines], [10_000, 0]);
  assert.is(fewer.outline.batches.largestCases, batches.largestCases);
});

test('a case larger than a batch is parsed alone, its neighbours unchanged', () => {
  const body = 'x'.repeat(JUNIT_LIMITS.batchChars + 1000);
  const doc = `<testsuite name="s">\n<testcase name="before"/>\n<testcase name="big"><failure message="m">${body}</failure></testcase>\n<testcase name="after"><error/></testcase>\n</testsuite>`;
  const cases: JunitCase[] = [];
  const outline = readJunit(doc, { suite: () => undefined, testCase: (c) => cases.push(c) });
  assert.equal(cases.map((c) => [c.name, c.outcome, c.line]), [['before', 'passed', 2], ['big', 'failed', 3], ['after', 'error', 4]]);
  assert.is(outline.batches.largestCases, 1);
  assert.ok(cases[1].results[0].body!.startsWith('x'.repeat(JUNIT_LIMITS.maxBodyChars)));
});

test('properties written after the cases reach every case of the suite, and nested suites inherit them', () => {
  const doc = parseJunit(`<testsuites>
<testsuite name="outer">
  <testcase name="first"/>
  <testsuite name="inner"><testcase name="nested"/><properties><property name="p" value="inner"/></properties></testsuite>
  <testcase name="last"/>
  <properties><property name="recipe_version" value="1.2.3"/><property name="p" value="outer"/></properties>
</testsuite>
</testsuites>`);
  assert.equal(doc.errors, []);
  assert.equal(doc.cases.map((c) => [c.name, c.suite, c.properties]), [
    ['first', 'outer', { recipe_version: '1.2.3', p: 'outer' }],
    ['nested', 'inner', { recipe_version: '1.2.3', p: 'inner' }],
    ['last', 'outer', { recipe_version: '1.2.3', p: 'outer' }],
  ]);
  assert.equal(doc.suites.map((s) => [s.name, s.properties]), [['outer', { recipe_version: '1.2.3', p: 'outer' }], ['inner', { recipe_version: '1.2.3', p: 'inner' }]]);
});

test('a case inside an element other than a suite is read, and the cases after it keep their own lines', () => {
  // Before, the case inside <group> was dropped without a word and the next case took its line (3, not 5).
  const doc = parseJunit('<testsuite name="s">\n<group>\n<testcase name="a"><failure/></testcase>\n</group>\n<testcase name="b"/>\n</testsuite>');
  assert.equal(doc.errors, []);
  assert.equal(doc.cases.map((c) => [c.name, c.suite, c.line, c.outcome]), [['a', 's', 3, 'failed'], ['b', 's', 5, 'passed']]);
  // The suite's properties after such a case reach it too.
  const late = parseJunit('<testsuite name="s"><group><testcase name="a"/></group><properties><property name="v" value="1"/></properties></testsuite>');
  assert.equal([late.cases.map((c) => c.properties), late.suites.map((s) => s.properties)], [[{ v: '1' }], [{ v: '1' }]]);
});

test('a processing instruction ends at its first `?>`, quotes or not: no case hides inside it, and one unreadable case is named', () => {
  // fast-xml-parser reads quotes inside a processing instruction, and alone it would have hidden case c
  // (and b taken c's line), or refused the whole document.
  const hidden = parseJunit('<testsuite>\n<testcase name="a"/>\n<?pi x="?>\n<testcase name="c"/>\n"?>\n<testcase name="b"/>\n</testsuite>');
  assert.equal([hidden.cases.map((c) => [c.name, c.line]), hidden.errors], [[['a', 2], ['c', 4], ['b', 6]], []]);
  const unreadable = parseJunit('<testsuite>\n<testcase name="a"/>\n<testcase name="x"><?pi "?></testcase>\n<testcase name="b"/>\n</testsuite>');
  assert.equal(unreadable.cases.map((c) => [c.name, c.line]), [['a', 2], ['b', 4]]);
  assert.equal(unreadable.errors, [{ message: 'the <testcase> at line 3 could not be read as one element; not counted', line: 3, offset: 33 }]);
});

test('a broken document read in batches: every complete case before the break, none after', () => {
  const whole = documentOf(3 * JUNIT_LIMITS.casesPerBatch + 7);
  const cut = whole.indexOf('<testcase classname="tests.gitea.test_install" name="test_700"') + 30;
  const doc = parseJunit(whole.slice(0, cut));
  assert.equal(doc.cases.map((c) => c.name), Array.from({ length: 700 }, (_, i) => `test_${i}`));
  assert.equal(doc.errors.map((e) => e.message), [`file ends inside a tag opened at line ${linesOfCases(701)[700]} (truncated?)`]);
});

test('scan: a junit file of 30,000 cases gives one event per case, a red tier, its failing tests listed; its passing ones listed up to the limit only where runs are compared, a notice counting the rest', async () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'run', 'gitea', 'junit'), { recursive: true });
  const file = path.join(dir, 'run', 'gitea', 'junit', 'install__cc-ci__test_install.xml');
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, HEAD);
    for (let i = 0; i < 30_000; i++) writeSync(fd, caseXml(i));
    writeSync(fd, '</testsuite>\n</testsuites>\n');
  } finally {
    closeSync(fd);
  }
  const result = jsonOutput(await runInProcess(['-f', 'json', 'run'], { cwd: dir }));
  assert.equal(result.inputs.map((i) => [i.events, i.errors]), [[30_000, []]]);
  const recipes = result.recipes.map((r) => [r.recipe, r.tiers, r.version]);
  assert.equal(recipes, [['gitea', { install: 'fail' }, '3.6.0+1.24.2']]);
  const indices = Array.from({ length: 30_000 }, (_, i) => i);
  const failing = indices.filter((i) => i % 97 === 96);
  const skipped = indices.filter((i) => i % 101 === 100 && i % 97 !== 96);
  assert.equal(result.unexplained.map((u) => u.test).sort(), failing.map((i) => `test_install.py::test_${i}`).sort());
  // One run, no history: nothing compares its passing tests, so none is listed and no notice says so.
  assert.equal(result.notices.filter((n) => n.includes('passing test')), []);
  // Beside another run, the first 10,000 are listed for the comparison, and the notice counts the rest.
  mkdirSync(path.join(dir, 'other', 'gitea'), { recursive: true });
  writeFileSync(path.join(dir, 'other', 'gitea', 'run.log'), '2026-06-18T01:10:05Z [cc-ci] RECIPE=gitea VERSION=3.6.0+1.24.2 MODE=cold\n');
  const compared = jsonOutput(await runInProcess(['-f', 'json', 'run', 'other'], { cwd: dir }));
  const unlisted = 30_000 - failing.length - skipped.length - 10_000;
  const notice = `run run, recipe gitea: ${unlisted} passing tests past the first 10000 counted in their tier's result, not listed: runs are compared on the listed tests only`;
  assert.equal(compared.notices.filter((n) => n.includes('passing test')), [notice]);
  assert.equal(compared.recipes.find((r) => r.run === 'run')?.tiers, { install: 'fail' });
});

test.run();
