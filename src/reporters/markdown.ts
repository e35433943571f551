import type { Reporter } from './types.js';
import { displayText, shortPath } from './text.js';

function cell(text: string): string {
  return displayText(text, 200).replace(/\|/g, '\\|');
}

function code(text: string): string {
  const safe = displayText(text, 240);
  const fence = safe.includes('`') ? '``' : '`';
  return `${fence}${safe.startsWith('`') ? ' ' : ''}${safe}${safe.endsWith('`') ? ' ' : ''}${fence}`;
}

const MARK: Record<string, string> = { pass: '✅', fail: '❌', skip: '⏭', 'n/a': '·' };

/** A pull-request comment: the triage table, then each finding with its evidence. */
export const markdownReporter: Reporter = (result) => {
  const out: string[] = ['## redfix-forensics triage', ''];
  const tiers = [...new Set(result.recipes.flatMap((r) => Object.keys(r.tiers)))];
  if (result.recipes.length > 0) {
    out.push(`| run | recipe | ${tiers.map(cell).join(' | ')} | verdict |`, `|---|---|${tiers.map(() => '---|').join('')}---|`);
    for (const r of result.recipes) out.push(`| ${cell(r.run)} | ${cell(r.recipe)} | ${tiers.map((t) => MARK[r.tiers[t]] ?? '').join(' | ')} | **${cell(r.verdict)}** |`);
    out.push('');
  }
  for (const f of result.findings) {
    out.push(`### ${cell(f.classification)}: \`${f.rule}\` — ${cell([f.recipe ?? 'unknown', f.tier, f.test].filter(Boolean).join(' / '))}`, '');
    out.push(`${cell(f.rootCause)}`, '', `**Fix:** ${cell(f.fix)}`, '', `Confidence ${f.confidence.toFixed(2)} · run ${code(f.run)}`, '');
    out.push('<details><summary>Evidence</summary>', '');
    for (const e of f.evidence.slice(0, 20)) out.push(`- ${code(`${shortPath(e.path, f.run)}:${e.line}`)}${e.count ? ` (×${e.count})` : ''}: ${code(e.text)}`);
    out.push('', '</details>', '');
  }
  if (result.unexplained.length > 0) {
    out.push('### Unexplained failures', '');
    for (const u of result.unexplained) {
      out.push(`- **${cell(u.recipe ?? 'unknown')} / ${cell(u.tier)}**${u.test ? ` ${code(u.test)}` : ''}`);
      for (const l of u.lines.slice(0, 3)) out.push(`  - ${code(`${shortPath(l.path, u.run)}:${l.line}`)} (score ${l.score}): ${code(l.text)}`);
    }
    out.push('');
  }
  out.push(`_${result.findings.length} findings, ${result.unexplained.length} unexplained · ${result.tool.name} ${result.tool.version}, rules ${result.tool.rules}_`, '');
  return out.join('\n');
};
