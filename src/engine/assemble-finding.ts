/** A rule whose condition held in one scope group, made into a Finding: its evidence, location and texts. */
import type { Rule } from '../rules/types.js';
import { formatIso } from '../parsers/time.js';
import type { CompiledRule } from './compile.js';
import type { ConditionResult, RunContext } from './conditions.js';
import type { Evidence, Finding } from './findings.js';
import { renderTemplate, type TemplateContext } from '../text/rule-template.js';
import { compareFolds, type Fold, type GroupView } from './state.js';

/** Evidence folds by pattern name. */
type FoldsByPattern = Map<string, Fold[]>;

const MAX_LISTED = 8;

function listValues(values: string[]): string {
  if (values.length === 0) return '?';
  if (values.length <= MAX_LISTED) return values.join(', ');
  return `${values.slice(0, MAX_LISTED).join(', ')} and ${values.length - MAX_LISTED} more`;
}

/** The condition's evidence, plus what the rule's `join` patterns matched in the same group. */
function evidenceWithJoins(rule: CompiledRule, view: GroupView, result: ConditionResult): FoldsByPattern {
  const evidenceFolds: FoldsByPattern = new Map(result.evidence);
  for (const name of rule.rule.join ?? []) {
    const folds = view.folds(name);
    if (folds.length > 0) evidenceFolds.set(name, [...(evidenceFolds.get(name) ?? []), ...folds]);
  }
  return evidenceFolds;
}

/** The evidence in the order the rule declares its patterns. */
function inPatternOrder(rule: CompiledRule, evidenceFolds: FoldsByPattern): Array<[string, Fold[]]> {
  const order = (name: string) => rule.patterns.get(name)!.order;
  return [...evidenceFolds.entries()].sort((a, b) => order(a[0]) - order(b[0]));
}

/**
 * Every evidence line once, sorted: two patterns may match the same line (relationMissing and
 * relationMissingInRestoreTier).
 */
function distinctLines(ordered: Array<[string, Fold[]]>): Fold[] {
  const byLocation = new Map<string, Fold>();
  for (const fold of ordered.flatMap(([, folds]) => folds)) {
    const key = `${fold.path}\u0000${fold.line}`;
    if (!byLocation.has(key)) byLocation.set(key, fold);
  }
  return [...byLocation.values()].sort(compareFolds);
}

/** The finding's tier and test: the group's own when the rule is scoped by it, else the first evidence that has one. */
function tierAndTest(definition: Rule, view: GroupView, ordered: Array<[string, Fold[]]>) {
  const primary = ordered.flatMap(([, folds]) => folds);
  const tier = definition.scope === 'tier' ? view.scopeValue : primary.find((f) => f.tier !== undefined)?.tier;
  const test = definition.scope === 'test' ? view.scopeValue : primary.find((f) => f.test !== undefined)?.test;
  return { tier, test };
}

/** What templates can name besides captured values: the group's recipe, run, tier, test and concurrency. */
function builtinValues(
  view: GroupView,
  context: RunContext,
  scope: { tier?: string; test?: string },
): Record<string, string | undefined> {
  const concurrency = context.concurrency(view.run, view.recipe);
  return {
    recipe: view.recipe,
    run: view.run,
    tier: scope.tier,
    test: scope.test,
    concurrency: concurrency ? String(concurrency.count) : undefined,
  };
}

/** Templates read the values the evidence captured (in line order), then the built-in values. */
function templateContextOf(
  rule: CompiledRule,
  evidenceFolds: FoldsByPattern,
  ordered: Array<[string, Fold[]]>,
  builtins: Record<string, string | undefined>,
): TemplateContext {
  const valuesFor = (name: string, pattern?: string): string[] => {
    const seen = new Set<string>();
    const folds = pattern ? evidenceFolds.get(pattern) ?? [] : ordered.flatMap(([, f]) => f);
    for (const fold of [...folds].sort(compareFolds)) for (const v of fold.valuesOf(name)) seen.add(v);
    return [...seen];
  };
  return {
    values: (name, pattern) => {
      const values = valuesFor(name, pattern);
      if (values.length > 0 || pattern !== undefined) return values;
      const builtin = Object.hasOwn(builtins, name) ? builtins[name] : undefined;
      return builtin !== undefined ? [builtin] : [];
    },
    events: (pattern) => (evidenceFolds.get(pattern) ?? []).reduce((n, fold) => n + fold.count, 0),
    isPattern: (name) => rule.patterns.has(name),
    list: listValues,
  };
}

/** The captured values that differ between the lines one fold stands for. */
function variedValues(fold: Fold): Record<string, string[]> | undefined {
  const varied: Record<string, string[]> = {};
  const keys = new Set<string>();
  for (const tuple of fold.tuples.values()) for (const k of Object.keys(tuple.values)) keys.add(k);
  for (const key of keys) {
    const values = fold.valuesOf(key);
    if (values.length > 1) varied[key] = values;
  }
  return Object.keys(varied).length > 0 ? varied : undefined;
}

/** One cited line: where, its text, when, and for a fold of several lines how many and what varied. */
function evidenceItem(fold: Fold): Evidence {
  const item: Evidence = { path: fold.path, line: fold.line, text: fold.text };
  const ts = formatIso(fold.firstTs);
  if (ts) item.ts = ts;
  if (fold.count > 1) {
    item.count = fold.count;
    const varied = variedValues(fold);
    if (varied) item.values = varied;
  }
  return item;
}

/**
 * The line the finding points at: the first evidence of a pattern its condition names, else the
 * first evidence line. A finding can hold no evidence when its condition names none (a mutant in
 * test-rules --mutate): it still points at what matched in its scope.
 */
function locationFold(
  rule: CompiledRule,
  view: GroupView,
  ordered: Array<[string, Fold[]]>,
  lines: Fold[],
): Fold | undefined {
  const named = ordered.filter(([name]) => rule.conditionPatterns.has(name)).flatMap(([, folds]) => folds);
  return named[0] ?? lines[0] ?? [...rule.patterns.keys()].flatMap((name) => view.folds(name))[0];
}

/** The tiers the evidence spans, as a `tiers` field when they are more than the finding's own tier. */
function tiersField(lines: Fold[], tier: string | undefined): { tiers?: string[] } {
  const evidenceTiers = [...new Set(lines.map((f) => f.tier).filter((t): t is string => t !== undefined))].sort();
  const beyondOwn = evidenceTiers.length > 1 || (evidenceTiers.length === 1 && evidenceTiers[0] !== tier);
  return beyondOwn ? { tiers: evidenceTiers } : {};
}

export function assembleFinding(
  rule: CompiledRule,
  view: GroupView,
  result: ConditionResult,
  context: RunContext,
): Finding {
  const definition: Rule = rule.rule;
  const evidenceFolds = evidenceWithJoins(rule, view, result);
  const ordered = inPatternOrder(rule, evidenceFolds);
  const lines = distinctLines(ordered);
  const { tier, test } = tierAndTest(definition, view, ordered);
  const templateContext = templateContextOf(rule, evidenceFolds, ordered, builtinValues(view, context, { tier, test }));
  const render = (template: string) => renderTemplate(template, templateContext);
  const location = locationFold(rule, view, ordered, lines);
  const unlisted = [...evidenceFolds.keys()].reduce((n, name) => n + view.unfolded(name), 0);
  return {
    id: `${definition.id}@${view.run}/${view.recipe ?? '-'}/${view.scopeValue ?? '-'}`,
    rule: definition.id,
    title: definition.title,
    classification: definition.classification,
    severity: definition.severity,
    confidence: definition.confidence,
    run: view.run,
    recipe: view.recipe ?? null,
    tier: tier ?? null,
    ...tiersField(lines, tier),
    test: test ?? null,
    rootCause: render(definition.rootCause),
    fix: render(definition.fix),
    location: location ? { path: location.path, line: location.line } : { path: '', line: 0 },
    evidence: lines.map(evidenceItem),
    ...(unlisted > 0 ? { unlistedEvidence: unlisted } : {}),
    why: result.why.map(({ condition, matched, detail }) => ({ condition, matched, detail })),
  };
}
