import path from 'node:path';
import type { Reporter } from './types.js';
import type { Finding } from '../engine/findings.js';
import {
  inputProblemLines,
  isUnreadable,
  type AnalysisResult,
  type InputError,
  type InputSummary,
  type UnexplainedFailure,
} from '../result.js';
import { safeJsonStringify } from '../text/escape.js';
import { BUILTIN_RULES } from '../rules/index.js';
import { RESERVED_RULES } from '../rules/reserved.js';
import { unlistedNote } from './unlisted.js';
import { tierLabel } from './text.js';
import { findingFingerprint, UNEXPLAINED_RULE, unexplainedFingerprint } from './fingerprint.js';
import { historyMarkText } from './history-mark.js';
import type { HistoryMark } from '../history/mark.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const INFORMATION_URI = 'https://github.com/redfix/redfix-forensics';
const RULES_HELP_URI = `${INFORMATION_URI}#rules`;
/**
 * Key of our fingerprint in partialFingerprints: versioned, so a change of recipe is a new key, not
 * silently new alerts.
 */
const FINGERPRINT_KEY = 'redfixFingerprint/v1';

interface ArtifactLocation { uri: string; uriBaseId: string }

/**
 * Percent-encodes a path as a uri-reference: `#` and `?` too, and lone surrogates (encodeURI throws
 * on them) as U+FFFD.
 */
function encodePath(p: string): string {
  const wellFormed = p.replace(/[\ud800-\udfff]/g, (ch, i: number, s: string) => (isPaired(s, i) ? ch : '\ufffd'));
  return encodeURI(wellFormed).replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  const isLowSurrogate = (at: number) => (s.charCodeAt(at) & 0xfc00) === 0xdc00;
  const isHighSurrogate = (at: number) => (s.charCodeAt(at) & 0xfc00) === 0xd800;
  return code <= 0xdbff ? isLowSurrogate(i + 1) : i > 0 && isHighSurrogate(i - 1);
}

const inside = (relative: string) => relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);

/**
 * Every path becomes a relative URI under a named base, never an absolute one: SRCROOT (the
 * working directory) when it lies there, else the root of its run, else ROOT; stdin is its own
 * base without a URI. The bases used are declared in originalUriBaseIds.
 */
class UriBases {
  readonly used = new Map<string, { uri?: string; description: { text: string } }>();
  private readonly runRoots: Array<{ id: string; abs: string; description: string }>;

  constructor(private readonly cwd: string, result: AnalysisResult) {
    this.runRoots = result.runs.flatMap((run, i) => run.paths.filter((p) => p !== '-').map((p) => ({ id: `RUNROOT${i + 1}`, abs: path.resolve(cwd, p), description: `root of run ${run.id}` })));
  }

  locate(p: string): ArtifactLocation {
    if (p === '-') {
      this.used.set('STDIN', { description: { text: 'standard input: the evidence was piped in, it has no file' } });
      return { uri: 'stdin', uriBaseId: 'STDIN' };
    }
    const abs = path.resolve(this.cwd, p);
    const fromCwd = path.relative(this.cwd, abs);
    if (inside(fromCwd)) return this.under('SRCROOT', this.cwd, fromCwd, 'the directory redfix-forensics ran in');
    for (const root of this.runRoots) {
      const fromRoot = path.relative(root.abs, abs);
      if (inside(fromRoot)) return this.under(root.id, root.abs, fromRoot, root.description);
    }
    return this.under('ROOT', '/', abs.replace(/^\/+/, ''), 'the file system root');
  }

  private under(id: string, base: string, relative: string, description: string): ArtifactLocation {
    if (!this.used.has(id)) this.used.set(id, { uri: `file://${encodePath(base.endsWith('/') ? base : `${base}/`)}`, description: { text: description } });
    return { uri: encodePath(relative.split(path.sep).join('/')), uriBaseId: id };
  }
}

type Physical = ReturnType<typeof physicalOf>;

// SARIF regions start at line 1: evidence without a line (line 0) names the artifact only.
function physicalOf(bases: UriBases, p: string, line: number, text?: string) {
  return {
    physicalLocation: {
      artifactLocation: bases.locate(p),
      ...(line >= 1 ? { region: { startLine: line, ...(text !== undefined ? { snippet: { text } } : {}) } } : {}),
    },
  };
}

/**
 * Where an unexplained failure with no candidate line points: the evidence of that tier (its
 * junit file, then the recipe's run log, then any input of the recipe, then the run's sweep
 * log), so code scanning, which requires a location, still gets one that leads somewhere.
 */
function anchorOf(u: UnexplainedFailure, inputs: readonly InputSummary[]): string {
  const mine = inputs.filter((i) => i.run === u.run && !isUnreadable(i)).map((i) => i.path);
  const ofRecipe = (p: string) => u.recipe !== null && p.split('/').includes(u.recipe);
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const choices = [
    (p: string) => ofRecipe(p) && base(p).startsWith(`${u.tier}__`),
    (p: string) => ofRecipe(p) && base(p) === 'run.log',
    ofRecipe,
    (p: string) => base(p) === 'sweep.log',
    () => true,
  ];
  for (const choice of choices) {
    const found = mine.find(choice);
    if (found) return found;
  }
  return u.run;
}

/** A SARIF reportingDescriptor: one rule as code scanning lists it. */
interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { enabled: boolean; level: (typeof LEVEL)[keyof typeof LEVEL] };
  properties: { classification: string | undefined; tags: string[] };
}

function reportingDescriptors(result: AnalysisResult): ReportingDescriptor[] {
  // Reserved rules (drawn by the engine, never by a pack) are described like the built-ins.
  const described = [...BUILTIN_RULES, ...RESERVED_RULES];
  const ruleIds = [...new Set([...described.map((r) => r.id), ...result.findings.map((f) => f.rule)])].sort();
  const byId = new Map(described.map((r) => [r.id, r]));
  const fired = new Map(result.findings.map((f) => [f.rule, f]));
  const descriptors = ruleIds.map((id): ReportingDescriptor => {
    const finding = fired.get(id);
    // A user rule that replaced a built-in one describes itself: the built-in text would be wrong.
    const rule = byId.get(id) && (!finding || finding.title === byId.get(id)!.title) ? byId.get(id) : undefined;
    const title = finding?.title ?? rule?.title ?? id;
    const classification = finding?.classification ?? rule?.classification;
    const severity = finding?.severity ?? rule?.severity ?? 'warning';
    const help = rule ? `${rule.description}\n\nFix: ${rule.fix}` : `${title} (a rule from a user rule pack: see its file).`;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: title },
      fullDescription: { text: rule?.description ?? title },
      help: { text: help },
      helpUri: RULES_HELP_URI,
      defaultConfiguration: { enabled: true, level: LEVEL[severity] },
      properties: { classification, tags: classification ? [classification] : [] },
    };
  });
  // Unexplained failures are results too, so code scanning shows them beside the findings.
  descriptors.push({
    id: UNEXPLAINED_RULE,
    name: 'UnexplainedFailure',
    shortDescription: { text: 'a red tier or test that no rule explains' },
    fullDescription: { text: 'The recipe failed here and no rule recognized why; the locations are the candidate lines, best first (crash loops, the first error of each log, lines absent from a green run).' },
    help: { text: 'Read the candidate lines, best first. When the cause is known, `redfix-forensics draft-rule <paths>` drafts a rule and a corpus case from the top-ranked line.' },
    helpUri: `${INFORMATION_URI}#how-it-works`,
    defaultConfiguration: { enabled: true, level: 'error' },
    properties: { classification: 'unexplained', tags: ['unexplained'] },
  });
  return descriptors;
}

/** The whole mark where SARIF keeps what it has no field for: the property bag, its fields and its words. */
function historyProperty(mark: HistoryMark | undefined): { history?: HistoryMark & { text: string } } {
  return mark ? { history: { ...mark, text: historyMarkText(mark) } } : {};
}

type BaselineState = 'new' | 'unchanged';

/**
 * SARIF's baselineState (2.1.0 §3.27.24), the baseline being the runs the history recorded before
 * this one. `new`: the mark says no recorded run has the failure, neither its fingerprint nor its
 * line. `unchanged`: one has (seen before, or its line in the recipe's last green run); the
 * history compares identities, not details, so it never says `updated`. `absent` would be a result
 * for a failure that went away, and a scan reports only what it found.
 */
function baselineStateOf(mark: HistoryMark): BaselineState {
  const lineInLastGreen = mark.lastGreen !== undefined && mark.newSince === undefined;
  return mark.seenBefore !== undefined || lineInLastGreen ? 'unchanged' : 'new';
}

/** A result with its baselineState, placed before its property bag. */
function withBaselineState<R extends { properties: object }>(result: R, state: BaselineState) {
  const { properties, ...rest } = result;
  return { ...rest, baselineState: state, properties };
}

/**
 * baselineState on every result or on none (§3.27.24): only when the history marked them all. It
 * marks the failures of a recipe; one that names none was not compared, and a scan without a
 * history compared nothing.
 */
function withBaselineStates<R extends { properties: object }>(results: R[], marks: Array<HistoryMark | undefined>) {
  if (results.length === 0 || marks.some((m) => m === undefined)) return results;
  return results.map((r, i) => withBaselineState(r, baselineStateOf(marks[i]!)));
}

function findingResult(f: Finding, bases: UriBases, ruleIndex: number | undefined) {
  const unlisted = unlistedNote(f);
  const primary = f.evidence.find((e) => e.path === f.location.path && e.line === f.location.line);
  const atLocation = (e: Finding['evidence'][number]) => e.path === f.location.path && e.line === f.location.line;
  const related = f.evidence.filter((e) => e !== primary && !atLocation(e));
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.rootCause} Fix: ${f.fix}${unlisted ? ` Evidence: ${unlisted}.` : ''}` },
    locations: [physicalOf(bases, f.location.path, f.location.line, primary?.text)],
    ...(related.length > 0
      ? { relatedLocations: related.map((e, i) => ({ id: i + 1, ...physicalOf(bases, e.path, e.line, e.text) })) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
    properties: {
      findingId: f.id,
      classification: f.classification,
      confidence: f.confidence,
      run: f.run,
      recipe: f.recipe,
      tier: f.tier,
      test: f.test,
      why: f.why,
      ...(f.acrossRuns ? { acrossRuns: f.acrossRuns } : {}),
      ...(f.unlistedEvidence ? { unlistedEvidence: f.unlistedEvidence } : {}),
      ...historyProperty(f.history),
    },
  };
}

function unexplainedResult(
  u: UnexplainedFailure,
  inputs: readonly InputSummary[],
  bases: UriBases,
  ruleIndex: number | undefined,
) {
  const what = `No rule explains the failure of ${u.recipe ?? 'an unknown recipe'} in tier ${tierLabel(u.tier)}${u.test ? ` (${u.test})` : ''}`;
  const locations: Physical[] = u.lines.length > 0
    ? u.lines.slice(0, 10).map((l) => physicalOf(bases, l.path, l.line, l.text))
    : [physicalOf(bases, anchorOf(u, inputs), 1)];
  return {
    ruleId: UNEXPLAINED_RULE,
    ruleIndex,
    level: 'error' as const,
    message: { text: u.lines.length > 0 ? `${what}; candidate lines are its locations, best first${u.lines.length > 10 ? ` (10 of ${u.lines.length}; all in --format json)` : ''}.` : `${what}; no error-level line of the recipe in that tier: the location is the tier's evidence.` },
    locations,
    partialFingerprints: { [FINGERPRINT_KEY]: unexplainedFingerprint(u) },
    properties: {
      run: u.run,
      recipe: u.recipe,
      tier: u.tier,
      test: u.test ?? null,
      scores: u.lines.slice(0, 10).map((l) => l.score),
      candidates: u.lines.length,
      ...historyProperty(u.history),
    },
  };
}

/** Where in an input a problem is: its line, else its byte offset, else nowhere in particular. */
function regionOf(error: InputError): { region?: { startLine: number } | { byteOffset: number } } {
  if (error.line !== undefined && error.line >= 1) return { region: { startLine: error.line } };
  return error.offset !== undefined ? { region: { byteOffset: error.offset } } : {};
}

/**
 * Input problems and notices, where code scanning and the SARIF viewers look for them; a scan
 * that could not read an input did not execute successfully.
 */
function invocationOf(result: AnalysisResult, bases: UriBases) {
  const notifications = [
    ...result.inputs.flatMap((input) => input.errors.map((error) => ({
      level: isUnreadable(input) ? 'error' : 'warning',
      message: { text: `${input.path}: ${error.message}` },
      locations: [{ physicalLocation: { artifactLocation: bases.locate(input.path), ...regionOf(error) } }],
    }))),
    ...result.notices.map((notice) => ({ level: 'note', message: { text: notice } })),
  ];
  return {
    executionSuccessful: !result.inputs.some(isUnreadable),
    toolExecutionNotifications: notifications,
    properties: { inputProblems: inputProblemLines(result).length },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one reporting descriptor per rule, evidence as
 * relative locations.
 */
export const sarifReporter: Reporter = (result, context) => {
  const bases = new UriBases(context.cwd ?? process.cwd(), result);
  const rules = reportingDescriptors(result);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = withBaselineStates([
    ...result.findings.map((f) => findingResult(f, bases, index.get(f.rule))),
    ...result.unexplained.map((u) => unexplainedResult(u, result.inputs, bases, index.get(UNEXPLAINED_RULE))),
  ], [...result.findings, ...result.unexplained].map((item) => item.history));
  const invocation = invocationOf(result, bases);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: result.tool.name,
          version: result.tool.version,
          semanticVersion: result.tool.version,
          informationUri: INFORMATION_URI,
          rules,
        },
      },
      invocations: [invocation],
      originalUriBaseIds: Object.fromEntries([...bases.used.entries()].sort(([a], [b]) => a.localeCompare(b))),
      results,
      properties: { rules: result.tool.rules, recipes: result.recipes },
    }],
  };
  return `${safeJsonStringify(log, 2)}\n`;
};
