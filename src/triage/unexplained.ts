import { isErrorOrWorse, jobMayTolerate, type LogEvent } from '../events.js';
import { messageTemplate, templateOf } from '../text/template.js';
import type { FailureKind } from '../events.js';
import { PairIndex, PlaceIndex } from '../nested-map.js';
import { unitName } from './unit.js';

const UNEXPLAINED_LIMITS = { templatesPerRecipe: 2000, valuesPerTemplate: 32, tasksPerTemplate: 32, recipes: 10_000 };

/** Error-level lines of one template in one file, folded. */
export interface CandidateLine {
  path: string;
  line: number;
  text: string;
  template: string;
  message: string;
  level: string;
  count: number;
  tier?: string;
  test?: string;
  firstTs?: number;
  lastTs?: number;
  /** Swarm tasks the line came from: several tasks repeating the last line is a crash loop. */
  tasks: Set<string>;
  /** The masked values (IPs, ids, numbers) seen across repeats. */
  values: Set<string>;
  fromJunit: boolean;
  /** From a service's own log (a docker envelope): only there do repeats mean a restarting container. */
  fromService: boolean;
  /** The service or input the line came from, when it names no recipe. */
  unit: string;
  /** Physical lines of a multi-line event (a panic, a traceback) that starts here. */
  span?: number;
  /** The line is failure evidence itself (a fatal line, a panic, an exit …), not only an error. */
  failure?: FailureKind;
}

/** One run and recipe's candidate lines: in the order first seen, and by unit, file, tier and template. */
class RecipeCandidates {
  readonly lines: CandidateLine[] = [];
  private readonly index = new PlaceIndex<CandidateLine>();

  /** The line folding these; `tier` is the event's tier or '' (a line with no tier folds with one whose tier is ''). */
  find(unit: string, path: string, tier: string, template: string): CandidateLine | undefined {
    return this.index.get(unit, path, tier, template);
  }

  add(line: CandidateLine, tier: string): void {
    this.index.set(line.unit, line.path, tier, line.template, line);
    this.lines.push(line);
  }
}

/**
 * Keeps, per run and recipe, every error- and fatal-level line (and every failing junit case)
 * folded by template, so that a red tier no rule explains can point at the lines that matter.
 * Bounded per recipe; the rest is counted.
 */
export class CandidateCollector {
  /** By run, then recipe (none: ''). */
  private readonly byRecipe = new PairIndex(() => new RecipeCandidates(), UNEXPLAINED_LIMITS.recipes);
  /** The candidate whose values were added to last, and the values added. */
  private lastCandidate?: CandidateLine;
  private lastValues?: readonly string[];
  overflow = 0;

  /** An event of the scan; `late`: one that became failure evidence when its input ended (lateFailure), any level. */
  ingest(event: LogEvent, late = false): void {
    const junitFailure = event.kind === 'test-case' && (event.fields.outcome === 'failed' || event.fields.outcome === 'error');
    if (!junitFailure && !late && !isErrorOrWorse(event.level)) return;
    // A line inside a multi-line event is ranked as that event.
    if (event.partOf !== undefined) return;
    // Lines that only say "it failed" (a FAILED result without its message, totals, tier ends) point at nothing,
    // but for pytest's totals when they are all an input says of its failure (signals/failure.ts, finish).
    const totalsAlone = event.kind === 'test-totals' && event.failure !== undefined;
    if ((event.kind === 'test-totals' && !totalsAlone) || event.kind === 'tier-end' || (event.kind === 'test-result' && !event.message)) return;
    const recipe = this.byRecipe.get(event.run ?? '', event.recipe ?? '');
    if (!recipe) { this.overflow += 1; return; }
    // A junit failure with a body is grouped by its message alone, even an empty one.
    const { template, values } = junitFailure && typeof event.fields.body === 'string' && !event.message ? templateOf('') : messageTemplate(event);
    const unit = unitName(event);
    const tier = event.tier ?? '';
    let candidate = recipe.find(unit, event.path, tier, template);
    if (!candidate) {
      if (recipe.lines.length >= UNEXPLAINED_LIMITS.templatesPerRecipe) { this.overflow += 1; return; }
      candidate = newCandidate(event, template, unit, junitFailure);
      recipe.add(candidate, tier);
    }
    candidate.count += 1;
    if (event.ts !== undefined) {
      candidate.firstTs = Math.min(candidate.firstTs ?? event.ts, event.ts);
      candidate.lastTs = Math.max(candidate.lastTs ?? event.ts, event.ts);
    }
    if (event.task && candidate.tasks.size < UNEXPLAINED_LIMITS.tasksPerTemplate) candidate.tasks.add(event.task);
    // A repeat of the line before (the same template object, values and all) adds no value.
    if (candidate === this.lastCandidate && values === this.lastValues) return;
    for (const v of values) {
      if (candidate.values.size >= UNEXPLAINED_LIMITS.valuesPerTemplate) break;
      candidate.values.add(v);
    }
    this.lastCandidate = candidate;
    this.lastValues = values;
  }

  /**
   * A line that became failure evidence once its input ended (a tool's last error): its folded
   * line says so, or it is taken now if its level had not made it a candidate.
   */
  lateFailure(event: LogEvent): void {
    const recipe = this.byRecipe.peek(event.run ?? '', event.recipe ?? '');
    const { template } = messageTemplate(event);
    const candidate = recipe?.find(unitName(event), event.path, event.tier ?? '', template);
    if (candidate === undefined) { this.ingest(event, true); return; }
    if (event.failure) candidate.failure = event.failure.kind;
    if (event.level) candidate.level = event.level;
  }

  /** Lines of the input at `path` before `line` whose failure its CI job tolerated (FailureCollector.tolerate). */
  tolerate(path: string, line: number): void {
    for (const recipe of this.byRecipe.values()) {
      for (const candidate of recipe.lines) {
        const { failure } = candidate;
        if (candidate.path !== path || candidate.line >= line || failure === undefined) continue;
        if (jobMayTolerate(failure)) delete candidate.failure;
      }
    }
  }

  candidates(run: string, recipe: string | undefined): CandidateLine[] {
    return [...(this.byRecipe.peek(run, recipe ?? '')?.lines ?? [])];
  }
}

function newCandidate(event: LogEvent, template: string, unit: string, fromJunit: boolean): CandidateLine {
  return {
    path: event.path,
    line: event.line,
    text: event.text,
    template,
    message: event.message,
    level: event.level ?? 'error',
    count: 0,
    tier: event.tier,
    test: event.test,
    tasks: new Set(),
    values: new Set(),
    fromJunit,
    fromService: event.service !== undefined,
    unit,
    ...(event.block ? { span: event.block.span } : {}),
    ...(event.failure ? { failure: event.failure.kind } : {}),
  };
}

export interface RankedLine {
  path: string;
  line: number;
  text: string;
  /** The line's message (envelope and payload prefixes removed), where it differs from the text. */
  message?: string;
  /** Physical lines of the multi-line event it starts (a panic with its goroutines, a traceback). */
  span?: number;
  score: number;
  count?: number;
  template?: string;
  /** Why it ranks where it does, in a few words. */
  reasons?: string[];
}

/** A crash loop: the same last line from several tasks of one service, or repeated many times by one. */
function isCrashLoop(candidate: CandidateLine): boolean {
  return candidate.tasks.size >= 2 || (candidate.fromService && candidate.count >= 3);
}

/**
 * Ranks candidate lines for one red tier. Crash-loop templates first; then the first error of
 * each log (what failed first is usually the cause, what follows the consequence); fatal over
 * error; the test's own failure message after the logs that explain it; lines whose template
 * also appears in a green (baseline) run last.
 */
export function rankCandidates(candidates: CandidateLine[], greenTemplates: ReadonlySet<string>): RankedLine[] {
  const firstLine = new Map<string, number>();
  for (const c of candidates) {
    if (!c.fromJunit) firstLine.set(c.path, Math.min(firstLine.get(c.path) ?? Infinity, c.line));
  }
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = 1;
      if (c.level === 'fatal') { score += 1; reasons.push('fatal'); } else score += 0.5;
      if (c.failure !== undefined && c.failure !== 'test-failed' && c.failure !== 'harness-red') { score += 0.75; if (c.failure !== 'fatal') reasons.push(c.failure); }
      if (isCrashLoop(c)) { score += 3; reasons.push(c.tasks.size >= 2 ? `crash loop: ${c.tasks.size} tasks` : `repeated ${c.count}x`); }
      if (!c.fromJunit && firstLine.get(c.path) === c.line) { score += 1.5; reasons.push('first error in its log'); }
      if (c.fromJunit) { score += 0.5; reasons.push('test failure message'); }
      if (c.fromService) { score += 0.5; reasons.push("the service's own log"); }
      score += Math.min(1, Math.log10(c.count));
      if (greenTemplates.has(c.template)) { score = 0; reasons.push('also in a green run'); }
      else if (greenTemplates.size > 0) { score += 1; reasons.push('absent from the green run'); }
      const ranked: RankedLine = {
        path: c.path,
        line: c.line,
        text: c.text,
        score: Math.round(score * 100) / 100,
        template: c.template,
        reasons,
      };
      if (c.message && c.message !== c.text) ranked.message = c.message;
      if (c.span !== undefined) ranked.span = c.span;
      if (c.count > 1) ranked.count = c.count;
      return ranked;
    })
    .sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}
