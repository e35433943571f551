/**
 * parseJunit against hostile XML: damaged real files (../shared, when present), random
 * truncations, entity attacks, depth and size extremes. Whatever the bytes: cases or errors,
 * never an exception; case lines exact and in document order; every error names the problem
 * and, where there is one, a line and offset inside the document; nothing read before a break
 * is lost.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { parseJunit, JUNIT_LIMITS, type JunitDocument } from '../../src/parsers/junit/parse.js';
import { prescanJunit } from '../../src/parsers/junit/prescan.js';
import { hostileLine, runs, sharedJunit, type SharedFile } from './hostile.js';

const test = suite('fuzz: junit');

const shared: SharedFile[] | undefined = sharedJunit('damaged real-world junit files (test/fuzz/junit.test.ts)');

/** A pytest-style document of our own, pretty-printed, so the properties run without ../shared too. */
const LOCAL = `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests">
  <testsuite name="pytest" errors="1" failures="1" skipped="1" tests="4" time="96.410" timestamp="2026-06-18T00:03:11.120000+00:00">
    <properties>
      <property name="recipe_version" value="2.1.9+10.11.15"/>
    </properties>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_restore_returns_state" time="41.070">
      <failure message="psycopg2.errors.UndefinedTable: relation &quot;ci_marker&quot; does not exist&#10;LINE 1">def test():
&gt;       cur.execute("SELECT * FROM ci_marker")</failure>
    </testcase>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_restore_serves" time="1.200"/>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_skipped"><skipped message="n/a"/></testcase>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_error"><error message="boom"><![CDATA[Traceback <here> & there]]></error><system-out>out &amp; more</system-out></testcase>
  </testsuite>
</testsuites>
`;

/** The same on one line, as pytest writes it: offsets matter, lines do not help. */
const LOCAL_ONE_LINE = LOCAL.replace(/\n\s*/g, '');

const DOCUMENTS: Array<{ name: string; text: string }> = [
  { name: 'local pretty-printed', text: LOCAL },
  { name: 'local one-line', text: LOCAL_ONE_LINE },
  ...(shared ?? []).map((f) => ({ name: f.name, text: f.bytes.toString('utf8').replace(/^\ufeff/, '') })),
];

function lineCount(text: string): number {
  return text.split('\n').length;
}

/** The contract every caller relies on, whatever the document. */
function checkDocument(doc: JunitDocument, text: string, where: string): void {
  const lines = lineCount(text);
  let previous = 0;
  for (const c of doc.cases) {
    assert.ok(Number.isInteger(c.line) && c.line >= 1 && c.line <= lines, `${where}: case line ${c.line} of ${lines}`);
    assert.ok(c.line >= previous, `${where}: case lines go back (${previous} then ${c.line})`);
    if (c.resultLine !== undefined) assert.ok(c.resultLine >= c.line && c.resultLine <= lines, `${where}: result line ${c.resultLine}`);
    assert.ok(['passed', 'failed', 'error', 'skipped'].includes(c.outcome), where);
    for (const r of c.results) if (r.body !== undefined) assert.ok(r.body.length <= JUNIT_LIMITS.maxBodyChars + 40, `${where}: body not capped`);
    previous = c.line;
  }
  for (const error of doc.errors) {
    assert.type(error.message, 'string', where);
    assert.ok(error.message.length > 0 && error.message.length < 600, `${where}: error message of ${error.message.length} characters`);
    if (error.line !== undefined) assert.ok(Number.isInteger(error.line) && error.line >= 1 && error.line <= lines, `${where}: error line ${error.line} of ${lines}: ${error.message}`);
    if (error.offset !== undefined) assert.ok(Number.isInteger(error.offset) && error.offset >= 0 && error.offset <= text.length, `${where}: error offset ${error.offset}`);
  }
}

function parseChecked(text: string, where: string): JunitDocument {
  let doc: JunitDocument;
  try {
    doc = parseJunit(text);
  } catch (error) {
    throw new Error(`${where}: parseJunit threw: ${(error as Error).stack}`, { cause: error });
  }
  checkDocument(doc, text, where);
  return doc;
}

const caseKey = (doc: JunitDocument) =>
  doc.cases.map((c) => JSON.stringify([c.name, c.classname, c.outcome, c.line, c.resultLine, c.results]));

// ── properties ────────────────────────────────────────────────────────────

const XML_PIECES = [
  '<', '>', '/>', '"', "'", '=', '&', '&amp;', '&lt;', '&#10;', '&#x1F600;', '&#0;', '&#xD800;', '&unknown;', '&lol9;',
  '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<?pi x?>', '<!DOCTYPE x [<!ENTITY e "E">]>', '<!doctype x>', '<!DocType x>',
  '<testsuites>', '</testsuites>', '<testsuite name="s">', '</testsuite>', '<testcase name="t" classname="c">', '</testcase>', '<testcase/>',
  '<failure message="m">', '</failure>', '<error/>', '<skipped/>', '<properties><property name="version" value="1"/></properties>',
  '<system-out>', '</system-out>', '\n', '\r\n', '\r', '\t', ' ', '\u0000', '\ud800', '\ufeff', '\u202e', 'x'.repeat(300),
];
const xmlPiece = fc.oneof(
  { arbitrary: fc.constantFrom(...XML_PIECES), weight: 3 },
  { arbitrary: hostileLine(3), weight: 1 },
);

test('property: any sequence of XML pieces and hostile text is cases or errors, never an exception', () => {
  fc.assert(fc.property(fc.array(xmlPiece, { maxLength: 60 }), (pieces) => {
    const text = pieces.join('');
    parseChecked(text, JSON.stringify(text.slice(0, 300)));
  }), runs(400));
});

test('property: damaged real documents (edits, splices, cuts) are cases or errors with exact places', () => {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.array(xmlPiece, { maxLength: 3 }));
  const editList = fc.array(edit, { maxLength: 4 });
  fc.assert(fc.property(fc.constantFrom(...DOCUMENTS), editList, fc.option(fc.nat()), (document, edits, cut) => {
    let text = document.text;
    for (const [at, remove, insert] of edits) {
      const p = at % (text.length + 1);
      text = text.slice(0, p) + insert.join('') + text.slice(p + remove);
    }
    if (cut !== null) text = text.slice(0, cut % (text.length + 1));
    parseChecked(text, `${document.name} damaged`);
  }), runs(400));
});

test('property: a document cut anywhere keeps exactly its complete test cases, and says where it stopped', () => {
  fc.assert(fc.property(fc.constantFrom(...DOCUMENTS), fc.nat(), (document, at) => {
    const full = parseJunit(document.text);
    if (full.errors.length > 0) return; // broken already: the damage property covers it
    const cut = at % (document.text.length + 1);
    const text = document.text.slice(0, cut);
    const doc = parseChecked(text, `${document.name} cut at ${cut}`);
    const complete = prescanJunit(document.text, JUNIT_LIMITS.maxDepth, cut).closedCases;
    const got = caseKey(doc);
    // The cases read are the full document's first cases, the same in every detail, and all complete ones are there.
    assert.equal(got, caseKey(full).slice(0, got.length), `${document.name} cut at ${cut}`);
    assert.ok(got.length >= complete, `${document.name} cut at ${cut}: ${got.length} cases, ${complete} complete`);
    if (document.text.slice(cut).trim().length > 0) {
      assert.ok(doc.errors.length > 0, `${document.name} cut at ${cut}: no error for a cut document`);
    }
  }), runs(400));
});

test('the malformed real-world files: their complete cases and a located error', () => {
  if (!shared) return;
  for (const file of shared.filter((f) => f.parseError)) {
    const text = file.bytes.toString('utf8').replace(/^\ufeff/, '');
    const doc = parseChecked(text, file.name);
    assert.ok(doc.errors.length > 0, `${file.name}: broken, but no error`);
    // Every one of them cut at each line end too.
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) parseChecked(text.slice(0, p + 1), `${file.name} cut at ${p + 1}`);
  }
  const corrupt = shared.find((f) => f.name.endsWith('pytest/corrupt-xml.xml'))!;
  const doc = parseJunit(corrupt.bytes.toString('utf8'));
  assert.equal(doc.cases.map((c) => [c.name, c.line]), [['test_check_shape_compatibility', 5]]);
  assert.match(doc.errors[0].message, /truncated/);
});

// ── entities: nothing beyond the predefined five and character references ─

const PREDEFINED_ONLY = /^DOCTYPE declaration ignored: no DTD or external entity is read and only the five predefined entities are expanded$/;

test('entities: billion laughs, quadratic blowup, external and parameter entities stay unexpanded text', () => {
  const big = 'A'.repeat(100_000);
  const attacks: Array<[string, string, string]> = [
    ['billion laughs', `<!DOCTYPE l [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`, '&j;'],
    ['quadratic blowup', `<!DOCTYPE q [<!ENTITY big "${big}">]>`, '&big;'.repeat(10_000)],
    ['external file entity', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;'],
    ['external URL entity', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>', '&xxe;'],
    ['public entity', '<!DOCTYPE x [<!ENTITY pub PUBLIC "-//X//Y" "http://127.0.0.1:9/y.dtd">]>', '&pub;'],
    ['parameter entity', '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p; <!ENTITY % q "<!ENTITY r \'R\'>"> %q;]>', '&r;'],
    ['external DTD', '<!DOCTYPE testsuite SYSTEM "file:///etc/passwd">', '&passwd;'],
  ];
  for (const [name, doctype, reference] of attacks) {
    const text = `<?xml version="1.0"?>\n${doctype}\n<testsuite name="s">\n<testcase name="t${reference.slice(0, 20)}" classname="c"><failure message="${reference.slice(0, 20)}">${reference}</failure></testcase>\n</testsuite>`;
    const doc = parseChecked(text, name);
    assert.equal(doc.errors.map((e) => [e.line, PREDEFINED_ONLY.test(e.message)]), [[2, true]], name);
    assert.equal(doc.cases.map((c) => [c.line, c.name, c.results[0].message]), [[4, `t${reference.slice(0, 20)}`, reference.slice(0, 20)]], name);
    // The body is the reference as written (capped like any body): nothing was expanded or read.
    const body = doc.cases[0].results[0].body!;
    assert.ok(body.startsWith(reference.slice(0, 1000)) && !body.includes('root:') && !body.includes('lollol') && !body.includes('AAAA'), name);
  }
});

test('entities: a DOCTYPE later in the document, lower-case or in mixed case never defines an entity', () => {
  for (const text of [
    '<testsuite>\n<!DOCTYPE x [<!ENTITY e "EXPANDED">]>\n<testcase name="&e;"/>\n</testsuite>',
    '<!doctype x [<!ENTITY e "EXPANDED">]>\n<testsuite><testcase name="&e;"/></testsuite>',
    '<!DocType x [<!ENTITY e "EXPANDED">]>\n<testsuite><testcase name="&e;"/></testsuite>',
    '<!DOCTYPE x [<!ENTITY e "EXPANDED">]><!DOCTYPE y [<!ENTITY e "AGAIN">]>\n<testsuite><testcase name="&e;"/></testsuite>',
  ]) {
    const doc = parseChecked(text, text);
    assert.ok(doc.errors.length > 0, `${text}: not reported`);
    for (const c of doc.cases) assert.is(c.name, '&e;', text);
  }
});

test('character references decode once; invalid ones (NUL, surrogates, past U+10FFFF) stay as written', () => {
  const doc = parseChecked('<testsuite><testcase name="&#65;&#x1F600;&amp;#66;&#0;&#xD800;&#x110000;&#99999999;"/></testsuite>', 'references');
  assert.is(doc.cases[0].name, 'A😀&#66;&#0;&#xD800;&#x110000;&#99999999;');
});

// ── limits: depth and size, with clear errors ─────────────────────────────

test('depth: 100,000 nested elements on one line and on their own lines are refused at level 65, with line and offset', () => {
  const oneLine = `<testsuites>${'<testsuite>'.repeat(100_000)}`;
  const one = parseChecked(oneLine, 'deep, one line');
  assert.equal(one.cases, []);
  assert.equal(one.errors.map((e) => [e.message, e.line, e.offset]), [[
    'elements nest deeper than 64 levels (<testsuite> at line 1); not read: real junit nests a few levels', 1, '<testsuites>'.length + 63 * '<testsuite>'.length,
  ]]);
  const ownLines = `<testsuites>\n${'<testsuite>\n'.repeat(100_000)}${'</testsuite>\n'.repeat(100_000)}</testsuites>\n`;
  const own = parseChecked(ownLines, 'deep, own lines');
  assert.equal(own.errors.map((e) => [e.line, e.offset]), [[65, '<testsuites>\n'.length + 63 * '<testsuite>\n'.length]]);
  assert.match(own.errors[0].message, /deeper than 64 levels \(<testsuite> at line 65\)/);
});

test('size: a megabyte-long tag name, attribute name or value makes a short error, not a megabyte-long one', () => {
  const huge = 'x'.repeat(1024 * 1024);
  for (const text of [
    `<testsuite><${huge}>`,
    `<${huge}/>`,
    `<testsuite><testcase ${huge}="1" ${huge}="2"/></testsuite>`,
    `<testsuite><testcase name="a" ${'"'.repeat(1024 * 1024)}/></testsuite>`,
    `<testsuite>${'<'.repeat(1024 * 1024)}</testsuite>`,
  ]) {
    const doc = parseChecked(text, `${text.slice(0, 40)}…`);
    // Before the fix the message quoted the whole name: a megabyte of error.
    assert.ok(doc.errors.length > 0 && doc.errors.every((e) => e.message.length < 400), `${text.slice(0, 40)}…`);
  }
  // A value that long is kept (capped only where bodies are).
  const doc = parseChecked(`<testsuite><testcase name="${huge}"><failure>${huge}</failure></testcase></testsuite>`, 'long value');
  assert.is(doc.cases[0].name?.length, huge.length);
  assert.is(doc.cases[0].results[0].body?.length, JUNIT_LIMITS.maxBodyChars + `… [${huge.length - JUNIT_LIMITS.maxBodyChars} more characters]`.length);
});

test('linear: the prescan over a one-line document of 500,000 elements and over 4 MB of quotes finishes', () => {
  // Both were quadratic before the fix: the line counter rescanned the rest of a one-line
  // document for every element (pytest writes one line), the raw-'<' check rescanned the rest of
  // the document for every quoted value. At these sizes that is hours, not milliseconds.
  const elements = `<testsuite>${'<testcase/>'.repeat(500_000)}</testsuite>`;
  assert.is(prescanJunit(elements, JUNIT_LIMITS.maxDepth).testcases, 500_000);
  const quotes = `<testsuite><testcase name="a" ${'"'.repeat(4 * 1024 * 1024)}/></testsuite>`;
  assert.is(prescanJunit(quotes, JUNIT_LIMITS.maxDepth).testcases, 1);
  const attributes = `<testsuite><testcase ${'a="" '.repeat(500_000)}/></testsuite>`;
  assert.is(prescanJunit(attributes, JUNIT_LIMITS.maxDepth).testcases, 1);
});

test('a one-line document of 100,000 cases cut inside the last: every complete case, the cut located', () => {
  const truncated = `<testsuite><testcase name="a"/>${'<testcase name="b" x=""/>'.repeat(100_000)}<testcase name="c`;
  const doc = parseChecked(truncated, 'truncated after many cases');
  assert.is(doc.cases.length, 100_001);
  assert.equal(doc.errors.map((e) => [e.message, e.line, e.offset]), [['file ends inside a tag opened at line 1 (truncated?)', 1, truncated.length]]);
});

test('a raw `<` in an attribute of a tag spread over lines: the case keeps the line of its tag', () => {
  // Before the fix the case took the line of the `<` inside its attribute.
  const doc = parseChecked('<testsuite>\n<testcase name="a"\n\n   time="<<computed>>"/>\n<testcase name="b"/>\n</testsuite>', 'raw <');
  assert.equal(doc.cases.map((c) => [c.name, c.line]), [['a', 2], ['b', 5]]);
  assert.equal(doc.errors.map((e) => [e.line, e.offset]), [[4, 41]]);
});

test.run();
