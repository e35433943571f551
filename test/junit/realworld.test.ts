import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseJunit } from '../../src/parsers/junit/parse.js';
import { reportOf, runCli, sharedOrSkip } from '../helpers.js';

/**
 * The 109 junit fixtures of ../shared/realworld/junit, each beside `<file>.expected.json`
 * (see ../shared/realworld/PROVENANCE.md §3): tests/failures/errors/skipped are counted per
 * <testcase> by its most severe result (error > failure > skipped; status="disabled" is skipped),
 * and parse_error is true when the file cannot be used as junit at all.
 */
const test = suite('real-world junit');
const shared = sharedOrSkip('real-world junit fixtures (test/junit/realworld.test.ts)');

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}
interface Expectation extends Counts {
  parse_error: boolean;
  lenient_counts?: Counts;
  counted?: Counts & { parse_error: boolean };
  note?: string;
}

/**
 * Where our reading differs from the file's primary (peer) expectation, on purpose. Each entry
 * names the reading we follow; the test checks we give exactly that, and that the entry is
 * still needed (a disagreement that went away must be removed from this list).
 */
const KNOWN_DISAGREEMENTS: Record<string, { reading: 'counted'; why: string }> = {
  // EnricoMi's parser drops <testcase> elements with neither name nor classname (0 tests); a
  // forensics tool must not lose a failing case for lack of a name: we count elements, 4 cases
  // (1 failure, 1 error, 1 skipped), the file's `counted` numbers.
  'junit/enricomi/junit-xml/no-attributes.xml': { reading: 'counted', why: 'we count <testcase> elements, named or not' },
};

/**
 * Files that are broken (parse_error) but hold complete test cases before the break: the peer
 * reads nothing (counts 0), we keep the complete cases and report where the file stopped.
 */
const KEPT_BEFORE_BREAK: Record<string, Counts> = {
  // Truncated inside the second case's <skipped>: the first case (passed) is complete.
  'junit/enricomi/junit-xml/pytest/corrupt-xml.xml': { tests: 1, failures: 0, errors: 0, skipped: 0 },
};

const ZERO: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };

function countsOf(text: string): Counts & { parse_error: boolean; messages: string[] } {
  const doc = parseJunit(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return {
    tests: doc.cases.length,
    failures: doc.cases.filter((c) => c.outcome === 'failed').length,
    errors: doc.cases.filter((c) => c.outcome === 'error').length,
    skipped: doc.cases.filter((c) => c.outcome === 'skipped').length,
    parse_error: doc.errors.length > 0,
    messages: doc.errors.map((e) => e.message),
  };
}

const pick = (c: Counts): Counts => ({ tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped });

/** Fixture paths relative to ../shared/realworld, found by walking (not from the index alone). */
function fixtures(realworld: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if ((name.endsWith('.xml') || name.endsWith('.golden')) && statSync(`${full}.expected.json`, { throwIfNoEntry: false })) found.push(path.relative(realworld, full));
    }
  };
  walk(path.join(realworld, 'junit'));
  return found;
}

if (shared) {
  const realworld = path.join(shared, 'realworld');
  const files = fixtures(realworld);
  const expected = new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(realworld, `${f}.expected.json`), 'utf8')) as Expectation]));

  test('all 109 fixtures are present, each with its expectation, and listed in INDEX.json', () => {
    assert.is(files.length, 109);
    const index = JSON.parse(readFileSync(path.join(realworld, 'INDEX.json'), 'utf8')) as { files: Array<{ file: string }> };
    assert.equal(index.files.map((f) => f.file).sort(), [...files].sort());
  });

  test('every fixture parses to its expected counts; disagreements only where listed, with our reading', () => {
    let matched = 0;
    const known: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const want = expected.get(file)!;
      const got = countsOf(readFileSync(path.join(realworld, file), 'utf8'));
      // The primary reading: parse_error must agree; counts too, except for a broken file, which the
      // peer reads as nothing (lenient_counts: what a lenient reader gets, and what we report).
      const primaryCounts = want.lenient_counts ?? (want.parse_error ? undefined : pick(want));
      const countsAgree = primaryCounts === undefined || JSON.stringify(pick(got)) === JSON.stringify(primaryCounts);
      const matchesPrimary = got.parse_error === want.parse_error && countsAgree;
      const disagreement = KNOWN_DISAGREEMENTS[file];
      if (matchesPrimary && !disagreement) {
        matched += 1;
        if (want.parse_error && !want.lenient_counts) {
          const kept = KEPT_BEFORE_BREAK[file] ?? ZERO;
          if (JSON.stringify(pick(got)) !== JSON.stringify(kept)) problems.push(`${file}: broken file, kept ${JSON.stringify(pick(got))}, expected ${JSON.stringify(kept)}`);
        }
        continue;
      }
      if (disagreement) {
        if (matchesPrimary) { problems.push(`${file}: listed as a known disagreement but now matches the primary expectation; remove it from KNOWN_DISAGREEMENTS`); continue; }
        const ours = want[disagreement.reading]!;
        if (JSON.stringify(pick(got)) === JSON.stringify(pick(ours)) && got.parse_error === ours.parse_error) { known.push(`${file} (${disagreement.why})`); continue; }
        problems.push(`${file}: known disagreement, but we read ${JSON.stringify(pick(got))} parse_error=${got.parse_error}, not the ${disagreement.reading} reading ${JSON.stringify(pick(ours))}`);
        continue;
      }
      problems.push(`${file}: got ${JSON.stringify({ ...pick(got), parse_error: got.parse_error })} ${got.messages.join(' | ')}; expected ${JSON.stringify({ ...(primaryCounts ?? {}), parse_error: want.parse_error })}${want.note ? ` — ${want.note}` : ''}`);
    }
    console.log(`  real-world junit: ${matched}/${files.length} match their expectation; ${known.length} known disagreement(s) read our way: ${known.join('; ')}`);
    assert.equal(problems, []);
    assert.is(matched + known.length, files.length);
  });

  test('the lenient files are read and reported: raw `<` in an attribute (mikepenz junit-web-test)', () => {
    for (const file of ['junit/mikepenz/junit-web-test/expected.xml', 'junit/mikepenz/junit-web-test/expectedRetries.xml']) {
      const got = countsOf(readFileSync(path.join(realworld, file), 'utf8'));
      assert.equal(pick(got), expected.get(file)!.lenient_counts, file);
      assert.equal(got.messages, ["attribute value holds a raw '<', which XML forbids; the file was read leniently"], file);
    }
  });

  test('broken fixtures name what is wrong', () => {
    const messages = (file: string) => countsOf(readFileSync(path.join(realworld, file), 'utf8')).messages;
    assert.equal(messages('junit/enricomi/xml/empty.xml'), ['empty file: no XML document']);
    assert.equal(messages('junit/enricomi/xml/non-xml.xml'), ["malformed XML: char 't' is not expected."]);
    assert.equal(messages('junit/enricomi/junit-xml/non-junit.xml'), ['root element <suites> is not junit (<testsuites> or <testsuite>)']);
    assert.equal(messages('junit/enricomi/junit-xml/pytest/corrupt-xml.xml'), ['file ends with <skipped> (opened at line 9) and 3 enclosing element(s) not closed (truncated?)']);
    assert.equal(messages('junit/mikepenz/corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml'), ['file ends inside a CDATA section opened at line 18 (truncated?)']);
  });

  test('character references in real messages are decoded (pytest &#10;, surefire &#x22;)', () => {
    const doc = parseJunit(readFileSync(path.join(realworld, 'junit/mikepenz/python/report.xml'), 'utf8'));
    const messages = doc.cases.flatMap((c) => c.results.map((r) => r.message));
    assert.ok(messages.includes("AssertionError: assert 'test' == 'xyz'\n  - xyz\n  + test"), JSON.stringify(messages));
    assert.ok(messages.every((m) => m === undefined || !/&#x?[0-9a-f]+;/i.test(m)));
  });

  test('full scan path: the CLI reads every fixture as junit, with an error exactly when one is expected', () => {
    const dir = path.join(realworld, 'junit');
    const run = runCli(['--format', 'json', '--fail-on', 'none', dir]);
    assert.is(run.status, 2, 'unusable inputs make the exit status 2');
    const result = reportOf(run);
    const byPath = new Map(result.inputs.map((i) => [i.path, i]));
    const problems: string[] = [];
    for (const file of files) {
      const input = byPath.get(path.join(realworld, file));
      const want = expected.get(file)!;
      if (!input) { problems.push(`${file}: not among the scanned inputs`); continue; }
      const ours = countsOf(readFileSync(path.join(realworld, file), 'utf8'));
      if (input.format !== 'junit') problems.push(`${file}: detected as ${input.format}`);
      if ((input.errors.length > 0) !== want.parse_error) problems.push(`${file}: errors ${JSON.stringify(input.errors)}, parse_error expected ${want.parse_error}`);
      if (input.events !== ours.tests) problems.push(`${file}: ${input.events} events, ${ours.tests} cases`);
    }
    assert.equal(problems, []);
    // Every other input in the directory (go test output, expectation files) was read as well, without errors.
    const others = result.inputs.filter((i) => !files.includes(path.relative(realworld, i.path)));
    assert.ok(others.length > 0);
    assert.equal(others.filter((i) => i.errors.length > 0).map((i) => i.path), []);
  });
}

test.run();
