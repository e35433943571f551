import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { KNOWN_TIERS } from '../triage/attribution.js';
import type { AnalysisResult, RecipeSummary } from '../result.js';
import { findingsByRecipe, recipeKey, type Finding } from '../engine/findings.js';
import type { Reporter } from './types.js';
import { blamingFinding } from '../triage/summary.js';
import { countVerdicts, MARK_LEGEND, tierCodes, tierMark as plainTierMark } from './marks.js';
import { acrossRunFacts } from './across-runs.js';
import { historyMarkText } from './history-mark.js';
import { displayText, shortPath, wrap, wrapStyled, unitLabel } from './text.js';
import { plural } from '../text/plural.js';

export { tierCodes };

/** Below this many columns the table would squeeze its cells to nothing: each recipe is stacked instead. */
export const STACKED_BELOW = 70;
const MIN_WIDTH = 30;
const MAX_WIDTH = 160;

/** Evidence and candidate lines are wrapped, not cut at one line: the cause sits after the prefixes. */
const LINE_TEXT_MAX = 800;

/**
 * The triage table, as the redfix status file tracked the investigation: one row per recipe
 * with each tier's result, the verdict, the root cause and its evidence; then each finding and
 * each unexplained failure in detail. Fits the width it is given (stacked below 70 columns); colour only when the context says so.
 */
export const tableReporter: Reporter = (result, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, Math.min(context.width, MAX_WIDTH));
  const verdictStyle = (v: string): ((s: string) => string) => {
    switch (v) {
      case 'green': return c.green;
      case 'benign': return c.gray;
      case 'load-flake': return c.yellow;
      case 'leftover-state': return c.cyan;
      case 'harness-defect': return c.magenta;
      case 'unexplained': return c.bold.red;
      default: return c.red;
    }
  };
  const verdictColour = (v: string): string => verdictStyle(v)(v);
  const out: string[] = [];
  const totalInputs = result.inputs.length;
  out.push(wrapStyled([[`${result.tool.name} ${result.tool.version} · rules ${result.tool.rules} · ${plural(result.runs.length, 'run')}, ${plural(totalInputs, 'input')}`, c.bold]], width));
  for (const notice of result.notices) out.push(wrapStyled([[`note: ${displayText(notice, 600)}`, c.yellow]], width, '', '  '));

  const findingsOf = findingsByRecipe(result.findings);
  const extraTiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))].filter((t) => !(KNOWN_TIERS as readonly string[]).includes(t)).sort();
  const codes = tierCodes(extraTiers);
  for (const run of result.runs) {
    const rows = result.recipes.filter((r) => r.run === run.id);
    out.push('');
    const facts = [run.started ? `started ${run.started}` : undefined, run.concurrency ? `${run.concurrency} recipes deploying at once` : undefined].filter(Boolean).join(' · ');
    out.push(wrapStyled([[`Run ${displayText(run.id, 300)}`, c.bold], [facts, c.gray]], width, '', '  '));
    if (rows.length === 0) { out.push(c.gray('  no recipe recognized in this run')); continue; }
    const runExtras = extraTiers.filter((t) => rows.some((r) => r.tiers[t] !== undefined));
    const tiers = [...KNOWN_TIERS, ...runExtras];
    const tierHeader = tiers.map((t) => codes.get(t)!).join(' ');
    const recipeWidth = Math.min(20, Math.max(10, ...rows.map((r) => r.recipe.length + 2)));
    const tierWidth = Math.max(tierHeader.length, tiers.length * 2 - 1) + 2;
    const verdictWidth = Math.max(9, ...rows.map((r) => r.verdict.length + 2));
    const causeWidth = width - (recipeWidth + tierWidth + verdictWidth) - 5;
    if (width < STACKED_BELOW || causeWidth < 20) {
      for (const row of rows) out.push(...stackedRow(row, tiers, codes, findingsOf.get(recipeKey(row.run, row.recipe)) ?? [], result, width, c, verdictStyle));
      continue;
    }
    // Cells are wrapped here, word by word with each word styled on its own: cli-table3's own
    // wrapping counts escape codes as text and cuts inside them when colour is on. Borders and
    // head get no style of the table's own (its defaults colour them whatever NO_COLOR says).
    const cellText = (pieces: Parameters<typeof wrapStyled>[0], colWidth: number) => wrapStyled(pieces, colWidth - 2);
    const table = new Table({
      head: [['recipe', recipeWidth], [tierHeader, tierWidth], ['verdict', verdictWidth], ['root cause · evidence', causeWidth]].map(([h, w]) => cellText([[h as string, c.bold]], w as number)),
      colWidths: [recipeWidth, tierWidth, verdictWidth, causeWidth],
      wordWrap: false,
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    });
    for (const row of rows) {
      const findings = findingsOf.get(recipeKey(row.run, row.recipe)) ?? [];
      table.push([
        cellText([[displayText(unitLabel(row), 60)]], recipeWidth), tierCells(row, tiers, findings, c),
        cellText([[row.verdict, verdictStyle(row.verdict)]], verdictWidth), cellText([[causeCell(row, findings, result)]], causeWidth),
      ]);
    }
    out.push(table.toString());
  }
  // The legend on two lines (on one it was 130 columns), each wrapped to the width; every tier shown has its entry.
  out.push(wrapStyled([[`tiers: ${[...codes.entries()].map(([t, code]) => `${code} ${displayText(t, 40)}`).join(', ')}`, c.gray]], width, '', '       '));
  const marks = `       ${MARK_LEGEND}`;
  out.push(marks.length <= width ? c.gray(marks) : wrapStyled([[marks.trim(), c.gray]], width, '       ', '       '));

  if (result.findings.length > 0) {
    out.push('', c.bold('Findings'));
    result.findings.forEach((f, i) => out.push('', ...findingLines(f, i + 1, width, c, verdictColour)));
  }
  if (result.unexplained.length > 0) {
    out.push('', c.bold('Unexplained failures'));
    for (const u of result.unexplained) {
      out.push('', wrapStyled([
        ['unexplained', c.bold.red], [`${displayText(unitLabel(u), 60)} / ${displayText(u.tier ?? 'no tier', 40)}${u.test ? ` — ${displayText(u.test, 200)}` : ''}`],
        ...(u.signals ? [[`— ${u.signals.map((s) => `${s.detail}${s.count > 1 ? ` x${s.count}` : ''}`).join(', ')} —`, c.red] as [string, typeof c]] : []),
        [`run ${displayText(u.run, 200)}`, c.gray],
      ], width, '  ', '    '));
      if (u.history) out.push(wrap(`History: ${displayText(historyMarkText(u.history), 600)}`, width, '    '));
      if (u.lines.length === 0) out.push(wrapStyled([['no error-level line of this recipe in the failing tier; read its logs around the tier', c.gray]], width, '    ', '    '));
      for (const line of u.lines.slice(0, 5)) {
        out.push(wrapStyled([
          [`score ${line.score.toFixed(1)}`, c.gray], [`${displayText(shortPath(line.path, u.run), 200)}:${line.line}`],
          [line.count ? `(x${line.count})` : '', c.gray], [line.reasons?.length ? `[${displayText(line.reasons.join('; '), 200)}]` : '', c.gray],
        ], width, '    ', '      '));
        out.push(wrap(displayText(line.message ?? line.text, LINE_TEXT_MAX), width, '      '));
        if (line.span !== undefined && line.span > 1) out.push(c.gray(`      (+${line.span - 1} lines: --format json, or redfix-forensics parse, shows them)`));
      }
      if (u.lines.length > 5) out.push(c.gray(`    … ${u.lines.length - 5} more lines in --format json`));
    }
  }
  if (result.findings.length === 0 && result.unexplained.length === 0 && result.errorsSeen?.length) {
    out.push('', c.bold('Errors seen'), c.gray('  error-level lines, with no fatal line, crash or failed test beside them: not a failure on their own'));
    for (const seen of result.errorsSeen.slice(0, ERRORS_SEEN_SHOWN)) {
      out.push(wrapStyled([[`${seen.count}x`, c.yellow], [displayText(`${unitLabel({ recipe: seen.unit.name, unit: seen.unit })}:`, 120), c.gray], [displayText(seen.template, 200)]], width, '  ', '      '));
      out.push(wrapStyled([[`first at ${displayText(shortPath(seen.first.path, ''), 200)}:${seen.first.line}`, c.gray]], width, '      ', '      '));
    }
    if (result.errorsSeen.length > ERRORS_SEEN_SHOWN) out.push(c.gray(`  … ${result.errorsSeen.length - ERRORS_SEEN_SHOWN} more templates in --format json`));
  }
  const broken = result.inputs.filter((i) => i.errors.length > 0);
  if (broken.length > 0) {
    out.push('', c.bold('Input problems'));
    for (const input of broken) {
      for (const error of input.errors) {
        const where = error.line !== undefined ? `:${error.line}` : error.offset !== undefined ? ` @${error.offset}` : '';
        out.push(wrapStyled([[`${displayText(input.path, 300)}${where}:`], [displayText(error.message, 300)]], width, '  ', '    '));
      }
    }
  }
  const counts = countVerdicts(result.recipes);
  out.push('', wrapStyled([[`${plural(result.findings.length, 'finding')}, ${plural(result.unexplained.length, 'unexplained failure')}`, c.bold], [counts ? `· ${counts}` : '', c.gray]], width));
  return `${out.join('\n')}\n`;
};

/** How many error templates the table lists when nothing failed. */
const ERRORS_SEEN_SHOWN = 10;

/**
 * A recipe on narrow terminals: its name and verdict, its tiers as code and mark, then the root
 * cause, each wrapped to the width instead of a table whose cells would be a few letters wide.
 */
function stackedRow(row: RecipeSummary, tiers: string[], codes: Map<string, string>, findings: Finding[], result: AnalysisResult, width: number, c: InstanceType<typeof Chalk>, style: (v: string) => (s: string) => string): string[] {
  const lines = [wrapStyled([[displayText(unitLabel(row), 60), c.bold], [row.verdict, style(row.verdict)]], width, '  ', '    ')];
  const marks = tiers.filter((t) => row.tiers[t] !== undefined).map((t) => `${codes.get(t)}${tierMark(row, t, findings, c)}`);
  if (marks.length > 0) lines.push(wrapStyled([[marks.join(' ')]], width, '    ', '    '));
  const cause = causeCell(row, findings, result);
  if (cause) lines.push(wrapStyled([[cause]], width, '    ', '    '));
  return lines;
}

function tierMark(row: RecipeSummary, tier: string, findings: Finding[], c: InstanceType<typeof Chalk>): string {
  const mark = plainTierMark(row, tier, findings);
  return mark === '✓' ? c.green(mark) : mark === '-' || mark === '·' ? c.gray(mark) : mark === '✗' ? c.red(mark) : mark === '?' ? c.bold.red(mark) : mark;
}

function tierCells(row: RecipeSummary, tiers: string[], findings: Finding[], c: InstanceType<typeof Chalk>): string {
  return tiers.map((tier) => tierMark(row, tier, findings, c)).join(' ');
}

function causeCell(row: RecipeSummary, findings: Finding[], result: AnalysisResult): string {
  const top = blamingFinding(findings) ?? findings[0];
  if (!top) {
    const open = result.unexplained.find((u) => u.run === row.run && u.recipe === row.recipe);
    if (!open) return '';
    const line = open.lines[0];
    const tier = displayText(open.tier ?? 'no tier', 40);
    return line ? `unexplained ${tier}: ${displayText(line.message ?? line.text, 60)} (${displayText(shortPath(line.path, row.run), 80)}:${line.line})` : `unexplained ${tier}`;
  }
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
  const where = shortPath(shortPath(top.location.path, row.run), row.recipe);
  return `${top.rule}${more} · ${displayText(where, 80)}:${top.location.line}`;
}

function findingLines(f: Finding, index: number, width: number, c: InstanceType<typeof Chalk>, colour: (v: string) => string): string[] {
  const lines: string[] = [];
  const where = [f.recipe ?? '(unknown recipe)', f.tier, f.test].filter(Boolean).map((s) => displayText(s!, 100)).join(' / ');
  lines.push(wrapStyled([
    [`${index}.`, c.bold], [f.classification, colour], [displayText(f.rule, 200), c.bold], [`— ${where}`],
    [`confidence ${f.confidence.toFixed(2)} · run ${displayText(f.run, 200)}`, c.gray],
  ], width, '', '   '));
  lines.push(wrap(displayText(f.title, 400), width, '   '));
  lines.push(wrap(`Root cause: ${displayText(f.rootCause, 2000)}`, width, '   '));
  lines.push(wrap(`Fix: ${displayText(f.fix, 2000)}`, width, '   '));
  lines.push('   Evidence:');
  for (const e of f.evidence.slice(0, 12)) {
    lines.push(wrapStyled([[`${displayText(shortPath(e.path, f.run), 300)}:${e.line}`], [e.count ? `(x${e.count})` : '', c.gray]], width, '     ', '       '));
    lines.push(wrap(displayText(e.text, LINE_TEXT_MAX), width, '       '));
    for (const [name, values] of Object.entries(e.values ?? {})) lines.push(c.gray(wrap(`${name}: ${values.map((v) => displayText(v, 80)).join(', ')}`, width, '       ')));
  }
  if (f.evidence.length > 12) lines.push(c.gray(`     … ${f.evidence.length - 12} more in --format json`));
  if (f.unlistedEvidence) lines.push(c.gray(`     +${f.unlistedEvidence} more matching lines, counted but not listed`));
  lines.push('   Why:');
  for (const w of f.why) lines.push(wrap(`${displayText(w.condition, 300)}: ${displayText(w.detail, 600)}`, width, '     '));
  if (f.history) lines.push(wrap(`History: ${displayText(historyMarkText(f.history), 600)}`, width, '   '));
  if (f.acrossRuns && f.acrossRuns.length > 0) {
    lines.push('   Across runs:');
    for (const a of f.acrossRuns) {
      const mark = a.result === 'fail' ? c.red('red  ') : a.result === 'pass' ? c.green('green') : c.gray('—    ');
      const facts = acrossRunFacts(a);
      // The mark keeps its padding (runs line up); the rest wraps under the run.
      const rest = wrapStyled([[displayText(a.run, 200)], [displayText(facts, 200), c.gray]], width, ' '.repeat(11), ' '.repeat(13));
      lines.push(`     ${mark} ${rest.slice(11)}`);
    }
  }
  return lines;
}
