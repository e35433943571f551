import type { Reporter, ReportContext } from './types.js';
import type { Finding } from '../engine/findings.js';
import { inputProblemLines, isUnreadable, type AnalysisResult, type RecipeSummary, type UnexplainedFailure } from '../result.js';
import { acrossRunsLines } from './across-runs.js';
import { unlistedNote } from './unlisted.js';
import { failsScan } from './fail-on.js';
import { historyMarkText } from './history-mark.js';
import type { HistoryMark } from '../history/mark.js';
import { shortPath, tierLabel, unitLabel } from './text.js';
import { escapeForDisplay } from '../text/escape.js';
import { plural } from '../text/plural.js';

/** An attribute value or a short name: one line, controls shown escaped (XML 1.0 cannot carry most C0 at all). */
function xml(text: string): string {
  return escapeForDisplay(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Element text: like xml(), but the report's own line breaks stay line breaks for the CI page to show. */
function body(text: string): string {
  return text.split('\n').map(xml).join('\n');
}

/**
 * A short, stable name per run: the last segments of its path, as few as keep runs apart. The
 * same for a relative and an absolute invocation (the leading directories are never needed
 * unless two runs share a name). Dots become `_`: CI pages split a classname at its dots.
 */
export function runLabels(runIds: readonly string[]): Map<string, string> {
  const segments = new Map(runIds.map((id) => [id, id.split('/').filter((s) => s !== '' && s !== '.')]));
  const label = (id: string, n: number) => segments.get(id)!.slice(-n).join('/') || id;
  const labels = new Map<string, string>();
  for (const id of runIds) {
    let n = 1;
    const ambiguous = (k: number) => runIds.some((other) => other !== id && label(other, k) === label(id, k));
    while (n < segments.get(id)!.length && ambiguous(n)) n += 1;
    labels.set(id, label(id, n).replace(/\./g, '_'));
  }
  return labels;
}

/** What a case is about: the recipe, or the service or input that failed where no recipe is known. */
function unitOf(item: { recipe: string | null; unit?: { kind: string; name: string } }): string {
  return item.unit || item.recipe ? unitLabel(item) : 'unknown';
}

/** A classname segment: CI pages split a classname at its dots. */
const segment = (name: string) => name.replace(/\./g, '_');

interface Case {
  classname: string;
  name: string;
  xml: (classname: string, name: string) => string;
  failed: boolean;
  errored: boolean;
}

function caseXml(classname: string, name: string, inner: string): string {
  return `    <testcase classname="${xml(classname)}" name="${xml(name)}">${inner}</testcase>`;
}

/** The history's mark as a line of the case's text (with --history), in the words of every other format. */
function historyLine(mark: HistoryMark | undefined): string[] {
  return mark ? [`History: ${historyMarkText(mark)}`] : [];
}

function findingCase(f: Finding, run: string, context: ReportContext): Case {
  const unit = unitOf(f);
  const name = `${unit} ${f.tier ?? 'any tier'}: ${f.rule}${f.test ? ` — ${f.test}` : ''}`;
  const across = acrossRunsLines(f);
  const unlisted = unlistedNote(f);
  const evidence = [
    ...f.evidence.map((e) => `${shortPath(e.path, f.run)}:${e.line}${e.count ? ` (x${e.count})` : ''}: ${e.text}`),
    ...(unlisted ? [unlisted] : []),
  ].join('\n') + (across.length > 0 ? `\n\nAcross runs:\n${across.join('\n')}` : '');
  const failed = failsScan(f.classification, context);
  const text = [f.rootCause, `Fix: ${f.fix}`, ...historyLine(f.history)].join('\n') + `\n\n${evidence}`;
  return {
    classname: `${run}.${segment(unit)}`, name, failed, errored: false,
    // Outside --fail-on a finding passes, its text kept where the CI page shows it.
    xml: (c, n) => caseXml(c, n, failed
      ? `<failure message="${xml(`${f.classification}: ${f.rootCause}`)}" type="${xml(f.classification)}">${body(text)}</failure>`
      : `<system-out>${body(`${f.classification} (not in --fail-on): ${text}`)}</system-out>`),
  };
}

function unexplainedCase(u: UnexplainedFailure, run: string, context: ReportContext): Case {
  const unit = unitOf(u);
  const more = u.lines.length > 10 ? `\n… ${u.lines.length - 10} more candidate lines in --format json` : '';
  const candidates = (u.lines.slice(0, 10).map((l) => `${shortPath(l.path, u.run)}:${l.line} (score ${l.score}): ${l.text}`).join('\n') || 'no candidate line found') + more;
  const lines = [...historyLine(u.history), candidates].join('\n\n');
  const failed = failsScan('unexplained', context);
  return {
    classname: `${run}.${segment(unit)}`, name: `${unit} ${tierLabel(u.tier)}: unexplained failure${u.test ? ` — ${u.test}` : ''}`, failed, errored: false,
    xml: (c, n) => caseXml(c, n, failed
      ? `<failure message="unexplained: no rule explains this failure" type="unexplained">${body(lines)}</failure>`
      : `<system-out>${body(`unexplained (not in --fail-on):\n${lines}`)}</system-out>`),
  };
}

/** A tier that passed: history then shows the fix of yesterday's failure. */
function passedCases(r: RecipeSummary, run: string): Case[] {
  const unit = unitOf(r);
  return Object.entries(r.tiers).filter(([, outcome]) => outcome === 'pass')
    .map(([tier]) => ({ classname: `${run}.${segment(unit)}`, name: `${unit} ${tier}: passed`, failed: false, errored: false, xml: (c: string, n: string) => caseXml(c, n, '') }));
}

/**
 * The scan itself is a case: never an empty report (Jenkins fails a junit step with no test),
 * and an input that could not be read is an error there, with every problem and notice.
 */
function scanCase(result: AnalysisResult): Case {
  const unreadable = result.inputs.filter(isUnreadable);
  const problems = inputProblemLines(result);
  const out = [`${plural(result.inputs.length, 'input')}, ${plural(result.runs.length, 'run')}`, ...problems.map((p) => `input problem: ${p}`), ...result.notices.map((n) => `note: ${n}`)].join('\n');
  const errored = unreadable.length > 0;
  return {
    classname: result.tool.name, name: 'scan', failed: false, errored,
    xml: (c, n) => caseXml(c, n, `${errored ? `<error message="${xml(`${plural(unreadable.length, 'input')} could not be read`)}" type="input">${body(unreadable.map((i) => `${i.path}: ${i.errors.map((e) => e.message).join('; ')}`).join('\n'))}</error>` : ''}<system-out>${body(out)}</system-out>`),
  };
}

/** `(classname, name)` pairs made unique in report order: a repeat gets ` (2)`, ` (3)`. */
function uniqueNames(cases: readonly Case[]): string[] {
  const seen = new Map<string, number>();
  return cases.map((c) => {
    const key = `${c.classname}\u0000${c.name}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return c.xml(c.classname, n === 1 ? c.name : `${c.name} (${n})`);
  });
}

/**
 * junit for CI dashboards: per run, a case per tier that passed, per finding and per
 * unexplained failure; only what --fail-on names fails. Names carry recipe and tier, and the
 * classname is `<run>.<recipe>` with the run's short name, the same however it was invoked.
 */
export const junitReporter: Reporter = (result, context) => {
  const labels = runLabels([
    ...new Set([
      ...result.runs.map((r) => r.id),
      ...result.findings.map((f) => f.run),
      ...result.unexplained.map((u) => u.run),
    ]),
  ]);
  const label = (run: string) => labels.get(run) ?? run.replace(/\./g, '_');
  const cases: Case[] = [scanCase(result)];
  // Every run anything names, in case one is missing from runs[]: nothing is left out of the report.
  const runIds = [
    ...new Set([
      ...result.runs.map((r) => r.id),
      ...result.recipes.map((r) => r.run),
      ...result.findings.map((f) => f.run),
      ...result.unexplained.map((u) => u.run),
    ]),
  ];
  for (const run of runIds) {
    cases.push(...result.recipes.filter((r) => r.run === run).flatMap((r) => passedCases(r, label(run))));
    cases.push(...result.findings.filter((f) => f.run === run).map((f) => findingCase(f, label(run), context)));
    cases.push(...result.unexplained.filter((u) => u.run === run).map((u) => unexplainedCase(u, label(run), context)));
  }
  const failures = cases.filter((c) => c.failed).length;
  const errors = cases.filter((c) => c.errored).length;
  const rendered = uniqueNames(cases);
  const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(result.tool.name)}" ${counts}>\n  <testsuite name="${xml(`${result.tool.name} triage`)}" ${counts} skipped="0">\n${rendered.join('\n')}\n  </testsuite>\n</testsuites>\n`;
};
