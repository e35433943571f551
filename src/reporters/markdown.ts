import { unitLabel } from './text.js';
import type { Reporter } from './types.js';
import { acrossRunsLines } from './across-runs.js';
import { displayText, shortPath } from './text.js';
import { plural } from '../text/plural.js';

/**
 * Log text in prose or a table cell: controls shown escaped, then markdown and HTML
 * punctuation backslash-escaped so a log line cannot open a link, an image, a tag or a
 * table column, or italicise the rest of the comment.
 */
function prose(text: string, max: number): string {
  return displayText(text, max).replace(/[\\`*_[\]<>|#!~]/g, '\\$&');
}

function cell(text: string): string {
  return prose(text, 200);
}

/** A code span: its content is literal, so only the fence needs care. */
function code(text: string, max = 240): string {
  const safe = displayText(text, max);
  const fence = safe.includes('``') ? '```' : safe.includes('`') ? '``' : '`';
  return `${fence}${safe.startsWith('`') ? ' ' : ''}${safe}${safe.endsWith('`') ? ' ' : ''}${fence}`;
}

const MARK: Record<string, string> = { pass: '✅', fail: '❌', skip: '⏭', 'n/a': '·' };

/** A pull-request comment: the triage table, then each finding with its evidence. */
export const markdownReporter: Reporter = (result) => {
  const out: string[] = ['## redfix-forensics triage', ''];
  const tiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))];
  for (const notice of result.notices) out.push(`> **Note:** ${prose(notice, 600)}`, '');
  if (result.recipes.length > 0) {
    out.push(`| run | recipe | ${tiers.map(cell).join(' | ')}${tiers.length ? ' | ' : ''}verdict |`, `|---|---|${tiers.map(() => '---|').join('')}---|`);
    for (const r of result.recipes) out.push(`| ${cell(r.run)} | ${cell(r.recipe)} | ${tiers.map((t) => `${MARK[r.tiers[t]] ?? ''} | `).join('')}**${cell(r.verdict)}** |`);
    out.push('');
  }
  for (const f of result.findings) {
    out.push(`### ${cell(f.classification)}: \`${f.rule}\` — ${cell([f.recipe ?? 'unknown', f.tier, f.test].filter(Boolean).join(' / '))}`, '');
    // Root cause and fix are the point of the comment: shown whole, not cut like a table cell.
    out.push(prose(f.rootCause, 4000), '', `**Fix:** ${prose(f.fix, 4000)}`, '', `Confidence ${f.confidence.toFixed(2)} · run ${code(f.run)}`, '');
    out.push('<details><summary>Evidence</summary>', '');
    for (const e of f.evidence.slice(0, 20)) {
      out.push(`- ${code(`${shortPath(e.path, f.run)}:${e.line}`)}${e.count ? ` (×${e.count})` : ''}: ${code(e.text, 1000)}`);
      for (const [name, values] of Object.entries(e.values ?? {})) out.push(`  - ${cell(name)}: ${values.map((v) => code(v, 120)).join(', ')}`);
    }
    if (f.evidence.length > 20) out.push(`- … ${f.evidence.length - 20} more in \`--format json\``);
    out.push('', '</details>', '');
    const across = acrossRunsLines(f);
    if (across.length > 0) out.push('**Across runs:**', '', ...across.map((line) => `- ${prose(line, 400)}`), '');
  }
  if (result.unexplained.length > 0) {
    out.push('### Unexplained failures', '');
    for (const u of result.unexplained) {
      out.push(`- **${cell(unitLabel(u))} / ${cell(u.tier ?? 'no tier')}**${u.test ? ` ${code(u.test)}` : ''}${u.signals ? ` — ${cell(u.signals.map((s) => s.detail).join(', '))}` : ''}`);
      for (const l of u.lines.slice(0, 3)) out.push(`  - ${code(`${shortPath(l.path, u.run)}:${l.line}`)} (score ${l.score}): ${code(l.text, 1000)}`);
    }
    out.push('');
  }
  out.push(`_${plural(result.findings.length, 'finding')}, ${result.unexplained.length} unexplained · ${result.tool.name} ${result.tool.version}, rules ${result.tool.rules}_`, '');
  return out.join('\n');
};
