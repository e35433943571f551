/**
 * Which finding accounts for a red tier, and which one a unit's verdict comes from: pure functions
 * of findings, shared by the summary (verdicts, marks) and the reporters (the root cause shown).
 */
import type { Finding } from '../engine/findings.js';
import type { TierMark } from '../result.js';
import { SEVERITIES } from '../rules/types.js';
import type { TierResult } from './collector.js';

/**
 * Does this finding account for a red tier? Its own tier, a tier its evidence comes from, or no
 * tier at all (a recipe-wide cause).
 */
export function explains(finding: Finding, tier: string): boolean {
  if (finding.classification === 'benign') return false;
  // `run`: the sweep says the recipe failed without saying where; any cause found for the recipe explains it.
  return tier === 'run' || finding.tier === tier || finding.tier === null || (finding.tiers?.includes(tier) ?? false);
}

function rankFinding(f: Finding): number {
  return (SEVERITIES.length - SEVERITIES.indexOf(f.severity)) * 10 + f.confidence;
}

/**
 * The finding a recipe's verdict comes from: the most severe, then most confident, that blames
 * something (a benign finding never does). The table shows the same one as the root cause.
 */
export function blamingFinding(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.classification !== 'benign' && (!best || rankFinding(f) > rankFinding(best))) best = f;
  }
  return best;
}

const MARK_OF_RESULT: Readonly<Record<Exclude<TierResult, 'fail'>, TierMark>> = { pass: '✓', skip: '-', 'n/a': '·' };

/** Each tier's mark: its result, a red tier split into ✗ (a finding explains it) and ? (none does). */
export function tierMarks(
  tiers: Readonly<Record<string, TierResult>>, findings: readonly Finding[],
): Record<string, TierMark> {
  const marks: Record<string, TierMark> = {};
  for (const [tier, result] of Object.entries(tiers)) {
    marks[tier] = result !== 'fail' ? MARK_OF_RESULT[result] : findings.some((f) => explains(f, tier)) ? '✗' : '?';
  }
  return marks;
}
