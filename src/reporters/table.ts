import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { KNOWN_TIERS } from '../triage/attribution.js';
import type { AnalysisResult, RecipeSummary } from '../result.js';
import type { Finding } from '../engine/findings.js';
import type { Reporter } from './types.js';
import { explains } from '../triage/summary.js';
import { displayText, shortPath, wrap } from './text.js';

const TIER_CODES: Record<string, string> = { install: 'i', upgrade: 'u', backup: 'b', restore: 'r', custom: 'c', promote: 'p' };

/**
 * The triage table, as the redfix status file tracked the investigation: one row per recipe
 * with each tier's result, the verdict, the root cause and its evidence; then each finding and
 * each unexplained failure in detail. Fits 80 columns; colour only when the context says so.
 */
export const tableReporter: Reporter = (result, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const width = Math.max(80, Math.min(context.width, 160));
  const verdictColour = (v: string): string => {
    switch (v) {
      case 'green': return c.green(v);
      case 'benign': return c.gray(v);
      case 'load-flake': return c.yellow(v);
      case 'leftover-state': return c.cyan(v);
      case 'harness-defect': return c.magenta(v);
      case 'unexplained': return c.bold.red(v);
      default: return c.red(v);
    }
  };
  const out: string[] = [];
  const totalInputs = result.inputs.length;
  out.push(c.bold(`${result.tool.name} ${result.tool.version} · rules ${result.tool.rules} · ${result.runs.length} run${result.runs.length === 1 ? '' : 's'}, ${totalInputs} input${totalInputs === 1 ? '' : 's'}`));
  for (const notice of result.notices) out.push(c.yellow(`note: ${displayText(notice, 300)}`));

  for (const run of result.runs) {
    const rows = result.recipes.filter((r) => r.run === run.id);
    out.push('');
    const facts = [run.started ? `started ${run.started}` : undefined, run.concurrency ? `${run.concurrency} recipes deploying at once` : undefined].filter(Boolean).join(' · ');
    out.push(c.bold(`Run ${displayText(run.id, 120)}`) + (facts ? c.gray(`  ${facts}`) : ''));
    if (rows.length === 0) { out.push(c.gray('  no recipe recognized in this run')); continue; }
    const extraTiers = [...new Set(rows.flatMap((r) => Object.keys(r.tiers)))].filter((t) => !(KNOWN_TIERS as readonly string[]).includes(t)).sort();
    const tiers = [...KNOWN_TIERS, ...extraTiers];
    const tierHeader = tiers.map((t) => TIER_CODES[t] ?? t[0]).join(' ');
    const recipeWidth = 18;
    const tierWidth = Math.max(tierHeader.length, tiers.length * 2 - 1) + 2;
    const verdictWidth = 16;
    const causeWidth = width - (recipeWidth + tierWidth + verdictWidth) - 5;
    const table = new Table({
      head: ['recipe', tierHeader, 'verdict', 'root cause · evidence'].map((h) => c.bold(h)),
      colWidths: [recipeWidth, tierWidth, verdictWidth, causeWidth],
      wordWrap: true,
      wrapOnWordBoundary: false,
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    });
    for (const row of rows) {
      const findings = result.findings.filter((f) => f.run === row.run && f.recipe === row.recipe);
      table.push([displayText(row.recipe, 60), tierCells(row, tiers, findings, c), verdictColour(row.verdict), causeCell(row, findings, result)]);
    }
    out.push(table.toString());
  }
  out.push(c.gray(`tiers: ${Object.entries(TIER_CODES).map(([t, code]) => `${code} ${t}`).join(', ')} · ✓ pass  ✗ fail  ? fail no finding explains  - skip  · n/a  blank: not run`));

  if (result.findings.length > 0) {
    out.push('', c.bold('Findings'));
    result.findings.forEach((f, i) => out.push('', ...findingLines(f, i + 1, width, c, verdictColour)));
  }
  if (result.unexplained.length > 0) {
    out.push('', c.bold('Unexplained failures'));
    for (const u of result.unexplained) {
      out.push('', `  ${c.bold.red('unexplained')} ${displayText(u.recipe ?? '(unknown recipe)', 60)} / ${displayText(u.tier, 40)}${u.test ? ` — ${displayText(u.test, 120)}` : ''}  ${c.gray(`run ${displayText(u.run, 80)}`)}`);
      if (u.lines.length === 0) out.push(c.gray('    no error-level line of this recipe in the failing tier; read its logs around the tier'));
      for (const line of u.lines.slice(0, 5)) {
        out.push(`    ${c.gray(`score ${line.score.toFixed(1)}`)}  ${displayText(shortPath(line.path, u.run), 80)}:${line.line}${line.count ? c.gray(` (x${line.count})`) : ''}${line.reasons?.length ? c.gray(` [${line.reasons.join('; ')}]`) : ''}`);
        out.push(`      ${displayText(line.text, width - 8)}`);
      }
      if (u.lines.length > 5) out.push(c.gray(`    … ${u.lines.length - 5} more lines in --format json`));
    }
  }
  const broken = result.inputs.filter((i) => i.errors.length > 0);
  if (broken.length > 0) {
    out.push('', c.bold('Input problems'));
    for (const input of broken) {
      for (const error of input.errors) {
        const where = error.line !== undefined ? `:${error.line}` : error.offset !== undefined ? ` @${error.offset}` : '';
        out.push(`  ${displayText(input.path, 120)}${where}: ${displayText(error.message, 300)}`);
      }
    }
  }
  const counts = countVerdicts(result.recipes);
  out.push('', c.bold(`${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}, ${result.unexplained.length} unexplained failure${result.unexplained.length === 1 ? '' : 's'}`) + (counts ? c.gray(` · ${counts}`) : ''));
  return `${out.join('\n')}\n`;
};

function countVerdicts(recipes: RecipeSummary[]): string {
  const counts = new Map<string, number>();
  for (const r of recipes) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v, n]) => `${n} ${v}`).join(', ');
}

function tierCells(row: RecipeSummary, tiers: string[], findings: Finding[], c: InstanceType<typeof Chalk>): string {
  return tiers.map((tier) => {
    const result = row.tiers[tier];
    if (result === undefined) return ' ';
    if (result === 'pass') return c.green('✓');
    if (result === 'skip') return c.gray('-');
    if (result === 'n/a') return c.gray('·');
    return findings.some((f) => explains(f, tier)) ? c.red('✗') : c.bold.red('?');
  }).join(' ');
}

function causeCell(row: RecipeSummary, findings: Finding[], result: AnalysisResult): string {
  const ranked = findings.filter((f) => f.classification !== 'benign');
  const top = ranked[0] ?? findings[0];
  if (!top) {
    const open = result.unexplained.find((u) => u.run === row.run && u.recipe === row.recipe);
    if (!open) return '';
    const line = open.lines[0];
    return line ? `unexplained ${open.tier}: ${displayText(line.text, 60)} (${shortPath(line.path, row.run)}:${line.line})` : `unexplained ${open.tier}`;
  }
  const evidence = top.evidence[0];
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
  return `${top.rule}${more}${evidence ? ` · ${displayText(shortPath(evidence.path, row.run), 80)}:${evidence.line}` : ''}`;
}

function findingLines(f: Finding, index: number, width: number, c: InstanceType<typeof Chalk>, colour: (v: string) => string): string[] {
  const lines: string[] = [];
  const where = [f.recipe ?? '(unknown recipe)', f.tier, f.test].filter(Boolean).map((s) => displayText(s!, 100)).join(' / ');
  lines.push(`${c.bold(`${index}.`)} ${colour(f.classification)} ${c.bold(f.rule)} — ${where}  ${c.gray(`confidence ${f.confidence.toFixed(2)} · run ${displayText(f.run, 80)}`)}`);
  lines.push(wrap(displayText(f.title, 400), width, '   '));
  lines.push(wrap(`Root cause: ${displayText(f.rootCause, 2000)}`, width, '   '));
  lines.push(wrap(`Fix: ${displayText(f.fix, 2000)}`, width, '   '));
  lines.push('   Evidence:');
  for (const e of f.evidence.slice(0, 12)) {
    const repeats = e.count ? c.gray(` (x${e.count})`) : '';
    lines.push(`     ${displayText(shortPath(e.path, f.run), 100)}:${e.line}${repeats}`);
    lines.push(`       ${displayText(e.text, width - 8)}`);
    for (const [name, values] of Object.entries(e.values ?? {})) lines.push(c.gray(wrap(`${name}: ${values.map((v) => displayText(v, 80)).join(', ')}`, width, '       ')));
  }
  if (f.evidence.length > 12) lines.push(c.gray(`     … ${f.evidence.length - 12} more in --format json`));
  lines.push('   Why:');
  for (const w of f.why) lines.push(wrap(`${w.condition}: ${displayText(w.detail, 600)}`, width, '     '));
  if (f.acrossRuns && f.acrossRuns.length > 0) {
    lines.push('   Across runs:');
    for (const a of f.acrossRuns) {
      const mark = a.result === 'fail' ? c.red('red  ') : a.result === 'pass' ? c.green('green') : c.gray('—    ');
      const facts = [a.version ? `version ${a.version}` : 'version unknown', a.concurrency !== undefined ? (a.concurrency > 1 ? `${a.concurrency} at once` : 'alone') : undefined, a.started].filter(Boolean).join(', ');
      lines.push(`     ${mark} ${displayText(a.run, 60)}  ${c.gray(displayText(facts, 120))}`);
    }
  }
  return lines;
}
