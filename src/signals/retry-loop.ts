/**
 * A service that keeps retrying what it needs to the end of its log: a database it cannot reach
 * (`[TypeOrmModule] Unable to connect to the database. Retrying (4)...`, Wiki.js' `Will retry in 3
 * seconds... [Attempt 2 of 10]`, statping's `Database connection to 'postgres' is not available,
 * trying again in 5 seconds...`), a broker (`amqp://… connecting attempt [9]`). Each line is only a
 * warning, and a service that connects at the third try is healthy; one whose log ends while it is
 * still trying never became ready (immich-app/immich#13720, requarks/wiki#3166, statping/statping#75).
 *
 * A loop is the same retry line (its digits masked: the attempt's number, the delay) said
 * MIN_RETRIES times or more in a row by one service (another retry line of it starts another loop).
 * It is stuck when the input ends within one turn of it after its last retry, the turn being the
 * lines from one retry to the next: a service that got through goes on to log its start. (The scan
 * reads only the lines holding a literal, so the lines after the last retry are judged by their
 * number, not their words.)
 */
import type { LogEvent } from '../events.js';

/**
 * The retry's own words, and those that end a loop (GOT_THROUGH), for the prefilter; none is in a passing sweep's
 * logs (not the harness's `retrying in 2s`).
 */
export const RETRY_LITERALS: readonly string[] = [
  'Retrying', 'retrying...', 'retrying (', 'retrying(', 'etry in ', 'rying again', '[Attempt ', 'attempt [',
  'rollout to finish: ', 'successfully rolled out', 'retrying install', 'tries left)',
  'Failed to start worker process', 'Restarting worker', 'errors and: ',
];

export const RETRY = new RegExp([
  /\bRetrying\b|\bretrying(?:\.\.\.|\s?\(\d)|\b[Ww]ill retry in \d|\bretry in \d+ ?(?:s\b|sec|min)/.source,
  /\b[Tt]rying again\b|\[Attempt \d+ of \d+\]|\battempt \[\d+\]/.source,
  // The Nextcloud image's installer, after each failed attempt (`retrying install...`).
  /\bretrying install\.\.\./.source,
  // unicorn's listener (`E, […] ERROR -- : retrying in 0.5 seconds (4 tries left)`).
  /\bretrying in \d+(?:\.\d+)? seconds? \(\d+ tries left\)/.source,
  // Dask's nanny, its worker dying as it starts (`distributed.nanny - INFO - Failed to start worker process.
  // Restarting`, `distributed.nanny - WARNING - Restarting worker`), and rclone's attempts (`ERROR : Attempt 2/10
  // failed with 3 errors and: …`; its last one is a failure of its own, signals/death-wordings.ts).
  /\bFailed to start worker process\. +Restarting\s*$|\bRestarting worker\s*$|\bAttempt \d+\/\d+ failed with \d+ errors and: /.source,
  // `kubectl rollout status` waiting on a rollout (`Waiting for deployment "x" rollout to finish: 1 out of 2 new
  // replicas have been updated...`): when it finishes it says `successfully rolled out`.
  /\brollout to finish: /.source,
].join('|'));

/** What was waited for came (kubectl's `deployment "x" successfully rolled out`): the source's loop ends there. */
const GOT_THROUGH = /\bsuccessfully rolled out\b/;

/** Retries of one kind in a row that make a loop: two are a service's patience, three its log's last words. */
export const MIN_RETRIES = 3;
/** Lines after the last retry still within its turn: a trailing stack frame or blank line beyond the period. */
const TURN_SLACK_LINES = 2;
/** Sources (services) followed at once; past it a new one is not (a log of thousands of services is not one app's). */
const MAX_SOURCES = 256;
/** What of a retry line names its kind: the start of it, digits masked. */
const KEY_CHARS = 160;

interface Loop {
  key: string;
  count: number;
  first: number;
  /** The loop's last retry line. */
  last: LogEvent;
}

export interface StuckRetrying {
  event: LogEvent;
  retries: number;
}

/** A wait that reports its progress (`rollout to finish: 4 out of 10 new replicas have been updated...`). */
const PROGRESS = /\brollout to finish: /;

/**
 * A retry line's kind: its start, digits masked (the attempt's number, the delay), except in a wait that reports
 * its progress, whose numbers moving is no retry (kubectl's `2 out of 10 new replicas`, then `3 out of 10`, a
 * rollout under way: ManageIQ/kubeclient#226): there the same numbers said again make the loop.
 */
function retryKey(message: string): string {
  const start = message.slice(0, KEY_CHARS);
  return PROGRESS.test(start) ? start : start.replace(/\d+/g, '#');
}

export class RetryLoops {
  private readonly loops = new Map<string, Loop>();

  /** A line of the input (one holding a RETRY_LITERALS literal: no other can be a retry, or end a loop). */
  observe(event: LogEvent): void {
    const { message } = event;
    const source = event.service ?? '';
    if (GOT_THROUGH.test(message)) {
      this.loops.delete(source);
      return;
    }
    if (!RETRY.test(message)) return;
    const key = retryKey(message);
    const loop = this.loops.get(source);
    if (loop !== undefined && loop.key === key) {
      loop.count += 1;
      loop.last = event;
    } else if (loop !== undefined || this.loops.size < MAX_SOURCES) {
      this.loops.set(source, { key, count: 1, first: event.line, last: event });
    }
  }

  /** The input ended after `lines` lines: the loops it ended in, by their last retry line. */
  stuck(lines: number): StuckRetrying[] {
    const stuck: StuckRetrying[] = [];
    for (const { count, first, last } of this.loops.values()) {
      if (count < MIN_RETRIES) continue;
      const period = (last.line - first) / (count - 1);
      if (lines - last.line <= period + TURN_SLACK_LINES) stuck.push({ event: last, retries: count });
    }
    this.loops.clear();
    return stuck;
  }
}
