import type { AnalysisResult } from '../result.js';
import { escapeForDisplay } from '../text/escape.js';

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML text node or a quoted attribute: every character that could start markup or
 * end a quote is an entity.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_SPECIAL[ch]);
}

/** A data attribute's value: controls shown escaped as everywhere, never cut (tests and scripts match on it whole). */
export function attr(text: string): string {
  return escapeHtml(escapeForDisplay(text));
}

/** How many evidence lines of a finding the report shows (the rest are counted; JSON has them all). */
export const EVIDENCE_SHOWN = 20;

/**
 * Stable fragment ids: `finding-<id>` with the id's characters outside `[A-Za-z0-9_-]` as `-`,
 * a suffix where two ids sanitize alike; `unexplained-<index>`; evidence lines under their finding.
 */
export class Anchors {
  private readonly findings = new Map<string, string>();
  private readonly evidenceIndex = new Map<string, Map<string, number>>();

  constructor(result: AnalysisResult) {
    const used = new Set<string>();
    for (const f of result.findings) {
      if (this.findings.has(f.id)) continue;
      const base = `finding-${f.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      this.findings.set(f.id, id);
      this.evidenceIndex.set(f.id, new Map(f.evidence.slice(0, EVIDENCE_SHOWN).map((e, i) => [`${e.path}\u0000${e.line}`, i + 1])));
    }
  }

  finding(id: string): string {
    return this.findings.get(id) ?? 'findings';
  }

  /** An evidence line's own id, or its finding's when the line is not among those shown. */
  evidence(id: string, path: string, line: number): string {
    const index = this.evidenceIndex.get(id)?.get(`${path}\u0000${line}`);
    return index === undefined ? this.finding(id) : `${this.finding(id)}-ev-${index}`;
  }

  unexplained(index: number): string {
    return `unexplained-${index}`;
  }
}
