import type { LoadedFormat } from '../parsers/user/definition.js';
import { buildLiteralTable, ingest, runContext } from '../analyze.js';
import { RuleEngine, matchPattern, type ScanEvent } from '../engine/engine.js';
import { stripAnsi } from '../text/ansi.js';
import type { CompiledPattern, CompiledRule } from '../engine/compile.js';
import { safeJsonStringify } from '../text/escape.js';
import { displayText, wrap } from '../reporters/text.js';
import { redactSecrets } from '../text/redact.js';
import { loadCases, ruleCoverage } from '../corpus/cases.js';
import { BUILTIN_ORIGIN, type LoadedRule } from '../rules/types.js';
import { RESERVED_RULES } from '../rules/reserved.js';
import { plural } from '../text/plural.js';
import type { StandardInput } from '../inputs/stdin.js';

/** Where a reserved rule comes from: the triage decides it across runs, from no signature. */
const RESERVED_ORIGIN = 'built-in, across runs (no signature)';

export function listRules(loaded: readonly LoadedRule[], json: boolean): string {
  const rules = [
    ...loaded.map(({ rule, origin, replaces }) => ({ rule, origin, replaces })),
    ...RESERVED_RULES.map((rule) => ({ rule, origin: RESERVED_ORIGIN, replaces: undefined })),
  ].sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  if (json) {
    return `${safeJsonStringify(rules.map(({ rule, origin, replaces }) => ({ id: rule.id, title: rule.title, classification: rule.classification, severity: rule.severity, scope: rule.scope, origin, ...(replaces ? { replaces } : {}), ...('reconstruction' in rule && rule.reconstruction ? { reconstruction: true } : {}) })), 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((r) => r.rule.id.length));
  const lines = rules.map(({ rule, origin }) => `${rule.id.padEnd(idWidth)}  ${rule.classification.padEnd(14)}  ${rule.severity.padEnd(7)}  ${origin === BUILTIN_ORIGIN ? '' : `(${displayText(origin, 200)}) `}${rule.title}`);
  return `${lines.join('\n')}\n\n${rules.length} rules\n`;
}

/** The corpus cases of a rule; none when there is no corpus beside the command (an installed tool). */
async function corpusCoverage(corpus: string, ruleId: string): Promise<{ fires: string[]; nearMiss: string[] }> {
  try {
    return ruleCoverage(await loadCases(corpus), ruleId);
  } catch {
    return { fires: [], nearMiss: [] };
  }
}

/** A rule in full: what it means, its patterns, its condition tree, and its corpus cases. */
export async function explainRule(loaded: LoadedRule, corpus: string): Promise<string> {
  const { rule } = loaded;
  const lines: string[] = [
    `${rule.id}  (${rule.classification}, ${rule.severity}, confidence ${rule.confidence}, scope ${rule.scope})`,
    `origin: ${loaded.origin}`,
    '',
    wrap(rule.title, 80),
    '',
    wrap(rule.description, 80),
  ];
  if (rule.reconstruction) lines.push('', wrap(`Reconstructed: ${rule.reconstruction}`, 80));
  lines.push('', 'Events:');
  for (const [name, pattern] of Object.entries(rule.events)) lines.push(`  ${name}: ${JSON.stringify(pattern)}`);
  lines.push('', 'Condition:', `  ${JSON.stringify(rule.condition)}`);
  if (rule.join) lines.push(`  joined as evidence when present: ${rule.join.join(', ')}`);
  lines.push('', wrap(`Root cause: ${rule.rootCause}`, 80), wrap(`Fix: ${rule.fix}`, 80));
  const cases = await corpusCoverage(corpus, rule.id);
  lines.push('', 'Corpus cases:', `  fires in:     ${cases.fires.join(', ') || '(none)'}`, `  quiet in (near misses): ${cases.nearMiss.join(', ') || '(none)'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The first constraint of `pattern` that `event` fails, in words, exactly as the engine decides it;
 * undefined when it matches.
 */
function whyNot(pattern: CompiledPattern, event: ScanEvent): string | undefined {
  let reason: string | undefined;
  matchPattern(pattern, event, () => stripAnsi(event.text), (r) => { reason = r; });
  return reason;
}

/**
 * Walks each condition of a rule over real evidence: which events satisfied each pattern and
 * condition, where it fell short, and the near misses (events holding a pattern's literal that
 * failed another constraint).
 */
export async function explainOnInput(
  loaded: LoadedRule,
  all: readonly LoadedRule[],
  options: {
    paths: string[];
    runsDirs: string[];
    tz: string;
    inputFormat?: string;
    formats?: readonly LoadedFormat[];
    stdin: StandardInput;
    followSymlinks?: boolean;
  },
): Promise<string> {
  const engine = new RuleEngine(all, buildLiteralTable(all, options.formats));
  const ingested = await ingest({ ...options, rules: all, recordEvents: true }, engine);
  const compiled = engine.compiled.find((c) => c.rule.id === loaded.rule.id) as CompiledRule;
  const context = runContext(ingested);
  const findings = engine.evaluate(context);
  const lines: string[] = [`explain ${loaded.rule.id} over ${[...options.paths, ...options.runsDirs.map((d) => `--runs ${d}`)].join(' ')}`, ''];

  lines.push('Patterns:');
  const events = ingested.events ?? [];
  for (const pattern of compiled.patterns.values()) {
    const matched: ScanEvent[] = [];
    const near: Array<{ event: ScanEvent; reason: string }> = [];
    for (const event of events) {
      const holdsLiteral = pattern.literalIds.some((id) => event.hits.includes(id));
      if (pattern.literalIds.length > 0 && !holdsLiteral) continue;
      const reason = whyNot(pattern, event);
      if (reason === undefined) matched.push(event);
      // Only an event holding one of the pattern's literals counts as a near miss.
      else if (holdsLiteral) near.push({ event, reason });
    }
    lines.push(`  ${pattern.name}: ${plural(matched.length, 'event')}${matched[0] ? `, first at ${matched[0].path}:${matched[0].line}` : ''}`);
    // Log text is redacted as scan redacts it (and before it is cut, so a cut cannot split a secret from its key).
    for (const { event, reason } of near.slice(0, 5)) lines.push(`    near miss ${displayText(event.path, 300)}:${event.line}: ${displayText(redactSecrets(reason), 300)}`, `      ${displayText(redactSecrets(event.text), 120)}`);
    if (near.length > 5) lines.push(`    … ${near.length - 5} more near misses`);
  }

  const views = engine.views(compiled, context);
  lines.push('', 'Conditions, per scope group:');
  if (views.length === 0) lines.push('  no event matched any pattern of this rule: nothing to group');
  for (const view of views) {
    const result = engine.evaluateGroup(compiled, view, context);
    const fired = findings.find(
      (f) => f.rule === compiled.rule.id && f.run === view.run && f.recipe === (view.recipe ?? null),
    );
    lines.push(`  run ${view.run} · recipe ${view.recipe ?? '(unknown)'}${view.scopeValue ? ` · ${compiled.rule.scope} ${view.scopeValue}` : ''}: ${fired ? 'FIRES' : result.ok ? 'conditions hold, but it yields to another finding' : 'does not fire'}`);
    for (const w of result.why) lines.push(`    ${w.satisfied ? '✓' : '✗'} ${w.condition}: ${displayText(redactSecrets(w.detail), 300)}`);
    // The rendered root cause shows which template sections this evidence selected (captured
    // values redacted as scan redacts them).
    if (fired) lines.push(wrap(`root cause: ${displayText(redactSecrets(fired.rootCause), 2000)}`, 100, '    '));
  }
  return `${lines.join('\n')}\n`;
}
