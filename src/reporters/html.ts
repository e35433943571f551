import { createHash } from 'node:crypto';
import { KNOWN_TIERS } from '../triage/attribution.js';
import { blamingFinding, explains } from '../triage/verdict.js';
import { findingsByRecipe, recipeKey, type Finding } from '../engine/findings.js';
import type { AnalysisResult, RecipeSummary, RunSummary, TimelineMark, TimelineRestart, UnexplainedFailure } from '../result.js';
import { inputProblemLines } from '../result.js';
import { plural } from '../text/plural.js';
import { acrossRunFacts } from './across-runs.js';
import { historyMarkText } from './history-mark.js';
import { drawLanes, timelineSpan, type LaneRow } from './html-timeline.js';
import { Anchors, attr, EVIDENCE_SHOWN, escapeHtml } from './html-text.js';
import { cellMark, countVerdicts, MARK_LEGEND, tierCodes } from './marks.js';
import { unlistedNote } from './unlisted.js';
import type { Reporter } from './types.js';
import { displayText, shortPath, unitLabel } from './text.js';

/** Log text as HTML: controls shown escaped (as in every format), then every markup character an entity. */
function t(text: string, max = 2000): string {
  return escapeHtml(displayText(text, max));
}

const MARK_CLASS: Record<string, string> = { '✓': 'pass', '✗': 'fail', '?': 'unexplained', '-': 'skip', '·': 'na', ' ': 'none' };
const MARK_WORDS: Record<string, string> = { '✓': 'pass', '✗': 'fail, explained', '?': 'fail, no finding explains it', '-': 'skipped', '·': 'not applicable', ' ': 'not run' };

/** Everything a page section needs about the result, computed once. */
interface Page {
  result: AnalysisResult;
  anchors: Anchors;
  findingsOf: Map<string, Finding[]>;
  codes: Map<string, string>;
  extraTiers: string[];
}

/** Where a cell's link goes: the finding that explains the red tier, else the unexplained failure of it. */
function cellTarget(
  page: Page,
  row: RecipeSummary,
  tier: string,
  mark: string,
  findings: Finding[],
): string | undefined {
  if (mark === '✗') {
    const explaining = findings.filter((f) => explains(f, tier));
    const f = blamingFinding(explaining) ?? explaining[0];
    return f ? page.anchors.finding(f.id) : undefined;
  }
  if (mark === '?') {
    const index = page.result.unexplained.findIndex((u) => u.run === row.run && u.recipe === row.recipe && (u.tier === tier || tier === 'run'));
    return index >= 0 ? page.anchors.unexplained(index) : undefined;
  }
  return undefined;
}

function header(result: AnalysisResult): string {
  const counts = countVerdicts(result.recipes);
  const summary = `${plural(result.findings.length, 'finding')}, ${plural(result.unexplained.length, 'unexplained failure')}${counts ? ` · ${counts}` : ''}`;
  const out = [
    '<header>',
    `<h1>${t(result.tool.name)} report</h1>`,
    `<p class="versions">${t(`${result.tool.name} ${result.tool.version} · rules ${result.tool.rules} · ${plural(result.runs.length, 'run')}, ${plural(result.inputs.length, 'input')}`)}</p>`,
    `<p class="summary" id="summary">${t(summary)}</p>`,
  ];
  for (const notice of result.notices) out.push(`<p class="notice">note: ${t(notice, 600)}</p>`);
  const problems = inputProblemLines(result);
  if (problems.length > 0) {
    out.push(`<details class="problems"><summary>${plural(problems.length, 'input problem')}</summary><ul>`);
    for (const p of problems) out.push(`<li><code>${t(p, 600)}</code></li>`);
    out.push('</ul></details>');
  }
  out.push('</header>');
  return out.join('\n');
}

function runFacts(run: RunSummary): string {
  return [run.started ? `started ${run.started}` : undefined, run.concurrency ? `${run.concurrency} recipes deploying at once` : undefined].filter(Boolean).join(' · ');
}

function causeCell(page: Page, row: RecipeSummary, findings: Finding[]): string {
  const top = blamingFinding(findings) ?? findings[0];
  if (top) {
    const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
    const where = shortPath(shortPath(top.location.path, row.run), row.recipe);
    return `<a href="#${page.anchors.finding(top.id)}">${t(top.rule, 200)}</a>${t(more)} · <code>${t(where, 200)}:${top.location.line}</code>`;
  }
  const index = page.result.unexplained.findIndex((u) => u.run === row.run && u.recipe === row.recipe);
  if (index < 0) return '';
  const open = page.result.unexplained[index];
  const line = open.lines[0];
  const what = line ? `: ${displayText(line.message ?? line.text, 60)}` : '';
  return `<a href="#${page.anchors.unexplained(index)}">unexplained ${t(open.tier ?? 'no tier', 40)}</a>${t(what)}`;
}

/** One run's recipe × tier matrix, in the table's marks; a red cell links to what explains it. */
function matrix(page: Page, run: RunSummary, index: number): string {
  const rows = page.result.recipes.filter((r) => r.run === run.id);
  const out = [`<section class="run" id="run-${index + 1}" aria-labelledby="run-${index + 1}-title">`, `<h3 id="run-${index + 1}-title">Run <code>${t(run.id, 300)}</code></h3>`];
  const facts = runFacts(run);
  if (facts) out.push(`<p class="facts">${t(facts)}</p>`);
  if (rows.length === 0) return [...out, '<p>no recipe recognized in this run</p>', '</section>'].join('\n');
  const tiers = [...KNOWN_TIERS, ...page.extraTiers.filter((x) => rows.some((r) => r.tiers[x] !== undefined))];
  out.push('<table class="matrix"><thead><tr><th scope="col">recipe</th>');
  for (const tier of tiers) out.push(`<th scope="col" class="tier"><abbr title="${t(tier, 40)}">${t(page.codes.get(tier) ?? '?', 3)}</abbr></th>`);
  out.push('<th scope="col">verdict</th><th scope="col">root cause · evidence</th></tr></thead><tbody>');
  for (const row of rows) {
    const findings = page.findingsOf.get(recipeKey(row.run, row.recipe)) ?? [];
    out.push(`<tr data-recipe="${attr(row.recipe)}" data-verdict="${attr(row.verdict)}"><th scope="row">${t(unitLabel(row), 60)}</th>`);
    for (const tier of tiers) {
      const mark = cellMark(row, tier);
      const words = `${unitLabel(row)} ${tier}: ${MARK_WORDS[mark]}`;
      const target = cellTarget(page, row, tier, mark, findings);
      const glyph = mark === ' ' ? '' : t(mark);
      const body = target ? `<a href="#${target}" title="${t(words, 200)}" aria-label="${t(words, 200)}">${glyph}</a>` : glyph ? `<span title="${t(words, 200)}">${glyph}</span>` : '';
      out.push(`<td class="mark mark-${MARK_CLASS[mark]}" data-tier="${attr(tier)}" data-mark="${t(mark)}">${body}</td>`);
    }
    out.push(`<td class="verdict verdict-${t(row.verdict, 60)}">${t(row.verdict, 60)}</td><td>${causeCell(page, row, findings)}</td></tr>`);
  }
  out.push('</tbody></table>', '</section>');
  return out.join('\n');
}

function legend(page: Page): string {
  return `<p class="legend">tiers: ${t([...page.codes.entries()].map(([tier, code]) => `${code} ${tier}`).join(', '))}<br>${t(MARK_LEGEND)}</p>`;
}

/** The text of the line a mark stands for, from the finding's evidence or the unexplained failure's top line. */
function markText(page: Page): (run: string, mark: TimelineMark) => string {
  const byId = new Map(page.result.findings.map((f) => [f.id, f]));
  return (_run, mark) => {
    if (mark.finding !== undefined) {
      const f = byId.get(mark.finding);
      const e = f?.evidence.find((ev) => ev.path === mark.path && ev.line === mark.line);
      return `${f ? `${f.classification} ${f.rule}: ` : ''}${e?.text ?? ''}`;
    }
    const u = page.result.unexplained[mark.unexplained ?? -1];
    const line = u?.lines.find((l) => l.path === mark.path && l.line === mark.line);
    return `unexplained: ${line?.message ?? line?.text ?? ''}`;
  };
}

/** A restart links to the finding citing its service's log, else to the unexplained failure that does. */
function restartTarget(page: Page): (run: string, restart: TimelineRestart) => string | undefined {
  return (run, restart) => {
    const f = page.result.findings.find((x) => x.run === run && x.evidence.some((e) => e.path === restart.path));
    if (f) return page.anchors.evidence(f.id, restart.path, restart.line);
    const index = page.result.unexplained.findIndex(
      (u) => u.run === run && u.lines.some((l) => l.path === restart.path),
    );
    return index >= 0 ? page.anchors.unexplained(index) : undefined;
  };
}

function shortRun(run: string): string {
  return run.split('/').filter(Boolean).pop() ?? run;
}

/**
 * The runs over time: one picture per run (its units and concurrency), then each recipe seen in
 * more than one run with its lanes from every run one under another, on the same scale from each
 * run's start, so red under load beside green alone shows at a glance.
 */
function timelines(page: Page): string {
  const timed = page.result.runs.filter((r) => r.timeline && r.timeline.lanes.length > 0);
  if (timed.length === 0) return '';
  const span = timelineSpan(page.result);
  const text = markText(page);
  const restarts = restartTarget(page);
  const rowOf = new Map(page.result.recipes.map((r) => [recipeKey(r.run, r.recipe), r]));
  const verdictOf = (run: string, recipe: string) => rowOf.get(recipeKey(run, recipe))?.verdict;
  // The bars carry the matrix's marks: the same function decides both.
  const markOf = (run: string, recipe: string) => (tier: string) => {
    const row = rowOf.get(recipeKey(run, recipe));
    return row ? cellMark(row, tier) : ' ';
  };
  const out = ['<section id="timelines" aria-labelledby="timelines-title">', '<h2 id="timelines-title">Timeline</h2>',
    `<p class="legend">Each lane is a unit from its run's start (one scale for every run): its tiers as bars (red ones marked as in the matrix, ${t('✗')} or ?; dashed: never ended), ◆ a finding's evidence, ● an unexplained failure's top line, | a crash-loop restart; the step curve is how many recipes were deploying. Hover or focus a mark for its line; follow it to the evidence.</p>`];
  timed.forEach((run) => {
    const rows: LaneRow[] = run.timeline!.lanes.map((lane) => ({ run: run.id, timeline: run.timeline!, lane, label: lane.unit && lane.unit.kind !== 'recipe' ? `${lane.unit.kind} ${lane.recipe}` : lane.recipe, verdict: verdictOf(run.id, lane.recipe), markOf: markOf(run.id, lane.recipe) }));
    out.push(`<figure class="run-timeline" data-run="${attr(run.id)}"><figcaption>Run <code>${t(run.id, 300)}</code>${run.timeline!.start ? ` · from ${t(run.timeline!.start)}` : ''}</figcaption>`);
    out.push(`<div class="scroll">${drawLanes(rows, span, page.anchors, text, restarts, `Timeline of run ${run.id}`, run.timeline)}</div></figure>`);
  });
  const byRecipe = new Map<string, LaneRow[]>();
  for (const run of timed) {
    for (const lane of run.timeline!.lanes) {
      if (lane.unit && lane.unit.kind !== 'recipe') continue;
      const list = byRecipe.get(lane.recipe) ?? [];
      list.push({
        run: run.id,
        timeline: run.timeline!,
        lane,
        label: shortRun(run.id),
        verdict: verdictOf(run.id, lane.recipe),
        markOf: markOf(run.id, lane.recipe),
      });
      byRecipe.set(lane.recipe, list);
    }
  }
  const compared = [...byRecipe.entries()]
    .filter(([, rows]) => rows.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (compared.length > 0) {
    out.push('<h3 id="across-runs">Recipes across runs</h3>');
    for (const [recipe, rows] of compared) {
      out.push(`<figure class="recipe-timeline" data-recipe="${attr(recipe)}"><figcaption>${t(recipe, 200)} in ${rows.length} runs</figcaption>`);
      out.push(`<div class="scroll">${drawLanes(rows, span, page.anchors, text, restarts, `Timeline of ${recipe} across runs`)}</div></figure>`);
    }
  }
  out.push('</section>');
  return out.join('\n');
}

function whereOf(f: Finding): string {
  return [f.recipe ?? '(unknown recipe)', f.tier, f.test].filter(Boolean).join(' / ');
}

function findingArticle(page: Page, f: Finding): string {
  const id = page.anchors.finding(f.id);
  const out = [`<article class="finding" id="${id}" data-filterable data-classification="${attr(f.classification)}" data-recipe="${attr(f.recipe ?? '')}" data-run="${attr(f.run)}">`];
  out.push(`<h3><span class="tag tag-${t(f.classification, 60)}">${t(f.classification, 60)}</span> <code>${t(f.rule, 200)}</code> — ${t(whereOf(f), 300)}</h3>`);
  out.push(`<p class="facts">confidence ${f.confidence.toFixed(2)} · run <code>${t(f.run, 300)}</code> · <a href="#${id}">#</a></p>`);
  out.push(`<p class="title">${t(f.title, 400)}</p>`);
  out.push(`<p><strong>Root cause:</strong> ${t(f.rootCause, 4000)}</p>`, `<p><strong>Fix:</strong> ${t(f.fix, 4000)}</p>`);
  out.push(`<details class="evidence"><summary>Evidence (${plural(f.evidence.length, 'line')})</summary><ol>`);
  f.evidence.slice(0, EVIDENCE_SHOWN).forEach((e, i) => {
    out.push(`<li id="${id}-ev-${i + 1}"><code class="where">${t(shortPath(e.path, f.run), 400)}:${e.line}</code>${e.count ? ` <span class="count">(x${e.count})</span>` : ''}${e.ts ? ` <span class="ts">${t(e.ts, 40)}</span>` : ''}<pre>${t(e.text, 4000)}</pre>`);
    const values = Object.entries(e.values ?? {});
    if (values.length > 0) out.push(`<ul class="values">${values.map(([name, vs]) => `<li>${t(name, 80)}: ${vs.map((v) => `<code>${t(v, 120)}</code>`).join(', ')}</li>`).join('')}</ul>`);
    out.push('</li>');
  });
  out.push('</ol>');
  if (f.evidence.length > EVIDENCE_SHOWN) out.push(`<p class="more">… ${f.evidence.length - EVIDENCE_SHOWN} more in --format json</p>`);
  const unlisted = unlistedNote(f);
  if (unlisted) out.push(`<p class="more">${t(unlisted)}</p>`);
  out.push('</details>');
  out.push('<details class="why"><summary>Why</summary><ul>', ...f.why.map((w) => `<li>${t(w.condition, 300)}: ${t(w.detail, 600)}</li>`), '</ul></details>');
  if (f.acrossRuns && f.acrossRuns.length > 0) {
    out.push('<div class="across"><strong>Across runs:</strong><ul>');
    for (const a of f.acrossRuns) {
      const word = a.result === 'fail' ? 'red' : a.result === 'pass' ? 'green' : 'not run';
      out.push(`<li class="across-${a.result}"><span class="result">${word}</span> <code>${t(a.run, 300)}</code> ${t(acrossRunFacts(a), 300)}</li>`);
    }
    out.push('</ul></div>');
  }
  if (f.history) out.push(`<p class="history"><strong>History:</strong> ${t(historyMarkText(f.history), 600)}</p>`);
  out.push('</article>');
  return out.join('\n');
}

function unexplainedArticle(page: Page, u: UnexplainedFailure, index: number): string {
  const out = [`<article class="unexplained" id="${page.anchors.unexplained(index)}" data-filterable data-classification="unexplained" data-recipe="${attr(u.recipe ?? '')}" data-run="${attr(u.run)}">`];
  out.push(`<h3><span class="tag tag-unexplained">unexplained</span> ${t(unitLabel(u), 60)} / ${t(u.tier ?? 'no tier', 40)}${u.test ? ` — <code>${t(u.test, 200)}</code>` : ''}</h3>`);
  out.push(`<p class="facts">run <code>${t(u.run, 300)}</code></p>`);
  if (u.signals) out.push(`<p>${t(u.signals.map((s) => `${s.detail}${s.count > 1 ? ` x${s.count}` : ''}`).join(', '), 600)}</p>`);
  if (u.lines.length === 0) out.push('<p>no error-level line of this recipe in the failing tier; read its logs around the tier</p>');
  else {
    out.push(`<details class="evidence"><summary>Candidate lines (${u.lines.length}), ranked</summary><ol>`);
    for (const line of u.lines.slice(0, EVIDENCE_SHOWN)) {
      out.push(`<li><code class="where">${t(shortPath(line.path, u.run), 400)}:${line.line}</code> <span class="count">score ${line.score.toFixed(1)}${line.count ? ` (x${line.count})` : ''}${line.reasons?.length ? ` [${t(line.reasons.join('; '), 200)}]` : ''}</span><pre>${t(line.message ?? line.text, 4000)}</pre></li>`);
    }
    out.push('</ol>');
    if (u.lines.length > EVIDENCE_SHOWN) out.push(`<p class="more">… ${u.lines.length - EVIDENCE_SHOWN} more in --format json</p>`);
    out.push('</details>');
  }
  out.push('</article>');
  return out.join('\n');
}

function filters(result: AnalysisResult): string {
  const classes = [...new Set([...result.findings.map((f) => f.classification as string), ...(result.unexplained.length ? ['unexplained'] : [])])].sort();
  const recipes = [...new Set([...result.findings.map((f) => f.recipe ?? ''), ...result.unexplained.map((u) => u.recipe ?? '')])].filter(Boolean).sort();
  const options = (values: string[]) => ['<option value="">all</option>', ...values.map((v) => `<option value="${attr(v)}">${t(v, 200)}</option>`)].join('');
  // Hidden until the script runs: without it the controls would do nothing.
  return `<form id="filters" class="filters" hidden><label>classification <select id="filter-classification">${options(classes)}</select></label> ` +
    `<label>recipe <select id="filter-recipe">${options(recipes)}</select></label> <output id="filter-count" aria-live="polite"></output></form>`;
}

/**
 * The page's only script: filtering by classification and recipe, and opening the folded
 * evidence a link lands on. It reads data attributes and sets `hidden`/`open`; it never builds
 * markup. Allowed by its hash in the Content-Security-Policy, so no inline handler can run.
 */
const SCRIPT = `(() => {
  const byClass = document.getElementById('filter-classification');
  const byRecipe = document.getElementById('filter-recipe');
  const count = document.getElementById('filter-count');
  const items = [...document.querySelectorAll('[data-filterable]')];
  const apply = () => {
    let shown = 0;
    for (const item of items) {
      item.hidden = (byClass.value !== '' && item.dataset.classification !== byClass.value) || (byRecipe.value !== '' && item.dataset.recipe !== byRecipe.value);
      if (!item.hidden) shown += 1;
    }
    count.textContent = shown + ' of ' + items.length + ' shown';
  };
  const reveal = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    if (target.closest('[hidden]')) { byClass.value = ''; byRecipe.value = ''; apply(); }
    for (let node = target; node; node = node.parentElement) if (node.tagName === 'DETAILS') node.open = true;
    target.scrollIntoView();
  };
  byClass.addEventListener('change', apply);
  byRecipe.addEventListener('change', apply);
  window.addEventListener('hashchange', reveal);
  document.getElementById('filters').hidden = false;
  apply();
  reveal();
})();`;

const STYLE = `
:root { color-scheme: light; --fail: #b3261e; --pass: #1e6b34; --warn: #8a5a00; --muted: #555; --line: #ccc; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #111; background: #fff; max-width: 1400px; }
code, pre, .matrix td.mark { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f5f5; padding: .4rem .6rem; margin: .2rem 0 .6rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.versions, .facts, .legend, .count, .ts, .more { color: var(--muted); }
.summary { font-weight: 600; }
.notice { color: var(--warn); }
table.matrix { border-collapse: collapse; margin: .4rem 0; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: .15rem .45rem; text-align: left; vertical-align: top; }
.matrix thead th { background: #f0f0f0; }
.matrix td.mark { text-align: center; font-weight: 700; min-width: 1.4em; }
.matrix td.mark a { text-decoration: none; display: block; color: inherit; }
.mark-pass { color: var(--pass); } .mark-fail { color: var(--fail); } .mark-unexplained { color: var(--fail); background: #fde8e6; } .mark-skip, .mark-na { color: var(--muted); }
.verdict-green { color: var(--pass); } .verdict-unexplained, .verdict-recipe-defect, .verdict-stale-test { color: var(--fail); font-weight: 600; }
.verdict-load-flake, .verdict-leftover-state { color: var(--warn); } .verdict-harness-defect { color: #6b2a8a; }
.tag { display: inline-block; padding: 0 .35rem; border: 1px solid currentColor; border-radius: 3px; font-size: .85rem; }
.tag-unexplained, .tag-recipe-defect, .tag-stale-test { color: var(--fail); } .tag-load-flake, .tag-leftover-state { color: var(--warn); } .tag-benign { color: var(--muted); }
article { border-top: 1px solid var(--line); padding: .2rem 0 .6rem; }
article:target { background: #fff8d6; }
li:target { background: #fff8d6; }
.across-fail .result { color: var(--fail); font-weight: 600; } .across-pass .result { color: var(--pass); font-weight: 600; }
.filters { margin: .6rem 0; } .filters label { margin-right: 1rem; }
figure { margin: .8rem 0; } figcaption { font-weight: 600; margin-bottom: .2rem; }
.scroll { overflow-x: auto; }
svg.timeline { display: block; font: 11px system-ui, sans-serif; }
svg .axis line { stroke: #999; } svg .axis text { fill: #444; }
svg .lane-label { fill: #111; } svg .lane-label .load { fill: #555; }
svg .window { stroke: #bbb; stroke-width: 1; }
svg .bar rect { stroke: #333; stroke-width: .5; }
svg .bar-pass rect { fill: #9fd3a8; } svg .bar-fail rect { fill: #e8827a; stroke: var(--fail); stroke-width: 1.5; }
svg .bar-skip rect, svg .bar-na rect, svg .bar-none rect { fill: #ddd; }
svg .bar[data-open] rect { stroke-dasharray: 4 2; }
svg .bar-unexplained rect { fill: #fde8e6; stroke-width: 2.5; }
svg .bar-label { fill: #111; font-size: 9px; }
svg .mark path, svg .mark circle { stroke: #111; stroke-width: 1; }
svg .mark-finding path { fill: #ffcc33; } svg .mark-unexplained circle { fill: #fff; stroke: var(--fail); stroke-width: 2; }
svg a.mark:focus, svg a.restart:focus { outline: none; } svg a.mark:focus path, svg a.mark:focus circle, svg a.mark:hover path, svg a.mark:hover circle { stroke-width: 3; }
svg .restart line { stroke: #6b2a8a; stroke-width: 2; } svg a.restart:focus line { stroke-width: 4; }
svg .concurrency path { fill: none; stroke: #2a5db0; stroke-width: 2; } svg .concurrency .baseline { stroke: #bbb; }
@media print { .filters { display: none; } }
`;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * One self-contained HTML file: header, the recipe × tier matrix per run, the timelines (inline
 * SVG), the findings and unexplained failures with folded evidence. No request leaves the page:
 * the Content-Security-Policy allows nothing but the page's own style and script, by hash.
 * Every piece of log text goes through `t` (displayed escapes, then HTML entities).
 */
export const htmlReporter: Reporter = (result) => {
  const extraTiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))]
    .filter((x) => !(KNOWN_TIERS as readonly string[]).includes(x))
    .sort();
  const page: Page = {
    result,
    anchors: new Anchors(result),
    findingsOf: findingsByRecipe(result.findings),
    codes: tierCodes(extraTiers),
    extraTiers,
  };
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const body = [
    header(result),
    '<main>',
    '<section id="matrix" aria-labelledby="matrix-title"><h2 id="matrix-title">Recipes × tiers</h2>',
    ...result.runs.map((run, i) => matrix(page, run, i)),
    legend(page),
    '</section>',
    timelines(page),
    `<section id="findings" aria-labelledby="findings-title"><h2 id="findings-title">Findings and unexplained failures</h2>`,
    filters(result),
    result.findings.length === 0 && result.unexplained.length === 0 ? '<p>No finding and no unexplained failure.</p>' : '',
    ...result.findings.map((f) => findingArticle(page, f)),
    ...result.unexplained.map((u, i) => unexplainedArticle(page, u, i)),
    '</section>',
    '</main>',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${t(`${result.tool.name} report: ${plural(result.findings.length, 'finding')}, ${plural(result.unexplained.length, 'unexplained failure')}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter((s) => s !== ''),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
