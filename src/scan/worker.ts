/**
 * A scan worker: scans byte ranges of large line files and sends back the events of the
 * candidate lines. Parsing runs here, in parallel; run context, rules and triage stay on the
 * main thread, which consumes ranges in file order so results never depend on scheduling.
 */
import { parentPort } from 'node:worker_threads';
import type { ScanEvent } from '../engine/engine.js';
import { MultiLiteralMatcher } from '../prefilter/multi-literal.js';
import { scanLines } from './scan-input.js';
import type { RangeTask, RangeResult } from './pool.js';

let matcher: { literals: readonly string[]; prefilter?: MultiLiteralMatcher } | undefined;

parentPort!.on('message', async (task: RangeTask) => {
  if (!matcher || matcher.literals !== task.literals) {
    matcher = { literals: task.literals, prefilter: task.fullGrammar ? undefined : new MultiLiteralMatcher(task.literals) };
  }
  const events: ScanEvent[] = [];
  const problems: RangeResult['problems'] = [];
  try {
    const summary = await scanLines(
      task.input, task.format, undefined, false,
      { tz: task.tz, literals: task.literals, prefilter: matcher.prefilter },
      { event: (e) => events.push(e), problem: (p) => problems.push(p) },
      task.range,
    );
    const result: RangeResult = { id: task.id, events, problems, lines: summary.lines };
    parentPort!.postMessage(result);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, events, problems: [...problems, { message: `scan failed: ${(error as Error).message}`, fatal: true }], lines: 0 } satisfies RangeResult);
  }
});
