import Table from 'cli-table3';
import { KNOWN_TIERS } from '../triage/attribution.js';
import type { AnalysisResult, RecipeSummary, RunSummary } from '../result.js';
import { findingsByRecipe, recipeKey, type Finding } from '../engine/findings.js';
import type { Reporter } from './types.js';
import { blamingFinding } from '../triage/verdict.js';
import { cellMark, countVerdicts, MARK_LEGEND, tierCodes } from './marks.js';
import { displayText, shortPath, wrapStyled, unitLabel, type Styled } from './text.js';
import { plural } from '../text/plural.js';
import { tableStyle, type TableStyle } from './table-style.js';
import { errorsSeenLines, findingsLines, inputProblemLines, unexplainedLines } from './table-sections.js';

export { tierCodes };

/** Below this many columns the table would squeeze its cells to nothing: each recipe is stacked instead. */
export const STACKED_BELOW = 70;

/**
 * The triage table, as the redfix status file tracked the investigation: one row per recipe
 * with each tier's mark, the verdict, the root cause and its evidence; then each finding and
 * each unexplained failure in detail. Fits the width it is given (stacked below 70 columns);
 * colour only when the context says so.
 */
export const tableReporter: Reporter = (result, context) => {
  const style = tableStyle(context);
  const { c, width } = style;
  const out: string[] = [];
  const head = `${result.tool.name} ${result.tool.version} · rules ${result.tool.rules}`;
  const scanned = `${plural(result.runs.length, 'run')}, ${plural(result.inputs.length, 'input')}`;
  out.push(wrapStyled([[`${head} · ${scanned}`, c.bold]], width));
  for (const notice of result.notices) {
    out.push(wrapStyled([[`note: ${displayText(notice, 600)}`, c.yellow]], width, '', '  '));
  }
  const extraTiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))]
    .filter((t) => !(KNOWN_TIERS as readonly string[]).includes(t)).sort();
  const codes = tierCodes(extraTiers);
  const matrix: Matrix = { result, codes, extraTiers, findingsOf: findingsByRecipe(result.findings), style };
  for (const run of result.runs) out.push('', ...runLines(matrix, run));
  out.push(...legendLines(codes, style));
  out.push(...findingsLines(result, style), ...unexplainedLines(result, style), ...errorsSeenLines(result, style));
  out.push(...inputProblemLines(result, style));
  const counts = countVerdicts(result.recipes);
  const totals = `${plural(result.findings.length, 'finding')}, `
    + plural(result.unexplained.length, 'unexplained failure');
  out.push('', wrapStyled([[totals, c.bold], [counts ? `· ${counts}` : '', c.gray]], width));
  return `${out.join('\n')}\n`;
};

/** What every run's rows are drawn from. */
interface Matrix {
  result: AnalysisResult;
  codes: Map<string, string>;
  extraTiers: string[];
  findingsOf: Map<string, Finding[]>;
  style: TableStyle;
}

/** One run: its heading, then its rows as a table, or stacked when the width leaves the cause no room. */
function runLines(matrix: Matrix, run: RunSummary): string[] {
  const { result, codes, style } = matrix;
  const { c, width } = style;
  const rows = result.recipes.filter((r) => r.run === run.id);
  const facts = [
    run.started ? `started ${run.started}` : undefined,
    run.concurrency ? `${run.concurrency} recipes deploying at once` : undefined,
  ].filter(Boolean).join(' · ');
  const out = [wrapStyled([[`Run ${displayText(run.id, 300)}`, c.bold], [facts, c.gray]], width, '', '  ')];
  if (rows.length === 0) return [...out, c.gray('  no recipe recognized in this run')];
  const tiers = [...KNOWN_TIERS, ...matrix.extraTiers.filter((t) => rows.some((r) => r.tiers[t] !== undefined))];
  const tierHeader = tiers.map((t) => codes.get(t)!).join(' ');
  const widths = {
    recipe: Math.min(20, Math.max(10, ...rows.map((r) => r.recipe.length + 2))),
    tiers: Math.max(tierHeader.length, tiers.length * 2 - 1) + 2,
    verdict: Math.max(9, ...rows.map((r) => r.verdict.length + 2)),
  };
  const causeWidth = width - (widths.recipe + widths.tiers + widths.verdict) - 5;
  const findingsOf = (row: RecipeSummary) => matrix.findingsOf.get(recipeKey(row.run, row.recipe)) ?? [];
  if (width < STACKED_BELOW || causeWidth < 20) {
    return [...out, ...rows.flatMap((row) => stackedRow(row, tiers, codes, findingsOf(row), result, style))];
  }
  // Cells are wrapped here, word by word with each word styled on its own: cli-table3's own
  // wrapping counts escape codes as text and cuts inside them when colour is on. Borders and
  // head get no style of the table's own (its defaults colour them whatever NO_COLOR says).
  const cellText = (pieces: Parameters<typeof wrapStyled>[0], colWidth: number) => wrapStyled(pieces, colWidth - 2);
  const colWidths = [widths.recipe, widths.tiers, widths.verdict, causeWidth];
  const heads = ['recipe', tierHeader, 'verdict', 'root cause · evidence'];
  const table = new Table({
    head: heads.map((h, i) => cellText([[h, c.bold]], colWidths[i])),
    colWidths,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows) {
    table.push([
      cellText([[displayText(unitLabel(row), 60)]], widths.recipe), tierCells(row, tiers, style),
      cellText([[row.verdict, style.verdict(row.verdict)]], widths.verdict),
      cellText([[causeCell(row, findingsOf(row), result)]], causeWidth),
    ]);
  }
  return [...out, table.toString()];
}

/** The legend on two lines (on one it was 130 columns), each wrapped to the width; every tier shown has its entry. */
function legendLines(codes: Map<string, string>, { c, width }: TableStyle): string[] {
  const tiers = `tiers: ${[...codes.entries()].map(([t, code]) => `${code} ${displayText(t, 40)}`).join(', ')}`;
  const marks = `       ${MARK_LEGEND}`;
  return [
    wrapStyled([[tiers, c.gray]], width, '', '       '),
    marks.length <= width ? c.gray(marks) : wrapStyled([[marks.trim(), c.gray]], width, '       ', '       '),
  ];
}

/**
 * A recipe on narrow terminals: its name and verdict, its tiers as code and mark, then the root
 * cause, each wrapped to the width instead of a table whose cells would be a few letters wide.
 */
function stackedRow(
  row: RecipeSummary, tiers: string[], codes: Map<string, string>,
  findings: Finding[], result: AnalysisResult, style: TableStyle,
): string[] {
  const { c, width } = style;
  const name: Styled = [displayText(unitLabel(row), 60), c.bold];
  const lines = [wrapStyled([name, [row.verdict, style.verdict(row.verdict)]], width, '  ', '    ')];
  const marks = tiers.filter((t) => row.tiers[t] !== undefined)
    .map((t) => `${codes.get(t)}${style.mark(cellMark(row, t))}`);
  if (marks.length > 0) lines.push(wrapStyled([[marks.join(' ')]], width, '    ', '    '));
  const cause = causeCell(row, findings, result);
  if (cause) lines.push(wrapStyled([[cause]], width, '    ', '    '));
  return lines;
}

function tierCells(row: RecipeSummary, tiers: string[], style: TableStyle): string {
  return tiers.map((tier) => style.mark(cellMark(row, tier))).join(' ');
}

function causeCell(row: RecipeSummary, findings: Finding[], result: AnalysisResult): string {
  const top = blamingFinding(findings) ?? findings[0];
  if (!top) {
    const open = result.unexplained.find((u) => u.run === row.run && u.recipe === row.recipe);
    if (!open) return '';
    const line = open.lines[0];
    const tier = displayText(open.tier ?? 'no tier', 40);
    if (!line) return `unexplained ${tier}`;
    const where = `${displayText(shortPath(line.path, row.run), 80)}:${line.line}`;
    return `unexplained ${tier}: ${displayText(line.message ?? line.text, 60)} (${where})`;
  }
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
  const where = shortPath(shortPath(top.location.path, row.run), row.recipe);
  return `${top.rule}${more} · ${displayText(where, 80)}:${top.location.line}`;
}
