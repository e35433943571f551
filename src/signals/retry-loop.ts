/**
 * A service that keeps retrying what it needs to the end of its log: a database it cannot reach
 * (`[TypeOrmModule] Unable to connect to the database. Retrying (4)...`, Wiki.js' `Will retry in 3
 * seconds... [Attempt 2 of 10]`, statping's `Database connection to 'postgres' is not available,
 * trying again in 5 seconds...`), a broker (`amqp://… connecting attempt [9]`). Each line is only a
 * warning, and a service that connects at the third try is healthy; one whose log ends while it is
 * still trying never became ready (immich-app/immich#13720, requarks/wiki#3166, statping/statping#75).
 *
 * A loop is the same retry line (its digits masked: the attempt's number, the delay) said
 * MIN_RETRIES times or more by one service; a turn of it may say more than one (TypeORM's retry, then the error
 * it caught), each kind counted apart.
 * It is stuck when the input ends within one turn of it after its last retry, the turn being the
 * lines from one retry to the next: a service that got through goes on to log its start. (The scan
 * reads only the lines holding a literal, so the lines after the last retry are judged by their
 * number, not their words.)
 */
import type { LogEvent } from '../events.js';

/**
 * A dependency it cannot reach, said again and again: a service that reports a refused connection
 * is retrying it, whether or not it says so (the WordPress image's `MySQL Connection Error: (2002)
 * Connection refused` every few seconds, Sidekiq's `Error fetching job: Error connecting to Redis on
 * 127.0.0.1:6379 (Errno::ECONNREFUSED)`).
 */
const CONNECTION_FAILURE_LITERALS: readonly string[] = [
  'onnection refused', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', "an't connect to", 'ould not connect to',
  'nable to connect to', 'ailed to connect to', 'annot connect to', 'o route to host', 'ame or service not known',
  'emporary failure in name resolution', 'onnection timed out', 'Connection Error', 'onnection error',
];

/**
 * For the prefilter: the retry's own words, those that end a loop (GOT_THROUGH), and a dependency's failures. None
 * of the retry's words is in a passing sweep's logs (not the harness's `retrying in 2s`).
 */
export const RETRY_LITERALS: readonly string[] = [
  'Retrying', 'retrying...', 'retrying (', 'retrying(', 'etry in ', 'rying again', '[Attempt ', 'attempt [',
  'rollout to finish: ', 'successfully rolled out', 'retrying install', 'tries left)',
  'Failed to start worker process', 'Restarting worker', 'errors and: ',
  ...CONNECTION_FAILURE_LITERALS,
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

/**
 * A dependency that did not answer (CONNECTION_FAILURE_LITERALS), said at any level but debug: Caddy's debug
 * `http: TLS handshake error from 203.0.113.9:51234: … dial tcp 10.0.3.3:3000: connect: connection refused` is a
 * client's handshake each time, not the proxy retrying.
 */
export const CONNECTION_FAILURE = new RegExp([
  /[Cc]onnection refused|\bECONNREFUSED\b|\bENOTFOUND\b|\bETIMEDOUT\b|\b[Cc]an't connect to\b|\b[Cc]ould not connect to\b/.source,
  /\b[Uu]nable to connect to\b|\b[Ff]ailed to connect to\b|\b[Cc]annot connect to\b|\b[Nn]o route to host\b/.source,
  /\b[Nn]ame or service not known\b|\b[Tt]emporary failure in name resolution\b|\b[Cc]onnection timed out\b/.source,
  /\b[Cc]onnection [Ee]rror\b/.source,
].join('|'));

/** What was waited for came (kubectl's `deployment "x" successfully rolled out`): the source's loop ends there. */
const GOT_THROUGH = /\bsuccessfully rolled out\b/;

/** Retries of one kind in a row that make a loop: two are a service's patience, three its log's last words. */
export const MIN_RETRIES = 3;
/** Lines after the last retry still within its turn: a trailing stack frame or blank line beyond the period. */
const TURN_SLACK_LINES = 2;
/** Sources (services) followed at once; past it a new one is not (a log of thousands of services is not one app's). */
const MAX_SOURCES = 256;
/** Kinds of retry line followed per source: a turn of a loop says a few. */
const MAX_KINDS = 8;
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
  /** Per source, its loops by kind: a turn may say more than one retry line (TypeORM's, then the error it caught). */
  private readonly loops = new Map<string, Map<string, Loop>>();

  /** A line of the input (one holding a RETRY_LITERALS literal: no other can be a retry, or end a loop). */
  observe(event: LogEvent): void {
    const { message } = event;
    const source = event.service ?? '';
    if (GOT_THROUGH.test(message)) {
      this.loops.delete(source);
      return;
    }
    if (!RETRY.test(message) && (event.level === 'debug' || event.level === 'trace' || !CONNECTION_FAILURE.test(message))) return;
    const key = retryKey(message);
    let kinds = this.loops.get(source);
    if (kinds === undefined) {
      if (this.loops.size >= MAX_SOURCES) return;
      kinds = new Map();
      this.loops.set(source, kinds);
    }
    const loop = kinds.get(key);
    if (loop !== undefined) {
      loop.count += 1;
      loop.last = event;
      return;
    }
    // A kind its loop's first turn did not say starts another loop (kubectl's `3 out of 10` after `2 out of 10`).
    if ([...kinds.values()].some((kind) => kind.count > 1)) kinds.clear();
    if (kinds.size < MAX_KINDS) kinds.set(key, { key, count: 1, first: event.line, last: event });
  }

  /** The input ended after `lines` lines: the loops it ended in, by their last retry line (one per source). */
  stuck(lines: number): StuckRetrying[] {
    const stuck: StuckRetrying[] = [];
    for (const kinds of this.loops.values()) {
      let ending: (StuckRetrying & { first: number }) | undefined;
      for (const { count, first, last } of kinds.values()) {
        if (count < MIN_RETRIES) continue;
        const period = (last.line - first) / (count - 1);
        if (lines - last.line > period + TURN_SLACK_LINES) continue;
        // The turn's first kind names the loop (TypeORM's retry, not the error it caught under it).
        if (ending === undefined || first < ending.first) ending = { event: last, retries: count, first };
      }
      if (ending !== undefined) stuck.push({ event: ending.event, retries: ending.retries });
    }
    this.loops.clear();
    return stuck;
  }
}
