/** The table's sections below the runs: findings, unexplained failures, errors seen, input problems. */
import type { AnalysisResult, UnexplainedFailure } from '../result.js';
import type { Finding } from '../engine/findings.js';
import { acrossRunFacts } from './across-runs.js';
import { historyMarkText } from './history-mark.js';
import { displayText, shortPath, wrap, wrapStyled, unitLabel, type Styled } from './text.js';
import type { TableStyle } from './table-style.js';
import { unlistedNote } from './unlisted.js';

/** Evidence and candidate lines are wrapped, not cut at one line: the cause sits after the prefixes. */
const LINE_TEXT_MAX = 800;
/** Evidence lines a finding lists; the rest are counted. */
const EVIDENCE_SHOWN = 12;
/** Candidate lines an unexplained failure lists; the rest are counted. */
const CANDIDATES_SHOWN = 5;
/** How many error templates the table lists when nothing failed. */
const ERRORS_SEEN_SHOWN = 10;

const INDENT = {
  detail: '   ', item: '     ', itemText: '       ', candidate: '    ', candidateText: '      ',
} as const;

export function findingsLines(result: AnalysisResult, style: TableStyle): string[] {
  if (result.findings.length === 0) return [];
  const findings = result.findings.flatMap((f, i) => ['', ...findingLines(f, i + 1, style)]);
  return ['', style.c.bold('Findings'), ...findings];
}

function findingLines(f: Finding, index: number, style: TableStyle): string[] {
  const { c, width } = style;
  const where = [f.recipe ?? '(unknown recipe)', f.tier, f.test].filter(Boolean)
    .map((s) => displayText(s!, 100)).join(' / ');
  const heading: Styled[] = [
    [`${index}.`, c.bold], [f.classification, (s) => style.verdict(s)(s)], [displayText(f.rule, 200), c.bold],
    [`— ${where}`], [`confidence ${f.confidence.toFixed(2)} · run ${displayText(f.run, 200)}`, c.gray],
  ];
  const lines = [wrapStyled(heading, width, '', INDENT.detail)];
  lines.push(wrap(displayText(f.title, 400), width, INDENT.detail));
  lines.push(wrap(`Root cause: ${displayText(f.rootCause, 2000)}`, width, INDENT.detail));
  lines.push(wrap(`Fix: ${displayText(f.fix, 2000)}`, width, INDENT.detail));
  lines.push('   Evidence:', ...evidenceLines(f, style));
  lines.push('   Why:');
  for (const w of f.why) {
    lines.push(wrap(`${displayText(w.condition, 300)}: ${displayText(w.detail, 600)}`, width, INDENT.item));
  }
  if (f.history) lines.push(wrap(`History: ${displayText(historyMarkText(f.history), 600)}`, width, INDENT.detail));
  return [...lines, ...acrossRunsLines(f, style)];
}

function evidenceLines(f: Finding, { c, width }: TableStyle): string[] {
  const lines: string[] = [];
  for (const e of f.evidence.slice(0, EVIDENCE_SHOWN)) {
    const where: Styled = [`${displayText(shortPath(e.path, f.run), 300)}:${e.line}`];
    lines.push(wrapStyled([where, [e.count ? `(x${e.count})` : '', c.gray]], width, INDENT.item, INDENT.itemText));
    lines.push(wrap(displayText(e.text, LINE_TEXT_MAX), width, INDENT.itemText));
    for (const [name, values] of Object.entries(e.values ?? {})) {
      lines.push(c.gray(wrap(`${name}: ${values.map((v) => displayText(v, 80)).join(', ')}`, width, INDENT.itemText)));
    }
  }
  if (f.evidence.length > EVIDENCE_SHOWN) {
    lines.push(c.gray(`${INDENT.item}… ${f.evidence.length - EVIDENCE_SHOWN} more in --format json`));
  }
  const unlisted = unlistedNote(f);
  if (unlisted) lines.push(c.gray(`${INDENT.item}${unlisted}`));
  return lines;
}

function acrossRunsLines(f: Finding, { c, width }: TableStyle): string[] {
  if (!f.acrossRuns || f.acrossRuns.length === 0) return [];
  const lines = ['   Across runs:'];
  for (const a of f.acrossRuns) {
    const mark = a.result === 'fail' ? c.red('red  ') : a.result === 'pass' ? c.green('green') : c.gray('—    ');
    // The mark keeps its padding (runs line up); the rest wraps under the run.
    const facts: Styled[] = [[displayText(a.run, 200)], [displayText(acrossRunFacts(a), 200), c.gray]];
    const rest = wrapStyled(facts, width, ' '.repeat(11), ' '.repeat(13));
    lines.push(`${INDENT.item}${mark} ${rest.slice(11)}`);
  }
  return lines;
}

export function unexplainedLines(result: AnalysisResult, style: TableStyle): string[] {
  if (result.unexplained.length === 0) return [];
  const items = result.unexplained.flatMap((u) => ['', ...unexplainedItem(u, style)]);
  return ['', style.c.bold('Unexplained failures'), ...items];
}

function unexplainedItem(u: UnexplainedFailure, style: TableStyle): string[] {
  const { c, width } = style;
  const signals: Styled[] = u.signals
    ? [[`— ${u.signals.map((s) => `${s.detail}${s.count > 1 ? ` x${s.count}` : ''}`).join(', ')} —`, c.red]]
    : [];
  const test = u.test ? ` — ${displayText(u.test, 200)}` : '';
  const what = `${displayText(unitLabel(u), 60)} / ${displayText(u.tier ?? 'no tier', 40)}${test}`;
  const run: Styled = [`run ${displayText(u.run, 200)}`, c.gray];
  const heading: Styled[] = [['unexplained', c.bold.red], [what], ...signals, run];
  const out = [wrapStyled(heading, width, '  ', INDENT.candidate)];
  if (u.history) out.push(wrap(`History: ${displayText(historyMarkText(u.history), 600)}`, width, INDENT.candidate));
  if (u.lines.length === 0) {
    const none = 'no error-level line of this recipe in the failing tier; read its logs around the tier';
    out.push(wrapStyled([[none, c.gray]], width, INDENT.candidate, INDENT.candidate));
  }
  for (const line of u.lines.slice(0, CANDIDATES_SHOWN)) out.push(...candidateLines(u, line, style));
  if (u.lines.length > CANDIDATES_SHOWN) {
    out.push(c.gray(`${INDENT.candidate}… ${u.lines.length - CANDIDATES_SHOWN} more lines in --format json`));
  }
  return out;
}

type RankedLine = UnexplainedFailure['lines'][number];

function candidateLines(u: UnexplainedFailure, line: RankedLine, { c, width }: TableStyle): string[] {
  const reasons = line.reasons?.length ? `[${displayText(line.reasons.join('; '), 200)}]` : '';
  const out = [wrapStyled([
    [`score ${line.score.toFixed(1)}`, c.gray], [`${displayText(shortPath(line.path, u.run), 200)}:${line.line}`],
    [line.count ? `(x${line.count})` : '', c.gray], [reasons, c.gray],
  ], width, INDENT.candidate, INDENT.candidateText)];
  out.push(wrap(displayText(line.message ?? line.text, LINE_TEXT_MAX), width, INDENT.candidateText));
  if (line.span !== undefined && line.span > 1) {
    const more = `(+${line.span - 1} lines: --format json, or redfix-forensics parse, shows them)`;
    out.push(c.gray(`${INDENT.candidateText}${more}`));
  }
  return out;
}

/** Error-level lines of a scan where nothing failed: shown, and said not to be a failure on their own. */
export function errorsSeenLines(result: AnalysisResult, { c, width }: TableStyle): string[] {
  if (result.findings.length > 0 || result.unexplained.length > 0 || !result.errorsSeen?.length) return [];
  const out = [
    '', c.bold('Errors seen'),
    c.gray('  error-level lines, with no fatal line, crash or failed test beside them: not a failure on their own'),
  ];
  for (const seen of result.errorsSeen.slice(0, ERRORS_SEEN_SHOWN)) {
    const unit = displayText(`${unitLabel({ recipe: seen.unit.name, unit: seen.unit })}:`, 120);
    const first = `first at ${displayText(shortPath(seen.first.path, ''), 200)}:${seen.first.line}`;
    const template: Styled = [displayText(seen.template, 200)];
    out.push(wrapStyled([[`${seen.count}x`, c.yellow], [unit, c.gray], template], width, '  ', '      '));
    out.push(wrapStyled([[first, c.gray]], width, '      ', '      '));
  }
  if (result.errorsSeen.length > ERRORS_SEEN_SHOWN) {
    out.push(c.gray(`  … ${result.errorsSeen.length - ERRORS_SEEN_SHOWN} more templates in --format json`));
  }
  return out;
}

export function inputProblemLines(result: AnalysisResult, { c, width }: TableStyle): string[] {
  const broken = result.inputs.filter((i) => i.errors.length > 0);
  if (broken.length === 0) return [];
  const out = ['', c.bold('Input problems')];
  for (const input of broken) {
    for (const error of input.errors) {
      const where = error.line !== undefined ? `:${error.line}` : error.offset !== undefined ? ` @${error.offset}` : '';
      const path: Styled = [`${displayText(input.path, 300)}${where}:`];
      out.push(wrapStyled([path, [displayText(error.message, 300)]], width, '  ', '    '));
    }
  }
  return out;
}
