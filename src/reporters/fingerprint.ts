import type { Finding } from '../engine/findings.js';
import type { AnalysisResult, UnexplainedFailure } from '../result.js';
import { templateOf } from '../text/template.js';
import { sha256Hex } from '../text/sha256.js';

/** The rule id code scanning shows for an unexplained failure (it has no rule of its own). */
export const UNEXPLAINED_RULE = 'unexplained-failure';

/**
 * The masked template of a line, stricter than grouping needs: any token still holding a digit
 * (a swarm task id, an ISO timestamp glued to its `T`) is masked too, so the same problem in
 * tomorrow's run has the same identity.
 */
export function stableTemplate(text: string): string {
  return templateOf(text).template.replace(/\S*(?:\d|<(?:n|ip|hex|uuid|path)>)\S*/g, '<v>').replace(/\s+/g, ' ').trim();
}

/**
 * The one identity of a problem, across runs and invocations: rule, recipe, tier, test and the
 * masked template of the primary line. Never a path: run directories are dated and a path
 * differs between a relative and an absolute invocation.
 */
export function fingerprintOf(
  rule: string,
  recipe: string | null,
  tier: string | null,
  test: string | null | undefined,
  primaryText: string,
): string {
  const identity = JSON.stringify([rule, recipe ?? null, tier ?? null, test ?? null, stableTemplate(primaryText)]);
  return sha256Hex(identity).slice(0, 32);
}

/** The evidence line at a finding's location (the first evidence when none is there). */
export function primaryText(f: Finding): string {
  return (f.evidence.find((e) => e.path === f.location.path && e.line === f.location.line) ?? f.evidence[0])?.text ?? '';
}

export function findingFingerprint(f: Finding): string {
  return fingerprintOf(f.rule, f.recipe, f.tier, f.test, primaryText(f));
}

export function unexplainedFingerprint(u: UnexplainedFailure): string {
  return fingerprintOf(UNEXPLAINED_RULE, u.recipe, u.tier, u.test, u.lines[0]?.text ?? '');
}

/** Adds `fingerprint` to every finding: computed on redacted text, so it never hashes a secret. */
export function withFingerprints(result: AnalysisResult): AnalysisResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, fingerprint: findingFingerprint(f) })) };
}
