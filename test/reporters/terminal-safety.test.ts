import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers.js';
import { RAW_UNSAFE, SGR, giteaLineWith, runInProcess, tree } from '../cli/fixtures.js';
import { jsonOutput, parseJson, parseJsonLines } from '../json.js';
import { parseJunit } from '../../src/parsers/junit/parse.js';
import { REPORTERS } from '../../src/reporters/index.js';

// Evidence holding C0 and C1 controls (8-bit CSI 0x9B among them), DEL, ESC sequences (CSI,
// OSC, DCS) and bidi overrides/isolates, on a line that still fires a built-in rule.
const HOSTILE = [
  '\x1b[31mRED\x1b[0m',
  '\x1b]0;pwned-title\x07',
  '\x1bPdcs-payload\x1b\\',
  'c0:\x01\x08\x0b',
  'del:\x7f',
  'c1:\x85\x9b31m',
  'bidi:\u202eevil\u202c',
  'iso:\u2066x\u2069',
].join(' ');
const LINE = giteaLineWith(HOSTILE);

/** How each piece must print in a human-facing format: visibly escaped, byte for byte. */
const SHOWN = [
  '\\x1b[31mRED\\x1b[0m',
  '\\x1b]0;pwned-title\\x07',
  '\\x1bPdcs-payload\\x1b\\',
  'c0:\\x01\\x08\\x0b',
  'del:\\x7f',
  'c1:\\x85\\x9b31m',
  'bidi:\\u202eevil\\u202c',
  'iso:\\u2066x\\u2069',
];

const root = tree({ 'run/gitea.log': Buffer.from(`${LINE}\n`, 'utf8') });

function assertNoRawControls(output: string, format: string): void {
  const at = output.search(RAW_UNSAFE);
  assert.is(at, -1, `${format}: raw control at ${at}: ${JSON.stringify(output.slice(Math.max(0, at - 20), at + 20))}`);
}

test('the hostile line still fires the rule (matching ran on the raw text)', async () => {
  const result = jsonOutput(await runInProcess(['-f', 'json', 'run'], { cwd: root }));
  assert.equal(result.findings.map((f) => f.rule), ['gitea-appini-readonly-jwt']);
});

/**
 * How a reader sees each format's text: a person reads the human formats as they are (junit
 * once its entities are decoded), a program reads the JSON ones. Every reporter of the
 * registry must be listed here, so a new format cannot ship untested.
 */
const READERS: Record<string, 'person' | 'program'> = { table: 'person', markdown: 'person', junit: 'person', html: 'person', json: 'program', ndjson: 'program', sarif: 'program' };

test('every reporter in the registry is covered by these tests', () => {
  assert.equal(Object.keys(REPORTERS).filter((format) => !READERS[format]), []);
});

for (const format of Object.keys(REPORTERS).filter((f) => READERS[f] === 'person')) {
  test(`${format}: controls, escapes and bidi print visibly escaped`, async () => {
    const { stdout } = await runInProcess(['-f', format, 'run'], { cwd: root });
    assertNoRawControls(stdout, format);
    const text = format === 'junit' || format === 'html' ? stdout.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : stdout;
    for (const piece of SHOWN) assert.ok(text.includes(piece), `${format} lacks ${piece}`);
  });
}

test('table through the binary with colour forced: still no raw control from the evidence', () => {
  const { stdout } = runCli(['run'], { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
  // Only our own SGR colour codes may remain.
  const plain = stdout.replace(SGR, '');
  assertNoRawControls(plain, 'table (colour)');
  for (const piece of SHOWN) assert.ok(plain.includes(piece), `lacks ${piece}`);
});

test('junit with controls parses back, the escaped text intact', async () => {
  const doc = parseJunit((await runInProcess(['-f', 'junit', 'run'], { cwd: root })).stdout);
  assert.equal(doc.errors, []);
  const finding = doc.cases.find((c) => c.name?.includes('gitea-appini-readonly-jwt'))!;
  assert.ok((finding.results[0].body ?? '').includes(SHOWN.join(' ')));
});

for (const format of Object.keys(REPORTERS).filter((f) => READERS[f] === 'program')) {
  test(`${format}: stays valid JSON, escapes C0, C1 and bidi as \\u sequences, keeps the text exactly`, async () => {
    const { stdout } = await runInProcess(['-f', format, 'run'], { cwd: root });
    assertNoRawControls(stdout, format);
    for (const escape of ['\\u001b', '\\u0007', '\\u007f', '\\u0085', '\\u009b', '\\u202e', '\\u2066']) assert.ok(stdout.includes(escape), `${format} lacks ${escape}`);
    const docs = format === 'ndjson' ? parseJsonLines<unknown>(stdout) : [parseJson<unknown>(stdout)];
    const texts = JSON.stringify(docs);
    assert.ok(texts.includes(JSON.stringify(LINE).slice(1, -1)), `${format}: the evidence text did not round-trip`);
  });
}

test('paths and run names are escaped too', async () => {
  const dir = tree({ 'evil\x1b]0;x\x07name/gitea.log': `${giteaLineWith('plain')}\n` });
  for (const format of Object.keys(REPORTERS).filter((f) => READERS[f] === 'person')) {
    const { stdout } = await runInProcess(['-f', format, `evil\x1b]0;x\x07name`], { cwd: dir });
    assertNoRawControls(stdout, format);
    assert.match(stdout, 'evil\\x1b]0;x\\x07name');
  }
});

test.run();
