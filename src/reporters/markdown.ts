import type { Reporter } from './types.js';
import type { Finding } from '../engine/findings.js';
import { inputProblemLines, type AnalysisResult, type RecipeSummary, type UnexplainedFailure } from '../result.js';
import { acrossRunsLines } from './across-runs.js';
import { historyMarkText } from './history-mark.js';
import { cellMark, MARK_LEGEND } from './marks.js';
import { unlistedNote } from './unlisted.js';
import { displayText, shortPath, unitLabel } from './text.js';
import { plural } from '../text/plural.js';

/** GitHub refuses a comment over 65,536 characters; the rest of the margin is for the truncation note. */
export const MARKDOWN_LIMIT = 65_536;
const BUDGET = MARKDOWN_LIMIT - 1_500;

/** A zero-width space as an entity: it breaks a mention or reference without changing what a reader sees. */
const BREAK = '&#8203;';

/**
 * Neutralises what GitHub links outside code: `@name` mentions (a ping to a person or team),
 * `#123` and `GH-123` references (a backlink on that issue). Run after escaping, so the
 * entity inserted here is the only one in the text.
 */
function unlink(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9_-])|#(?=\d)|\b(GH)-(?=\d)/gi, (match, gh: string | undefined) => (gh ? `${gh}${BREAK}-` : `${match}${BREAK}`));
}

/**
 * Log text in prose or a table cell: controls shown escaped, then markdown and HTML
 * punctuation backslash-escaped (`&` as an entity, so no entity in the log can spell a tag or
 * an `@`) so a log line cannot open a link, an image, a tag or a table column, or italicise
 * the rest of the comment; then mentions and references unlinked.
 */
function prose(text: string, max: number): string {
  return unlink(displayText(text, max).replace(/&/g, '&amp;').replace(/[\\`*_[\]<>|#!~]/g, '\\$&'));
}

function cell(text: string): string {
  return prose(text, 200);
}

/**
 * A code span: its content is literal (no tag, link or mention), so only the fence needs care:
 * one backtick longer than the longest run inside, which is then the only way to close it.
 */
function code(text: string, max = 240): string {
  const safe = displayText(text, max);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function recipeTable(result: AnalysisResult): string[] {
  if (result.recipes.length === 0) return [];
  const tiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))];
  // The table's marks (computed in the triage): ✗ a red tier a finding explains, ? one none does.
  const marks = (r: RecipeSummary) => tiers.map((t) => `${cellMark(r, t).trim()} | `).join('');
  const rows = result.recipes
    .map((r) => `| ${code(r.run, 120)} | ${cell(unitLabel(r))} | ${marks(r)}**${cell(r.verdict)}** |`);
  // The table may take half the comment at most: the findings are the point.
  const kept: string[] = [];
  let size = 0;
  for (const row of rows) {
    if (size + row.length + 1 > BUDGET / 2) break;
    kept.push(row);
    size += row.length + 1;
  }
  const cut = rows.length - kept.length;
  return [
    `| run | recipe | ${tiers.map(cell).join(' | ')}${tiers.length ? ' | ' : ''}verdict |`, `|---|---|${tiers.map(() => '---|').join('')}---|`,
    ...kept, '', ...(tiers.length > 0 ? [`_${MARK_LEGEND.replace(/ {2}/g, ', ')}_`, ''] : []),
    ...(cut > 0 ? [`_… ${plural(cut, 'more recipe row')} in \`--format json\`_`, ''] : []),
  ];
}

function findingSection(f: Finding): string {
  const out: string[] = [];
  out.push(`### ${cell(f.classification)}: ${code(f.rule, 200)} — ${cell([f.recipe ?? 'unknown', f.tier, f.test].filter(Boolean).join(' / '))}`, '');
  // Root cause and fix are the point of the comment: shown whole, not cut like a table cell.
  out.push(prose(f.rootCause, 4000), '', `**Fix:** ${prose(f.fix, 4000)}`, '', `Confidence ${f.confidence.toFixed(2)} · run ${code(f.run)}`, '');
  out.push('<details><summary>Evidence</summary>', '');
  for (const e of f.evidence.slice(0, 20)) {
    out.push(`- ${code(`${shortPath(e.path, f.run)}:${e.line}`)}${e.count ? ` (×${e.count})` : ''}: ${code(e.text, 1000)}`);
    for (const [name, values] of Object.entries(e.values ?? {})) out.push(`  - ${cell(name)}: ${values.map((v) => code(v, 120)).join(', ')}`);
  }
  if (f.evidence.length > 20) out.push(`- … ${f.evidence.length - 20} more in \`--format json\``);
  const unlisted = unlistedNote(f);
  if (unlisted) out.push(`- ${unlisted}`);
  out.push('', '</details>', '');
  const across = acrossRunsLines(f);
  if (across.length > 0) out.push('**Across runs:**', '', ...across.map((line) => `- ${prose(line, 400)}`), '');
  if (f.history) out.push(`**History:** ${prose(historyMarkText(f.history), 600)}`, '');
  return out.join('\n');
}

function unexplainedItem(u: UnexplainedFailure): string {
  const signals = u.signals ? ` — ${cell(u.signals.map((sig) => sig.detail).join(', '))}` : '';
  const out = [`- **${cell(unitLabel(u))} / ${cell(u.tier ?? 'no tier')}**${u.test ? ` ${code(u.test)}` : ''}${signals} · run ${code(u.run, 120)}`];
  for (const l of u.lines.slice(0, 3)) out.push(`  - ${code(`${shortPath(l.path, u.run)}:${l.line}`)} (score ${l.score}): ${code(l.text, 1000)}`);
  if (u.lines.length > 3) out.push(`  - … ${u.lines.length - 3} more candidate lines in \`--format json\``);
  if (u.history) out.push(`  - History: ${prose(historyMarkText(u.history), 600)}`);
  return out.join('\n');
}

interface Block { text: string; rank: number; order: number; kind: 'finding' | 'unexplained' }

/**
 * What fits under GitHub's limit: the most severe first (errors, then unexplained failures,
 * then warnings and info), each block whole or not at all; shown in report order.
 */
function fitBlocks(blocks: Block[], room: number): { kept: Block[]; left: Block[] } {
  const byRank = [...blocks].sort((a, b) => a.rank - b.rank || a.order - b.order);
  const kept = new Set<Block>();
  let size = 0;
  for (const block of byRank) {
    if (size + block.text.length + 1 > room) continue;
    kept.add(block);
    size += block.text.length + 1;
  }
  return { kept: blocks.filter((b) => kept.has(b)), left: blocks.filter((b) => !kept.has(b)) };
}

function leftOutNote(left: Block[]): string[] {
  if (left.length === 0) return [];
  const findings = left.filter((b) => b.kind === 'finding').length;
  const unexplained = left.length - findings;
  const what = [findings ? plural(findings, 'finding') : '', unexplained ? plural(unexplained, 'unexplained failure') : ''].filter(Boolean).join(' and ');
  return [`> **Truncated:** ${what} left out, the least severe first, to stay under GitHub's ${MARKDOWN_LIMIT.toLocaleString('en-US')}-character comment limit. The full report: \`redfix-forensics --format json\` (or the table) on the same inputs.`, ''];
}

/** A pull-request comment: the triage table, then each finding with its evidence, under GitHub's size limit. */
export const markdownReporter: Reporter = (result) => {
  const head: string[] = ['## redfix-forensics triage', ''];
  for (const notice of result.notices) head.push(`> **Note:** ${prose(notice, 600)}`, '');
  const problems = inputProblemLines(result);
  // Capped, and the rest counted: a run of broken files must not crowd out the findings.
  if (problems.length > 0) head.push(`> **Input problems:**`, ...problems.slice(0, 10).map((p) => `> - ${prose(p, 300)}`), ...(problems.length > 10 ? [`> - … ${problems.length - 10} more on stderr and in \`--format json\``] : []), '');
  head.push(...recipeTable(result));
  const footer = `_${plural(result.findings.length, 'finding')}, ${result.unexplained.length} unexplained · ${result.tool.name} ${result.tool.version}, rules ${result.tool.rules}_`;
  const blocks: Block[] = [
    ...result.findings.map((f, order): Block => ({ text: findingSection(f), rank: (SEVERITY_RANK[f.severity] ?? 2) * 2, order, kind: 'finding' })),
    ...result.unexplained.map((u, order): Block => ({ text: unexplainedItem(u), rank: 1, order: result.findings.length + order, kind: 'unexplained' })),
  ];
  const room = BUDGET - head.join('\n').length - footer.length;
  const { kept, left } = fitBlocks(blocks, room);
  const out = [...head, ...leftOutNote(left)];
  out.push(...kept.filter((b) => b.kind === 'finding').map((b) => b.text));
  const open = kept.filter((b) => b.kind === 'unexplained');
  if (open.length > 0) out.push('### Unexplained failures', '', ...open.map((b) => b.text), '');
  out.push(footer, '');
  return out.join('\n');
};
