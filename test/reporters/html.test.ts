import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlReporter } from '../../src/reporters/html.js';
import { Anchors } from '../../src/reporters/html-text.js';
import { formatOffset } from '../../src/reporters/html-timeline.js';
import type { AnalysisResult } from '../../src/result.js';
import type { Finding } from '../../src/engine/findings.js';
import { runCli, tempDir } from '../helpers.js';
import { jsonOutput } from '../json.js';

const corpusHtml = (() => {
  const file = path.join(tempDir(), 'report.html');
  runCli(['--runs', 'corpus/redfix-canon-sweep/input', '-f', 'html', '-o', file]);
  return readFileSync(file, 'utf8');
})();

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

test("the CSP allows exactly the page's own style and script, by hash, and nothing else", () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(corpusHtml)![1].replace(/&#39;/g, "'");
  const style = /<style>([\s\S]*?)<\/style>/.exec(corpusHtml)![1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(corpusHtml)![1];
  assert.ok(csp.includes(`style-src 'sha256-${sha256(style)}'`), csp);
  assert.ok(csp.includes(`script-src 'sha256-${sha256(script)}'`), csp);
  assert.ok(csp.startsWith("default-src 'none';"));
  assert.not.match(csp, /unsafe|https?:|\*/);
  assert.is((corpusHtml.match(/<script/g) ?? []).length, 1);
});

test('no tag of the page carries an event handler, a style attribute or an external URL', () => {
  const tags = corpusHtml.match(/<[a-zA-Z][^>]*>/g) ?? [];
  assert.ok(tags.length > 500);
  for (const tag of tags) {
    assert.not.match(tag, /\son[a-z]+\s*=/i, tag);
    assert.not.match(tag, /\sstyle\s*=/i, tag);
    assert.not.match(tag, /\s(?:href|src)="(?!#)/i, tag);
  }
});

test('anchors are sanitized, stable and unique even where two ids sanitize alike', () => {
  const finding = (id: string): Finding => ({ id, evidence: [{ path: 'a.log', line: 3, text: 'x' }] } as unknown as Finding);
  const anchors = new Anchors({ findings: [finding('r@run a/gitea/-'), finding('r@run-a/gitea/-'), finding('<x> "y"')] } as unknown as AnalysisResult);
  assert.is(anchors.finding('r@run a/gitea/-'), 'finding-r-run-a-gitea--');
  assert.is(anchors.finding('r@run-a/gitea/-'), 'finding-r-run-a-gitea---2');
  assert.is(anchors.finding('<x> "y"'), 'finding--x-y-');
  assert.is(anchors.evidence('r@run a/gitea/-', 'a.log', 3), 'finding-r-run-a-gitea---ev-1');
  assert.is(anchors.evidence('r@run a/gitea/-', 'b.log', 3), 'finding-r-run-a-gitea--', 'a line not shown points at its finding');
  const ids = [...corpusHtml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.is(new Set(ids).size, ids.length, 'no id twice');
  for (const [, target] of corpusHtml.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(target), `#${target} exists`);
});

test('the header says what the table says: versions, runs, inputs, counts by classification', () => {
  const table = runCli(['--runs', 'corpus/redfix-canon-sweep/input']).stdout.trim().split('\n');
  assert.ok(corpusHtml.includes(`<p class="versions">${table[0]}</p>`), table[0]);
  // The table wraps its last line at 80 columns.
  const counts = table.slice(table.findLastIndex((l) => /^\d+ findings?, /.test(l))).join(' ');
  assert.ok(corpusHtml.includes(`<p class="summary" id="summary">${counts}</p>`), counts);
});

test('the reporter is pure: the same result gives the same page', () => {
  const result = jsonOutput(runCli(['--runs', 'corpus/redfix-canon-sweep/input', '-f', 'json']));
  const context = { color: false, width: 80 };
  assert.is(htmlReporter(result, context), htmlReporter(structuredClone(result), context));
  assert.is(htmlReporter(result, context), corpusHtml);
});

test('offsets read as time from the run start', () => {
  assert.equal([0, 40_000, 12 * 60_000, 65 * 60_000, 90_500].map(formatOffset), ['+0s', '+40s', '+12m', '+1h05m', '+1m31s']);
});

test.run();
