import type { HistoryUse } from './marks.js';
import { RECORDED_RUNS_PER_RECIPE } from './read.js';

function confidence(value: number): string {
  return value.toFixed(2);
}

/** One earlier finding decided again, in words. */
export function revisionNotice(revision: HistoryUse['revised'][number]): string {
  const f = revision.finding;
  const where = [f.recipe ?? '-', f.tier, f.test].filter(Boolean).join(' / ');
  const what = `${f.rule} (${where}) of recorded run ${f.run}`;
  if (!revision.before) return `history: ${what} is new: ${f.classification} ${confidence(f.confidence)}`;
  const { classification, confidence: was } = revision.before;
  if (classification === f.classification && Math.abs(was - f.confidence) < 1e-9) {
    const runs = f.acrossRuns?.length ?? 0;
    return `history: ${what} compared again, now across ${runs} runs: still ${classification} ${confidence(was)}`;
  }
  const now = `${f.classification} ${confidence(f.confidence)}`;
  return `history: ${what} decided again: ${classification} ${confidence(was)} → ${now}`;
}

function listed(names: readonly string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

/** What a scan did with its history, for every format: stderr or the table shows it. */
export function useNotices(use: HistoryUse, capped?: ReadonlyMap<string, number>): string[] {
  if (use.error !== undefined) return [`history ${use.target} could not be used: ${use.error}; nothing was recorded`];
  const notices = [
    `history ${use.target}: ${use.evidence.length} recorded run${use.evidence.length === 1 ? '' : 's'} ` +
      `used as evidence${use.evidence.length > 0 ? ` (${listed(use.evidence)})` : ''}`,
  ];
  for (const run of use.runs) {
    const how =
      run.outcome === 'kept'
        ? 'already recorded with this rule set: kept as it was'
        : run.outcome === 'replaced'
          ? 'recorded again: this rule set is newer than the one that recorded it'
          : run.outcome === 'recorded'
            ? 'recorded'
            : `not recorded: ${run.reason ?? 'no identity'}`;
    notices.push(`history: run ${run.run} ${how}`);
  }
  for (const [recipe, total] of capped ?? []) {
    notices.push(
      `history: ${recipe} has ${total} recorded runs; the newest ${RECORDED_RUNS_PER_RECIPE} were used as evidence`,
    );
  }
  for (const revision of use.revised) notices.push(revisionNotice(revision));
  return notices;
}
