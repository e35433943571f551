import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseJunit, JUNIT_LIMITS, type JunitDocument } from '../../src/parsers/junit/parse.js';
import { tierFromJunitFileName } from '../../src/triage/attribution.js';
import { reportOf, runCli, tempDir } from '../helpers.js';

const test = suite('junit');

const outline = (doc: JunitDocument) => doc.cases.map((c) => [c.name, c.outcome, c.line, c.resultLine ?? null]);

// pytest writes the whole document on one line (LOG-FORMATS §5); here it is pretty-printed so that
// lines can be checked. Names and messages are the redfix journal's.
const PYTEST_RESTORE = `<?xml version="1.0" encoding="utf-8"?>
<testsuites name="pytest tests">
  <testsuite name="pytest" errors="0" failures="1" skipped="0" tests="2" time="96.410" timestamp="2026-06-18T00:03:11.120000+00:00" hostname="cc-ci">
    <properties>
      <property name="recipe_version" value="2.1.9+10.11.15"/>
    </properties>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_restore_returns_state" time="41.070">
      <failure message="psycopg2.errors.UndefinedTable: relation &quot;ci_marker&quot; does not exist&#10;LINE 1: SELECT * FROM ci_marker">def test_restore_returns_state():
&gt;       cur.execute("SELECT * FROM ci_marker")
E       psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist</failure>
    </testcase>
    <testcase classname="tests.mattermost-lts.test_restore" name="test_restore_serves" time="1.200"/>
  </testsuite>
</testsuites>
`;

test('pytest document: suites, suite properties, failure message (entities and &#10;) and body, lines', () => {
  const doc = parseJunit(PYTEST_RESTORE);
  assert.equal(doc.errors, []);
  assert.is(doc.root, 'testsuites');
  assert.equal(doc.suites.map((s) => [s.name, s.properties, s.attributes.timestamp]), [['pytest', { recipe_version: '2.1.9+10.11.15' }, '2026-06-18T00:03:11.120000+00:00']]);
  assert.equal(outline(doc), [['test_restore_returns_state', 'failed', 7, 8], ['test_restore_serves', 'passed', 12, null]]);
  const [failed] = doc.cases;
  assert.equal(failed, {
    suite: 'pytest', classname: 'tests.mattermost-lts.test_restore', name: 'test_restore_returns_state', file: undefined, sourceLine: undefined, time: 41.07,
    outcome: 'failed',
    results: [{
      kind: 'failure', type: undefined,
      message: 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist\nLINE 1: SELECT * FROM ci_marker',
      body: 'def test_restore_returns_state():\n>       cur.execute("SELECT * FROM ci_marker")\nE       psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
    }],
    systemOut: undefined, systemErr: undefined, properties: { recipe_version: '2.1.9+10.11.15' }, line: 7, resultLine: 8,
  });
});

test('a bare <testsuite> root', () => {
  const doc = parseJunit('<testsuite name="s" tests="1"><testcase classname="c" name="t" time="0.5"/></testsuite>');
  assert.equal(doc.errors, []);
  assert.is(doc.root, 'testsuite');
  assert.equal(doc.cases.map((c) => [c.suite, c.classname, c.name, c.time, c.outcome]), [['s', 'c', 't', 0.5, 'passed']]);
});

test('nested suites: the innermost suite names the case, properties are inherited and overridden', () => {
  const doc = parseJunit(`<testsuites>
<testsuite name="outer"><properties><property name="recipe_version" value="3.6.0+1.24.2-rootless"/><property name="p2">text value</property></properties>
  <testsuite name="inner"><properties><property name="p2" value="inner wins"/></properties>
    <testcase classname="tests.gitea.test_install" name="t1"/>
  </testsuite>
  <testcase classname="tests.gitea.test_install" name="t2"/>
</testsuite>
</testsuites>`);
  assert.equal(doc.errors, []);
  assert.equal(doc.cases.map((c) => [c.name, c.suite, c.properties, c.line]), [
    ['t1', 'inner', { recipe_version: '3.6.0+1.24.2-rootless', p2: 'inner wins' }, 4],
    ['t2', 'outer', { recipe_version: '3.6.0+1.24.2-rootless', p2: 'text value' }, 6],
  ]);
  assert.equal(doc.suites.map((s) => s.name), ['outer', 'inner']);
});

test('several results in one case: all kept in order, the most severe decides (error > failure > skipped)', () => {
  const doc = parseJunit(`<testsuite>
<testcase name="fail-then-error"><failure message="f1" type="AssertionError">body1</failure><error message="e1" type="RuntimeError">body2</error></testcase>
<testcase name="skip-then-fail"><skipped message="s"/><failure message="f"/></testcase>
<testcase name="flaky"><flakyFailure message="flaky">first run</flakyFailure><rerunFailure message="again"/></testcase>
<testcase name="only-skip"><skipped type="pytest.skip" message="why">tests/x.py:3: why</skipped></testcase>
</testsuite>`);
  assert.equal(doc.errors, []);
  assert.equal(doc.cases.map((c) => [c.name, c.outcome]), [['fail-then-error', 'error'], ['skip-then-fail', 'failed'], ['flaky', 'passed'], ['only-skip', 'skipped']]);
  assert.equal(doc.cases[0].results, [
    { kind: 'failure', message: 'f1', type: 'AssertionError', body: 'body1' },
    { kind: 'error', message: 'e1', type: 'RuntimeError', body: 'body2' },
  ]);
  assert.equal(doc.cases[2].results.map((r) => [r.kind, r.message, r.body]), [['flakyFailure', 'flaky', 'first run'], ['rerunFailure', 'again', '']]);
  assert.equal(doc.cases[3].results, [{ kind: 'skipped', message: 'why', type: 'pytest.skip', body: 'tests/x.py:3: why' }]);
  // The line of the first result element is the evidence for a red case.
  assert.equal(doc.cases.map((c) => c.resultLine), [2, 3, undefined, 5]);
});

test('status="disabled"/"skipped" without a result counts as skipped (tst)', () => {
  const doc = parseJunit('<testsuite><testcase name="a" status="disabled"/><testcase name="b" status="skipped"/><testcase name="c" status="run"/><testcase name="d" status="disabled"><failure/></testcase></testsuite>');
  assert.equal(doc.cases.map((c) => c.outcome), ['skipped', 'skipped', 'passed', 'failed']);
});

test('system-out and system-err, CDATA kept raw (no entity decoding inside)', () => {
  const doc = parseJunit(`<testsuite><testcase name="a" classname="c"><failure message="m"><![CDATA[Traceback <here> & there &amp; &#10;
  line 2]]></failure><system-out><![CDATA[out <x>]]></system-out><system-err>err &amp; more</system-err></testcase></testsuite>`);
  assert.equal(doc.errors, []);
  const [c] = doc.cases;
  assert.is(c.results[0].body, 'Traceback <here> & there &amp; &#10;\n  line 2');
  assert.is(c.systemOut, 'out <x>');
  assert.is(c.systemErr, 'err & more');
});

test('entities: the five predefined and character references are decoded once, in attributes and text', () => {
  // Before the fix &#10; and &#x22; stayed undecoded in every pytest/surefire message.
  const doc = parseJunit('<testsuite><testcase name="a &amp; b &lt;c&gt; &quot;q&quot; &apos;x&apos; &#65;&#x42;&#x1F600;" classname="c"><failure message="line1&#10;line2&#x9;tab &#x22;q&#x22;">1 &lt; 2 &amp;&amp; &amp;lt; stays &amp;lt;</failure></testcase></testsuite>');
  assert.equal(doc.errors, []);
  assert.is(doc.cases[0].name, 'a & b <c> "q" \'x\' AB😀');
  assert.is(doc.cases[0].results[0].message, 'line1\nline2\ttab "q"');
  assert.is(doc.cases[0].results[0].body, '1 < 2 && &lt; stays &lt;');
  // Invalid references stay as written.
  assert.is(parseJunit('<testsuite><testcase name="&#0;&#xD800;&#x110000;"/></testsuite>').cases[0].name, '&#0;&#xD800;&#x110000;');
});

test('pytest xunit1: file and line attributes', () => {
  const doc = parseJunit('<testsuite><testcase classname="test.test_spark.SparkTests" file="test/test_spark.py" line="1412" name="test_check_shape_compatibility" time="6.435"/><testcase name="x" line="n/a"/></testsuite>');
  assert.equal(doc.cases.map((c) => [c.file, c.sourceLine, c.time]), [['test/test_spark.py', 1412, 6.435], [undefined, undefined, undefined]]);
});

test('a body longer than the limit is cut and says by how much', () => {
  const body = 'x'.repeat(JUNIT_LIMITS.maxBodyChars + 1234);
  const doc = parseJunit(`<testsuite><testcase name="a"><failure>${body}</failure><system-out>${body}</system-out></testcase></testsuite>`);
  const expected = `${'x'.repeat(JUNIT_LIMITS.maxBodyChars)}… [1234 more characters]`;
  assert.is(doc.cases[0].results[0].body, expected);
  assert.is(doc.cases[0].systemOut, expected);
});

// ── broken documents ────────────────────────────────────────────────────────────────────────────

const TRUNCATED_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="pytest">
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_a" time="1"/>
    <testcase classname="tests.mumble.custom.test_protocol_handshake" name="test_b" time="1">
      <failure message="boom">trace</failure>
    </testcase>
`;

test('truncated: the complete cases before the break are kept, and the error says where it stopped', () => {
  const cuts: Array<[string, string, number]> = [
    ['    <testcase classname="x" name="test_c" time="1">\n      <failure message="cut', 'file ends inside a tag opened at line 9 (truncated?)', 9],
    ['    <testcase classname="x" name="test_c" time="1">\n      <failure message="boom">trace, cut', 'file ends with <failure> (opened at line 9) and 3 enclosing element(s) not closed (truncated?)', 9],
    ['    <testcase classname="x" name="test_c"><system-out><![CDATA[ never closed', 'file ends inside a CDATA section opened at line 8 (truncated?)', 8],
    ['    <!-- cut', 'file ends inside a comment opened at line 8 (truncated?)', 8],
    ['    <testca', 'file ends inside a tag opened at line 8 (truncated?)', 8],
    // Cut right after a complete case: before the fix, nothing at all was kept.
    ['', 'file ends with <testsuite> (opened at line 3) and 1 enclosing element(s) not closed (truncated?)', 8],
  ];
  for (const [tail, message, line] of cuts) {
    const text = TRUNCATED_HEAD + tail;
    const doc = parseJunit(text);
    assert.equal(doc.errors.map((e) => e.message), [message], tail);
    assert.is(doc.errors[0].line, line, tail);
    assert.is(doc.errors[0].offset, text.length, tail);
    assert.equal(outline(doc), [['test_a', 'passed', 4, null], ['test_b', 'failed', 5, 6]], tail);
  }
});

test('malformed in the middle: cases before the break kept, the break located by line and offset', () => {
  const text = '<testsuite>\n<testcase name="a"/>\n<testcase name="b"><failure>x</error></testcase>\n<testcase name="c"/>\n</testsuite>';
  const doc = parseJunit(text);
  assert.equal(doc.errors.length, 1);
  assert.match(doc.errors[0].message, /^malformed XML: Expected closing tag 'failure'/);
  assert.is(doc.errors[0].line, 3);
  assert.is(doc.errors[0].offset, text.indexOf('</error>'));
  assert.equal(outline(doc), [['a', 'passed', 2, null]]);
});

test('DOCTYPE: an entity bomb is never expanded, the declaration is reported, lines stay exact', () => {
  const doc = parseJunit(`<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<testsuite name="s"><testcase name="a" classname="c"><failure message="&lol3;">&lol3;</failure></testcase></testsuite>`);
  assert.equal(doc.errors, [{ message: 'DOCTYPE declaration ignored: no DTD or external entity is read and only the five predefined entities are expanded', line: 2 }]);
  assert.equal(doc.cases.map((c) => [c.line, c.results[0].message, c.results[0].body]), [[7, '&lol3;', '&lol3;']]);
});

test('DOCTYPE: external entities, parameter entities and external DTDs are never read', () => {
  for (const doctype of [
    '<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>',
    '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p; <!ENTITY e "<testcase name=\'injected\'/>">]>',
    '<!DOCTYPE testsuite SYSTEM "http://127.0.0.1:9/evil.dtd">',
  ]) {
    const doc = parseJunit(`<?xml version="1.0"?>\n${doctype}\n<testsuite><testcase name="a"><failure>&xxe;&e;</failure></testcase></testsuite>`);
    assert.equal(doc.errors.map((e) => [e.line, e.message.startsWith('DOCTYPE declaration ignored')]), [[2, true]], doctype);
    assert.equal(doc.cases.map((c) => [c.name, c.results[0]?.body]), [['a', '&xxe;&e;']], doctype);
  }
});

test('depth limit: 64 levels are read, 65 are refused with the place', () => {
  const nest = (suites: number) => `<testsuites>${'<testsuite name="n">'.repeat(suites)}<testcase name="a"><failure/></testcase>${'</testsuite>'.repeat(suites)}</testsuites>`;
  const ok = parseJunit(nest(JUNIT_LIMITS.maxDepth - 2));
  assert.equal([ok.errors, ok.cases.length], [[], 1]);
  const deep = parseJunit(nest(JUNIT_LIMITS.maxDepth - 1));
  assert.equal(deep.cases, []);
  assert.equal(deep.errors.map((e) => [e.line, e.message]), [[1, 'elements nest deeper than 64 levels (<testcase> at line 1); not read: real junit nests a few levels']]);
  // A million-deep document is refused without a stack overflow.
  const huge = parseJunit(`<testsuite>${'<x>'.repeat(1_000_000)}`);
  assert.equal(huge.cases, []);
  assert.match(huge.errors[0].message, /deeper than 64 levels/);
});

test('empty, whitespace-only, non-XML and wrong-root files are errors with no cases', () => {
  const cases: Array<[string, string, number | undefined]> = [
    ['', 'empty file: no XML document', 1],
    ['  \n\n ', 'empty file: no XML document', 1],
    ['this is not xml at all', "malformed XML: char 't' is not expected.", 1],
    ['<?xml version="1.0"?><suites><suite name="x"/></suites>', 'root element <suites> is not junit (<testsuites> or <testsuite>)', 1],
    ['<html><body>502 Bad Gateway</body></html>', 'root element <html> is not junit (<testsuites> or <testsuite>)', 1],
  ];
  for (const [text, message, line] of cases) {
    const doc = parseJunit(text);
    assert.equal(doc.cases, [], text);
    assert.equal(doc.errors.map((e) => [e.message, e.line]), [[message, line]], text);
  }
});

test('a well-formed junit file without cases is not an error', () => {
  for (const text of ['<testsuites/>', '<testsuites><testsuite name="x" tests="6"/></testsuites>', '<testsuite name="empty"></testsuite>']) {
    const doc = parseJunit(text);
    assert.equal([doc.errors, doc.cases], [[], []], text);
  }
});

test('a raw `<` in an attribute is reported and the file read leniently (mikepenz junit-web-test)', () => {
  const doc = parseJunit('<testsuite>\n<testcase name="a" time="<<computed>>"/>\n<testcase name="b"><failure/></testcase></testsuite>');
  assert.equal(doc.errors, [{ message: "attribute value holds a raw '<', which XML forbids; the file was read leniently", line: 2, offset: 37 }]);
  assert.equal(doc.cases.map((c) => [c.name, c.outcome, c.time]), [['a', 'passed', undefined], ['b', 'failed', undefined]]);
});

// ── what the scan makes of a junit file ─────────────────────────────────────────────────────────

test('tier from the junit file name (restore__cc-ci__test_restore.xml)', () => {
  assert.is(tierFromJunitFileName('restore__cc-ci__test_restore.xml'), 'restore');
  assert.is(tierFromJunitFileName('upgrade__cc-ci__test_upgrade.xml'), 'upgrade');
  assert.is(tierFromJunitFileName('custom__mumble__test_protocol_handshake.XML'), 'custom');
  assert.is(tierFromJunitFileName('junit.xml'), undefined);
});

test('parse command: one event per case with tier (file name), recipe (classname), test key and line', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'junit'));
  const file = path.join(dir, 'junit', 'restore__cc-ci__test_restore.xml');
  writeFileSync(file, PYTEST_RESTORE);
  const run = runCli(['parse', file]);
  assert.is(run.status, 0, run.stderr);
  const events = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(events.map((e) => [e.kind, e.line, e.tier, e.recipe, e.test, e.level, e.message]), [
    // The suite event (it carries the recipe version) names no test, so no recipe comes from it.
    ['test-suite', 1, 'restore', undefined, undefined, undefined, 'pytest'],
    ['test-case', 8, 'restore', 'mattermost-lts', 'test_restore.py::test_restore_returns_state', 'error', 'psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist\nLINE 1: SELECT * FROM ci_marker'],
    ['test-case', 12, 'restore', 'mattermost-lts', 'test_restore.py::test_restore_serves', 'info', ''],
  ]);
  assert.equal(events[1].fields, {
    outcome: 'failed', classname: 'tests.mattermost-lts.test_restore', name: 'test_restore_returns_state',
    nodeid: 'tests/mattermost-lts/test_restore.py::test_restore_returns_state', suite: 'pytest', time: 41.07, resultType: 'failure',
    body: 'def test_restore_returns_state():\n>       cur.execute("SELECT * FROM ci_marker")\nE       psycopg2.errors.UndefinedTable: relation "ci_marker" does not exist',
    'property.recipe_version': '2.1.9+10.11.15', version: '2.1.9+10.11.15',
  });
  assert.equal(events.map((e) => [e.path, e.format]), events.map(() => [file, 'junit']));
});

test('scan: a truncated junit file reports its error with line and offset and still yields its complete cases', () => {
  const dir = tempDir();
  const file = path.join(dir, 'custom__cc-ci__test_protocol_handshake.xml');
  const text = `${TRUNCATED_HEAD}    <testcase classname="x" name="test_c" time="1">\n      <failure message="cut`;
  writeFileSync(file, text);
  const run = runCli(['--format', 'json', file]);
  const result = reportOf(run);
  assert.equal(result.inputs, [{
    path: file, run: file, format: 'junit', events: 2,
    errors: [{ message: 'file ends inside a tag opened at line 9 (truncated?)', line: 9, offset: text.length }],
  }]);
});

test.run();
