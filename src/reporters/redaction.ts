import type { AnalysisResult } from '../result.js';
import { redactSecrets, redactTemplate } from '../text/redact.js';

/**
 * Keys whose values are not log text: a rule's own title, and the paths and run ids the user
 * named (the identities every reporter and test-rules match on); a timeline mark's `finding`
 * is a finding's `id` and must stay equal to it.
 */
const NOT_LOG_TEXT = new Set(['title', 'rule', 'path', 'paths', 'run', 'id', 'finding']);

/** Every string of a value, redacted; arrays and plain objects walked, the rest kept. */
function redactDeep(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(redactDeep);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]: [string, unknown]): [string, unknown] => [k, NOT_LOG_TEXT.has(k) ? v : redactDeep(v)],
    );
    // A template is masked text: redacted against the line it came from (a ranked line's own
    // text, or the first line of a group of failures).
    const { template, text, first } = value as { template?: unknown; text?: unknown; first?: { text?: unknown } };
    const line = typeof text === 'string' ? text : typeof first?.text === 'string' ? first.text : undefined;
    if (typeof template === 'string' && line !== undefined) return Object.fromEntries(entries.map(([k, v]) => [k, k === 'template' ? redactTemplate(template, line) : v]));
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * Secrets are redacted once, on the result every reporter reads, so no format can leak one.
 * Every string is walked, not a list of fields: a field added to the contract later (a ranked
 * line's message, an error seen) cannot be forgotten here. Matching ran on the raw text before this.
 */
export function redactResult(result: AnalysisResult): AnalysisResult {
  return redactDeep(result) as AnalysisResult;
}
