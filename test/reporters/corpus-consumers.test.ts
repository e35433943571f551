/**
 * Every corpus case through the real consumers of each format: the SARIF multitool with GitHub's
 * rules (one run over all cases), the junit schema, junit2json and unique pairs, and marked on
 * the Markdown. The other consumer tests go deep on chosen inputs; this one goes wide.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { marked } from 'marked';
import { parse as junit2json, type TestSuites } from 'junit2json';
import { ROOT } from '../helpers.js';
import { junitSchemaErrors, mergeSarifRuns, sarifMultitoolValidate } from '../consumers.js';
import { runInProcess } from '../cli/fixtures.js';
import { jsonOutput } from '../json.js';
import { loadCases } from '../../src/corpus/cases.js';
import { MARKDOWN_LIMIT } from '../../src/reporters/markdown.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { DEFAULT_FAIL_ON } from '../../src/exit-status.js';
import type { AnalysisResult } from '../../src/result.js';

const cases = (await loadCases(path.join(ROOT, 'corpus'))).filter((c) => !c.error);

// Each case is scanned once, through the CLI (filters, redaction, fingerprints); the reporters,
// pure functions of that result, then make every format from it.
const results = new Map<string, AnalysisResult>();
async function scanned(c: (typeof cases)[number]): Promise<AnalysisResult> {
  const known = results.get(c.name);
  if (known) return known;
  const result = jsonOutput(await runInProcess(['-f', 'json', ...(c.expected.args ?? ['input'])], { cwd: c.dir }));
  results.set(c.name, result);
  return result;
}

async function output(format: string, c: (typeof cases)[number]): Promise<string> {
  const result = await scanned(c);
  const reporter = await REPORTERS[format]();
  return reporter(result, { color: false, width: 80, cwd: c.dir, failOn: new Set(DEFAULT_FAIL_ON) });
}

test('the corpus is there to check', () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
});

test('SARIF of every corpus case: no error or warning from GitHub\'s rules', async () => {
  const logs: string[] = [];
  for (const c of cases) logs.push(await output('sarif', c));
  // Merged (each case stays its own run): the multitool's cost is per file, not per run.
  assert.equal(sarifMultitoolValidate(mergeSarifRuns(logs)), []);
});

test('junit of every corpus case: valid against the schema, read by junit2json, unique (classname, name) pairs', async () => {
  const documents: Record<string, string> = {};
  for (const c of cases) documents[c.name] = await output('junit', c);
  assert.equal(await junitSchemaErrors(documents), []);
  for (const c of cases) {
    const doc = (await junit2json(documents[c.name])) as TestSuites;
    const pairs = (doc.testsuite ?? []).flatMap((s) => s.testcase ?? []).map((t) => `${t.classname} :: ${t.name}`);
    assert.ok(pairs.length > 0, c.name);
    assert.is(new Set(pairs).size, pairs.length, `${c.name}: repeated pairs`);
  }
});

test('Markdown of every corpus case: under the limit, and marked renders only our own tags (and http links)', async () => {
  const own = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'em', 'ul', 'li', 'details', 'summary', 'blockquote', 'br', 'hr', 'pre']);
  for (const c of cases) {
    const md = await output('markdown', c);
    assert.ok(md.length < MARKDOWN_LIMIT, c.name);
    const html = marked.parse(md, { gfm: true, async: false });
    // GitHub links a bare http(s) URL in prose as any comment's; any other link or tag came from the log.
    const plain = html.replace(/<a href="https?:\/\/[^"]*">|<\/a>/g, '');
    const foreign = [...plain.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map(([, tag]) => tag.toLowerCase()).filter((tag) => !own.has(tag));
    assert.equal(foreign, [], c.name);
  }
});

test.run();
