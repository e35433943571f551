import {
  analyze,
  buildLiteralTable,
  evaluateIngested,
  ingest,
  type AnalyzeOptions,
  type Ingested,
} from '../analyze.js';
import { RuleEngine } from '../engine/engine.js';
import type { Finding } from '../engine/findings.js';
import type { AnalysisResult } from '../result.js';
import type { SqlDriver } from './driver.js';
import { HistoryError } from './errors.js';
import { RecordedRun } from './evidence.js';
import { HashedStdin, runIdentities } from './identity.js';
import { markResult, MarkReader, type HistoryUse } from './marks.js';
import { useNotices } from './notices.js';
import { openHistory } from './open.js';
import { loadEvidence, type LoadedEvidence } from './read.js';
import { redecideRecorded } from './redecide.js';
import { snapshotRuns, type RunSnapshot } from './snapshot.js';
import { parseTarget } from './target.js';
import { recordRun } from './write.js';
import type { StandardInput } from '../inputs/stdin.js';

interface Analysed {
  ingested: Ingested;
  engine: RuleEngine;
  keys: Map<string, string>;
  missing: Array<{ run: string; reason: string }>;
  evidence: LoadedEvidence;
}

function failureMessage(error: unknown): string {
  if (error instanceof HistoryError) return error.message;
  return `unexpected error: ${String((error as Error).message ?? error).split('\n')[0]}`;
}

/**
 * A scan with a history: recorded runs are read as evidence before the comparison of runs, and
 * the scanned runs are recorded after it (with earlier findings decided again). A history that
 * cannot be used never stops the scan: it reports, says why nothing was recorded, and exits 2.
 */
export class HistorySession {
  private driver?: SqlDriver;
  private hashed?: HashedStdin;
  private analysed?: Analysed;
  error?: string;

  private constructor(readonly display: string) {}

  static async start(value: string, env: NodeJS.ProcessEnv): Promise<HistorySession> {
    let display = value;
    try {
      display = parseTarget(value).display;
      const session = new HistorySession(display);
      session.driver = await openHistory(value, env);
      return session;
    } catch (error) {
      const session = new HistorySession(display);
      session.error = failureMessage(error);
      return session;
    }
  }

  /** Stdin hashed as the scan reads it, so a piped run has an identity. */
  stdin(source: StandardInput, targets: readonly string[]): StandardInput {
    if (!this.driver || !targets.includes('-')) return source;
    this.hashed = new HashedStdin(source);
    return this.hashed.stream;
  }

  async analyze(options: AnalyzeOptions): Promise<AnalysisResult> {
    if (!this.driver) return analyze(options);
    const engine = new RuleEngine(options.rules, buildLiteralTable(options.rules, options.formats));
    // Its runs are compared with the recorded ones: their passing tests are listed even for one run.
    const ingested = await ingest({ ...options, testsComparedLater: true }, engine);
    const { keys, missing } = runIdentities(ingested, this.hashed);
    const recipes = [...new Set([...ingested.collector.runs.values()].flatMap((r) => [...r.recipes.keys()]))];
    try {
      const evidence = await loadEvidence(
        this.driver,
        recipes,
        new Set(keys.values()),
        ingested.runs.map((r) => r.id),
      );
      this.analysed = { ingested, engine, keys, missing, evidence };
      return evaluateIngested(ingested, engine, options.baselines, evidence.runs);
    } catch (error) {
      await this.fail(error);
      return evaluateIngested(ingested, engine, options.baselines);
    }
  }

  private async fail(error: unknown): Promise<void> {
    this.error = failureMessage(error);
    await this.driver?.close().catch(() => undefined);
    this.driver = undefined;
  }

  /** Marks, records and says so: the result (redacted and fingerprinted) as the reporters get it. */
  async finish(result: AnalysisResult, now: Date = new Date()): Promise<AnalysisResult> {
    const use: HistoryUse = { target: this.display, evidence: [], runs: [], revised: [] };
    if (this.driver && this.analysed) {
      try {
        result = await this.markAndRecord(result, this.analysed, use, now.toISOString().replace(/\.\d{3}Z$/, 'Z'));
      } catch (error) {
        await this.fail(error);
        use.revised = [];
        use.runs = [];
      }
    }
    if (this.error !== undefined) {
      use.error = this.error;
      use.runs = result.runs.map((r) => ({
        run: r.id,
        outcome: 'not recorded' as const,
        reason: 'the history could not be used',
      }));
    }
    await this.driver?.close().catch(() => undefined);
    return {
      ...result,
      history: use,
      notices: [...result.notices, ...useNotices(use, this.analysed?.evidence.capped)],
    };
  }

  private async markAndRecord(result: AnalysisResult, analysed: Analysed, use: HistoryUse, recordedAt: string) {
    const driver = this.driver!;
    const evidenceIds = new Set(analysed.evidence.runs.map((r) => r.id));
    use.evidence = analysed.evidence.runs.map((r) => r.id);
    const names = new Map(analysed.evidence.runs.map((r) => [r.key, r.id]));
    const marked = markRecorded(
      await markResult(result, new MarkReader(driver, [...analysed.keys.values()], names)),
      evidenceIds,
    );
    const snapshots = snapshotRuns(analysed.ingested, marked, analysed.engine, analysed.keys, recordedAt);
    await driver.transaction(async () => {
      for (const snap of snapshots) use.runs.push({ run: snap.label, outcome: await recordRun(driver, snap) });
      const current = snapshots.map((s) => currentRun(s));
      const revisions = await redecideRecorded(driver, current, marked.findings, analysed.engine);
      use.revised = revisions;
    });
    for (const m of analysed.missing) use.runs.push({ run: m.run, outcome: 'not recorded', reason: m.reason });
    return marked;
  }
}

function currentRun(snap: RunSnapshot): RecordedRun {
  return new RecordedRun(snap.label, snap.key, snap.label, snap.at, snap.recipes);
}

/** Across-runs entries of recorded runs say so. */
function markRecorded(result: AnalysisResult, recorded: ReadonlySet<string>): AnalysisResult {
  if (recorded.size === 0) return result;
  const findings: Finding[] = result.findings.map((f) =>
    f.acrossRuns
      ? { ...f, acrossRuns: f.acrossRuns.map((a) => (recorded.has(a.run) ? { ...a, detail: 'recorded' } : a)) }
      : f,
  );
  return { ...result, findings };
}
