import type { Finding } from '../engine/findings.js';
import { primaryText, stableTemplate, unexplainedFingerprint } from '../reporters/fingerprint.js';
import type { AnalysisResult, UnexplainedFailure } from '../result.js';
import type { SqlDriver } from './driver.js';
import type { HistoryMark } from './mark.js';

export type { HistoryMark } from './mark.js';
export type { HistoryUse } from './use.js';

interface Subject {
  recipe: string;
  fingerprint: string;
  template: string;
  /** The scanned run's time: "last green" and "before" are before it. */
  at?: string;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Computes marks from the recorded runs only (the scanned runs' own identities left out). */
export class MarkReader {
  constructor(
    private readonly driver: SqlDriver,
    private readonly exclude: readonly string[],
    private readonly names: ReadonlyMap<string, string>,
  ) {}

  private name(key: string, label: string): string {
    return this.names.get(key) ?? label;
  }

  private notScanned(alias: string): { sql: string; params: string[] } {
    if (this.exclude.length === 0) return { sql: '', params: [] };
    return { sql: ` AND ${alias}.id NOT IN (${placeholders(this.exclude.length)})`, params: [...this.exclude] };
  }

  private async lastGreen(subject: Subject): Promise<{ key: string; label: string } | undefined> {
    const skip = this.notScanned('r');
    const before = subject.at ? ' AND r.at <= ?' : '';
    const rows = await this.driver.all(
      `SELECT r.id, r.label FROM redfix_run_recipes rr JOIN redfix_runs r ON r.id = rr.run_id
      WHERE rr.recipe = ? AND rr.verdict = 'green'${before}${skip.sql} ORDER BY r.at DESC, r.id DESC LIMIT 1`,
      [subject.recipe, ...(subject.at ? [subject.at] : []), ...skip.params],
    );
    return rows[0] ? { key: String(rows[0].id), label: String(rows[0].label) } : undefined;
  }

  private async seenBefore(subject: Subject): Promise<HistoryMark['seenBefore']> {
    const skip = this.notScanned('r');
    const before = subject.at ? ' AND r.at <= ?' : '';
    const time = subject.at ? [subject.at] : [];
    const rows = await this.driver.all(
      `SELECT r.id, r.label, r.at FROM redfix_runs r WHERE (
        r.id IN (SELECT run_id FROM redfix_findings WHERE fingerprint = ?)
        OR r.id IN (SELECT run_id FROM redfix_unexplained WHERE fingerprint = ?)
        OR r.id IN (SELECT run_id FROM redfix_error_templates WHERE recipe = ? AND template = ?))${before}${skip.sql}
      ORDER BY r.at, r.id`,
      [subject.fingerprint, subject.fingerprint, subject.recipe, subject.template, ...time, ...skip.params],
    );
    if (rows.length === 0) return undefined;
    return { since: this.name(String(rows[0].id), String(rows[0].label)), at: String(rows[0].at), runs: rows.length };
  }

  async mark(subject: Subject): Promise<HistoryMark> {
    const mark: HistoryMark = {};
    const green = await this.lastGreen(subject);
    if (green) {
      mark.lastGreen = this.name(green.key, green.label);
      const found = await this.driver.all(
        `SELECT 1 AS found FROM redfix_error_templates WHERE run_id = ? AND recipe = ?
        AND template = ?`,
        [green.key, subject.recipe, subject.template],
      );
      if (found.length === 0) mark.newSince = mark.lastGreen;
    }
    const seen = await this.seenBefore(subject);
    if (seen) mark.seenBefore = seen;
    return mark;
  }
}

/** Every finding and unexplained failure of a recipe, marked from the history. */
export async function markResult(result: AnalysisResult, reader: MarkReader): Promise<AnalysisResult> {
  const startOf = new Map(result.runs.map((r) => [r.id, r.started && new Date(r.started).toISOString()]));
  const findings: Finding[] = [];
  for (const f of result.findings) {
    if (f.recipe === null || f.fingerprint === undefined) {
      findings.push(f);
      continue;
    }
    const subject = {
      recipe: f.recipe,
      fingerprint: f.fingerprint,
      template: stableTemplate(primaryText(f)),
      at: startOf.get(f.run),
    };
    findings.push({ ...f, history: await reader.mark(subject) });
  }
  const unexplained: UnexplainedFailure[] = [];
  for (const u of result.unexplained) {
    if (u.recipe === null) {
      unexplained.push(u);
      continue;
    }
    const subject = {
      recipe: u.recipe,
      fingerprint: unexplainedFingerprint(u),
      template: stableTemplate(u.lines[0]?.text ?? ''),
      at: startOf.get(u.run),
    };
    unexplained.push({ ...u, history: await reader.mark(subject) });
  }
  return { ...result, findings, unexplained };
}

