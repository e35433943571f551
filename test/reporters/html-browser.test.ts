/**
 * The HTML report in a real browser (Debian's chromium via playwright-core): it loads with no
 * console error and no request, its matrix is the table's, its marks land on their findings,
 * the timeline shows load against isolation, hostile log text stays text, axe-core finds no
 * serious violation, and a report of 36 runs opens (its time to first paint is printed).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runCli, tempDir } from '../helpers.js';
import { giteaLineWith, rulePack, tree, userRule } from '../cli/fixtures.js';
import { axeViolations, launchOrSkip, watch, type PageWatch } from '../browser/browser.js';
import { jsonOutput, parseJson } from '../json.js';
import { writeSweep } from '../../bench/corpus.js';

const CORPUS = 'corpus/redfix-canon-sweep/input';
const SWEEP = 'canon-sweep-2026-06-16';

let browser: Browser | undefined;
let work = '';

test.before(async () => {
  browser = await launchOrSkip('the HTML report in a real browser');
  work = tempDir('redfix-html-');
  if (browser) console.log(`  screenshots: ${work}`);
});
test.after(async () => { await browser?.close(); });

/** Writes the HTML report of `args` and returns its path. */
function report(args: string[], name: string): string {
  const file = path.join(work, name);
  const run = runCli([...args, '-f', 'html', '-o', file]);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return file;
}

async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; seen: PageWatch }> {
  const page = await browser!.newPage({ viewport });
  const seen = await watch(page);
  await page.goto(pathToFileURL(file).href);
  return { page, seen };
}

/** A value computed in the page (the expression is page JavaScript; the test's types know no DOM). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return parseJson<T>(await page.evaluate<string>(`JSON.stringify(${expression})`), expression);
}

function assertQuiet(seen: PageWatch): void {
  assert.equal(seen.consoleErrors, [], 'console errors');
  assert.equal(seen.requests, [], 'requests beyond the file');
  assert.equal(seen.dialogs, [], 'dialogs');
}

/** The table's marks per run and recipe, read from its plain-text rendering. */
function tableMarks(): Map<string, string[]> {
  const out = runCli(['--runs', CORPUS]).stdout.split('\n');
  const marks = new Map<string, string[]>();
  let run = '';
  for (const line of out) {
    const runLine = /^Run (\S+)/.exec(line);
    if (runLine) run = runLine[1];
    const row = /^│ (\S[^│]*?)\s*│ ([^│]*)│/.exec(line);
    if (!row || row[1] === 'recipe') continue;
    const cell = row[2].slice(0, -1);
    marks.set(`${run} ${row[1]}`, [...cell].filter((_, i) => i % 2 === 0).map((ch) => ch));
  }
  return marks;
}

interface MatrixRun { run: string; rows: Array<{ recipe: string; marks: string[] }> }

test('the corpus report loads with no console error and no request, and its matrix is the table of every run', async () => {
  if (!browser) return;
  const { page, seen } = await open(report(['--runs', CORPUS], 'corpus.html'));
  await page.screenshot({ path: path.join(work, 'corpus.png'), fullPage: true });
  const json = jsonOutput(runCli(['--runs', CORPUS, '-f', 'json']));
  const matrix = await inPage<MatrixRun[]>(page, `[...document.querySelectorAll('#matrix section.run')].map((s) => ({
    run: s.querySelector('h3 code').textContent,
    rows: [...s.querySelectorAll('tbody tr')].map((tr) => ({ recipe: tr.dataset.recipe, marks: [...tr.querySelectorAll('td.mark')].map((td) => td.dataset.mark) })),
  }))`);
  assert.equal(matrix.map((m) => m.run), json.runs.map((r) => r.id));
  for (const run of matrix) {
    const recipes = json.recipes.filter((r) => r.run === run.run).map((r) => r.recipe);
    assert.equal(run.rows.map((r) => r.recipe), recipes, run.run);
  }
  const table = tableMarks();
  for (const run of matrix) {
    for (const row of run.rows) {
      const expected = table.get(`${run.run} ${row.recipe}`);
      assert.ok(expected, `the table has ${run.run} ${row.recipe}`);
      assert.equal(row.marks.slice(0, expected.length).join(''), expected.join(''), `${run.run} ${row.recipe}`);
    }
  }
  assertQuiet(seen);
  await page.close();
});

test("every red mark's link lands on the finding or unexplained failure of its run and recipe", async () => {
  if (!browser) return;
  const { page, seen } = await open(report(['--runs', CORPUS], 'corpus.html'));
  const links = await inPage<Array<{ href: string; run: string; recipe: string }>>(page, `[...document.querySelectorAll('#matrix td.mark a')].map((a) => ({
    href: a.getAttribute('href'), run: a.closest('section.run').querySelector('h3 code').textContent, recipe: a.closest('tr').dataset.recipe,
  }))`);
  assert.ok(links.length >= 8, `${links.length} linked marks`);
  for (const [i, link] of links.entries()) {
    await page.locator('#matrix td.mark a').nth(i).click();
    const landed = await inPage<{ hash: string; recipe: string; run: string; top: number; height: number; kind: string } | null>(page, `(() => {
      const target = document.getElementById(location.hash.slice(1));
      return target && { hash: location.hash, recipe: target.dataset.recipe, run: target.dataset.run, top: target.getBoundingClientRect().top, height: innerHeight, kind: target.className };
    })()`);
    assert.ok(landed, `${link.href} names an element`);
    assert.is(landed.hash, link.href);
    assert.ok(/^(finding|unexplained)$/.test(landed.kind), landed.kind);
    assert.is(landed.recipe, link.recipe);
    assert.is(landed.run, link.run);
    assert.ok(landed.top >= -1 && landed.top < landed.height, `${link.href} scrolled into view (top ${landed.top})`);
  }
  assertQuiet(seen);
  await page.close();
});

interface Lane {
  run: string;
  concurrency: number;
  bars: Array<{ tier: string; result: string; open: boolean; x: number }>;
}

const lanesOf = (page: Page, recipe: string) => inPage<Lane[]>(page, `[...document.querySelectorAll('figure.recipe-timeline[data-recipe="${recipe}"] g.lane')].map((g) => ({
  run: g.dataset.run, concurrency: Number(g.dataset.concurrency ?? 0),
  bars: [...g.querySelectorAll('g.bar')].map((b) => ({ tier: b.dataset.tier, result: b.dataset.result, open: b.dataset.open === 'true', x: Number(b.querySelector('rect').getAttribute('x')) })),
}))`);

const bar = (lane: Lane | undefined, tier: string) => lane?.bars.find((b) => b.tier === tier);

test("the timeline shows discourse's sweep timeout under load beside its isolation run, and mumble red under load beside green alone", async () => {
  if (!browser) return;
  const { page, seen } = await open(report(['--runs', CORPUS], 'corpus.html'));
  const discourse = await lanesOf(page, 'discourse');
  const loaded = discourse.find((l) => l.run.endsWith(SWEEP));
  const alone = discourse.find((l) => l.run.endsWith('redfix-discourse'));
  assert.ok(loaded && alone, 'discourse has a lane in the sweep and in its isolation run, in one figure');
  assert.ok(loaded.concurrency > 1, `sweep lane under load (${loaded.concurrency})`);
  assert.is(alone.concurrency, 1);
  assert.equal({ result: bar(loaded, 'install')?.result, open: bar(loaded, 'install')?.open }, { result: 'fail', open: true }, 'the sweep killed install');
  assert.is(bar(alone, 'install')?.result, 'pass');
  // Lanes line up by offset from each run's start: both installs began seconds after theirs.
  assert.ok(Math.abs(bar(loaded, 'install')!.x - bar(alone, 'install')!.x) < 5, 'install bars aligned');

  const mumble = await lanesOf(page, 'mumble');
  const red = mumble.find((l) => l.run.endsWith(SWEEP));
  const green = mumble.filter((l) => /redfix-mumble2?$/.test(l.run));
  assert.ok(red && red.concurrency > 1, 'mumble under load in the sweep');
  assert.is(bar(red, 'custom')?.result, 'fail');
  assert.is(green.length, 2);
  for (const lane of green) {
    assert.is(lane.concurrency, 1, lane.run);
    assert.is(bar(lane, 'custom')?.result, 'pass', lane.run);
  }
  await page.locator('figure.recipe-timeline[data-recipe="discourse"]').screenshot({ path: path.join(work, 'discourse-across-runs.png') });
  assertQuiet(seen);
  await page.close();
});

test("a timeline mark names its line and opens that evidence, unfolded", async () => {
  if (!browser) return;
  const { page, seen } = await open(report(['--runs', CORPUS], 'corpus.html'));
  const mark = page.locator(`figure.run-timeline g.lane[data-recipe="discourse"] a.mark`).first();
  const title = await mark.locator('title').textContent();
  const href = await mark.getAttribute('href');
  assert.ok(href && /-ev-\d+$/.test(href), `${href} points at an evidence line`);
  await mark.focus();
  assert.ok(await inPage<boolean>(page, `document.activeElement.classList.contains('mark')`), 'the mark takes focus');
  await mark.click();
  const target = await inPage<{ open: boolean; text: string } | null>(page, `(() => {
    const li = document.getElementById(location.hash.slice(1));
    return li && { open: li.closest('details').open, text: li.querySelector('pre').textContent };
  })()`);
  assert.ok(target, `${href} exists`);
  assert.ok(target.open, 'its evidence is unfolded');
  assert.ok(title!.includes(target.text), `the mark's title holds the line: ${title}`);
  assertQuiet(seen);
  await page.close();
});

/** Per run, recipe and tier: the matrix's mark and the timeline bars' marks. */
const marksOnPage = (page: Page) => inPage<{ matrix: Record<string, string>; bars: Array<[string, string]> }>(page, `({
  matrix: Object.fromEntries([...document.querySelectorAll('#matrix td.mark')].map((td) => [td.closest('section.run').querySelector('h3 code').textContent + ' ' + td.closest('tr').dataset.recipe + ' ' + td.dataset.tier, td.dataset.mark])),
  bars: [...document.querySelectorAll('svg g.lane g.bar')].map((b) => [b.closest('g.lane').dataset.run + ' ' + b.closest('g.lane').dataset.recipe + ' ' + b.dataset.tier, b.dataset.mark]),
})`);

for (const [name, args] of [['the whole investigation', ['--runs', CORPUS]], ['red under load and alone, unexplained', ['--runs', 'corpus/unexplained-red-under-load-and-alone/input']]] as const) {
  test(`${name}: every timeline bar carries its matrix cell's mark, and a ? links to its unexplained failure`, async () => {
    if (!browser) return;
    const { page, seen } = await open(report([...args], `${name.replace(/\W+/g, '-')}.html`));
    const { matrix, bars } = await marksOnPage(page);
    assert.ok(bars.length > 0);
    for (const [key, mark] of bars) assert.is(mark, matrix[key], key);
    const unexplained = page.locator('#matrix td.mark[data-mark="?"] a');
    for (let i = 0; i < await unexplained.count(); i++) {
      await unexplained.nth(i).click();
      assert.is(await page.evaluate(`document.getElementById(location.hash.slice(1)).dataset.classification`), 'unexplained');
    }
    if (name.startsWith('red under load')) assert.is(await unexplained.count(), 2, 'lasuite-docs custom is ? in both runs');
    assertQuiet(seen);
    await page.close();
  });
}

const HOSTILE = `<script>window.__pwned = 'script'</script> <img src=x onerror="window.__pwned = 'img'"> <a href="javascript:window.__pwned = 'link'">open</a> </title></svg><svg onload="window.__pwned = 'svg'"> <iframe src="https://example.invalid/"></iframe> </pre></details> \u202ereversed`;

test('a hostile log line executes nothing and shows as text', async () => {
  if (!browser) return;
  const root = tree({ 'nightly <b>/gitea/services/warm-gitea_app.log': `2026-06-17T23:59:01.123456789Z ${giteaLineWith(HOSTILE)}\n` });
  // A user rule puts the hostile text into a root cause too (prose, not only evidence).
  const pack = rulePack(userRule({
    id: 'echo-the-line', scope: 'recipe', classification: 'harness-defect', severity: 'warning',
    events: { m: { literals: ['onerror='], message: '(?<said><script>.*reversed)' } }, condition: { exists: 'm' }, rootCause: 'the log said {{said}}',
  }));
  const { page, seen } = await open(report(['--runs', root, '--rules', pack], 'hostile.html'));
  // Both findings mark the same instant: the last drawn is on top.
  await page.locator('a.mark').last().hover();
  await page.locator('a.mark').last().click();
  await page.waitForTimeout(200);
  assert.is(await page.evaluate('typeof window.__pwned'), 'undefined');
  const dom = await inPage<{ scripts: number; embeds: number; jsLinks: number; handlers: string[]; svgs: number; figures: number; text: string; titles: string; rootCause: boolean }>(page, `({
    scripts: document.scripts.length,
    embeds: document.querySelectorAll('img, iframe, object, embed').length,
    jsLinks: [...document.querySelectorAll('[href]')].filter((a) => /^\\s*javascript:/i.test(a.getAttribute('href'))).length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
    svgs: document.querySelectorAll('svg').length,
    figures: document.querySelectorAll('figure').length,
    text: document.body.innerText,
    titles: [...document.querySelectorAll('svg title')].map((t) => t.textContent).join('\\n'),
    rootCause: [...document.querySelectorAll('article p')].some((p) => p.textContent.includes('the log said <script>')),
  })`);
  assert.is(dom.scripts, 1, 'only the report script');
  assert.is(dom.embeds, 0);
  assert.is(dom.jsLinks, 0);
  assert.equal(dom.handlers, []);
  assert.is(dom.svgs, dom.figures, 'each timeline is one svg: </svg> in a line closed none');
  assert.ok(dom.text.includes(`<script>window.__pwned = 'script'</script>`), 'the script tag shows as text');
  assert.ok(dom.text.includes(`<img src=x onerror="window.__pwned = 'img'">`), 'the img tag shows as text');
  assert.ok(dom.text.includes('\\u202ereversed'), 'the bidi override shows escaped');
  assert.ok(dom.titles.includes('</title></svg><svg onload='), 'the mark title holds the line as text');
  assert.ok(dom.text.includes('nightly <b>'), 'the run name shows as text');
  assert.ok(dom.rootCause, 'the root cause holds the hostile text as text');
  await page.screenshot({ path: path.join(work, 'hostile.png'), fullPage: true });
  assertQuiet(seen);
  await page.close();
});

test('axe-core finds no serious or critical accessibility violation', async () => {
  if (!browser) return;
  for (const input of [CORPUS, 'corpus/unexplained-red-under-load-and-alone/input']) {
    const { page, seen } = await open(report(['--runs', input], 'axe.html'));
    const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.equal(violations, [], `${input}: ${JSON.stringify(violations, null, 2)}`);
    assertQuiet(seen);
    await page.close();
  }
});

test('filters show only the chosen classification and recipe', async () => {
  if (!browser) return;
  const { page } = await open(report(['--runs', CORPUS], 'corpus.html'));
  await page.selectOption('#filter-classification', 'load-flake');
  const shown = await inPage<Array<{ classification: string }>>(page, `[...document.querySelectorAll('[data-filterable]')].filter((el) => !el.hidden).map((el) => ({ classification: el.dataset.classification }))`);
  assert.ok(shown.length > 0);
  assert.ok(shown.every((s) => s.classification === 'load-flake'));
  await page.selectOption('#filter-recipe', 'gitea');
  assert.is(await page.evaluate(`[...document.querySelectorAll('[data-filterable]')].filter((el) => !el.hidden).length`), 0, 'no load-flake of gitea');
  // A link to a filtered-out finding clears the filters so it can be seen.
  await page.locator('#matrix section.run').first().locator('tr[data-recipe="gitea"] td.mark a').first().click();
  // The page clears its filters on the hash change, an event after the click: on a loaded machine, not at once.
  const shownAfterClick = `(() => { const target = document.getElementById(location.hash.slice(1)); return target !== null && !target.hidden; })()`;
  await page.waitForFunction(shownAfterClick, null, { timeout: 5000 }).catch(() => undefined);
  assert.is(await page.evaluate(`document.getElementById(location.hash.slice(1)).hidden`), false);
  await page.close();
});

test('a report of 36 runs and about a thousand findings opens (time to first paint printed)', async () => {
  if (!browser) return;
  const runs = path.join(work, 'runs');
  for (let i = 1; i <= 36; i++) {
    const dir = path.join(runs, `sweep-${String(i).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeSweep({ dir, seed: `html-report-${i}`, bytes: 300_000, rate: 0.03 });
  }
  const file = report(['--runs', runs], 'scale.html');
  const json = JSON.parse(runCli(['--runs', runs, '-f', 'json']).stdout) as { findings: unknown[]; unexplained: unknown[] };
  assert.ok(json.findings.length >= 900, `${json.findings.length} findings`);
  const { page, seen } = await open(file);
  const paint = await inPage<{ first?: number; contentful?: number }>(page, `(() => {
    const entries = performance.getEntriesByType('paint');
    return { first: entries.find((e) => e.name === 'first-paint')?.startTime, contentful: entries.find((e) => e.name === 'first-contentful-paint')?.startTime };
  })()`);
  assert.ok(paint.first !== undefined, 'the page painted');
  const mb = (statSync(file).size / 1e6).toFixed(1);
  console.log(`  html report of 36 runs, ${json.findings.length} findings, ${json.unexplained.length} unexplained failures (${mb} MB): first paint ${Math.round(paint.first)} ms, first contentful paint ${Math.round(paint.contentful ?? NaN)} ms`);
  assert.is(await page.evaluate(`document.querySelectorAll('#matrix section.run').length`), 36);
  assert.is(await page.evaluate(`document.querySelectorAll('[data-filterable]').length`), json.findings.length + json.unexplained.length);
  await page.screenshot({ path: path.join(work, 'scale.png') });
  assertQuiet(seen);
  await page.close();
});

test.run();
