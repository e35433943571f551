/** Builders shared by the triage unit tests (not a test file itself): events, findings and the collectors fed. */
import type { LogEvent } from '../../src/events.js';
import type { Finding } from '../../src/engine/findings.js';
import { TriageCollector } from '../../src/triage/collector.js';
import { CandidateCollector } from '../../src/triage/unexplained.js';
import { FailureCollector } from '../../src/triage/failures.js';
import type { TriageEvidence } from '../../src/triage/evidence.js';

/** An event as the context leaves it: `fields` and the rest as given, a path, line and text filled in. */
export function event(partial: Partial<LogEvent> & { kind?: LogEvent['kind'] }): LogEvent {
  const text = partial.message ?? '';
  return { path: 'run.log', line: 1, format: 'harness', message: '', text, fields: {}, ...partial };
}

/** Minutes after 2026-06-16T20:00Z, in milliseconds. */
export const at = (minutes: number): number => Date.UTC(2026, 5, 16, 20, minutes);

/** A finding with what the triage reads of one; `overrides` set the rest. */
export function finding(overrides: Partial<Finding>): Finding {
  return {
    id: `${overrides.rule ?? 'rule'}@${overrides.run ?? 'run'}`, rule: 'some-rule', title: 'a finding',
    classification: 'recipe-defect', severity: 'error', confidence: 0.7, run: 'run', recipe: 'gitea', tier: null,
    test: null, rootCause: 'why', fix: 'what to do',
    location: { path: 'run.log', line: 1 }, evidence: [{ path: 'run.log', line: 1, text: 'the line' }], why: [],
    ...overrides,
  };
}

/** Every event fed to the collectors the summary reads, as ingest feeds them. */
export function evidenceOf(runs: readonly string[], events: readonly LogEvent[]): TriageEvidence {
  const evidence: TriageEvidence = {
    runs: runs.map((id) => ({ id, paths: [id] })),
    collector: new TriageCollector(), candidates: new CandidateCollector(), failures: new FailureCollector(),
  };
  for (const run of runs) evidence.collector.run(run);
  for (const e of events) {
    evidence.collector.ingest(e);
    evidence.candidates.ingest(e);
    evidence.failures.ingest(e);
  }
  return evidence;
}

/** A recipe's harness lines in one run: its RECIPE= line (with a version), a sweep window, and its tiers' ends. */
export function recipeRun(
  run: string, recipe: string, version: string | undefined, window: [number, number], tiers: Record<string, string>,
): LogEvent[] {
  const base = { run, recipe, path: `${run}/${recipe}/run.log` };
  const red = Object.values(tiers).includes('FAIL');
  return [
    event({ ...base, kind: 'recipe', fields: { recipe, ...(version ? { VERSION: version } : {}) } }),
    event({ ...base, kind: 'sweep-recipe-start', ts: window[0], fields: {} }),
    ...Object.entries(tiers)
      .map(([tier, result], i) => event({ ...base, line: i + 2, kind: 'tier-end', fields: { tier, result } })),
    event({ ...base, kind: 'sweep-recipe-end', ts: window[1], fields: { result: red ? 'RED' : 'GREEN' } }),
  ];
}
