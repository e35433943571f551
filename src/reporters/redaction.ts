import type { AnalysisResult } from '../result.js';
import { redactSecrets } from '../text/redact.js';

/**
 * Secrets are redacted once, on the result every reporter reads, so no format can leak one.
 * Matching ran on the raw text before this.
 */
export function redactResult(result: AnalysisResult): AnalysisResult {
  const values = (v: Record<string, string[]> | undefined) => (v ? Object.fromEntries(Object.entries(v).map(([k, list]) => [k, list.map(redactSecrets)])) : undefined);
  return {
    ...result,
    inputs: result.inputs.map((i) => ({ ...i, errors: i.errors.map((e) => ({ ...e, message: redactSecrets(e.message) })) })),
    findings: result.findings.map((f) => ({
      ...f,
      rootCause: redactSecrets(f.rootCause),
      fix: redactSecrets(f.fix),
      evidence: f.evidence.map((e) => {
        const item = { ...e, text: redactSecrets(e.text) };
        const v = values(e.values);
        if (v) item.values = v;
        return item;
      }),
      why: f.why.map((w) => ({ ...w, detail: redactSecrets(w.detail) })),
    })),
    unexplained: result.unexplained.map((u) => ({ ...u, lines: u.lines.map((l) => ({ ...l, text: redactSecrets(l.text), ...(l.template ? { template: redactSecrets(l.template) } : {}) })) })),
  };
}
