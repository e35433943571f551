/**
 * Failure signals: evidence that something failed, recognized without any rule and whatever the
 * layout. A rule may explain a signal; a signal no rule explains keeps its unit off green.
 *
 * Error-level lines are not signals: Postgres logs ERROR for harmless install-time probes, and an
 * app's error lines during a green run are noise. They are ranked and counted ("errors seen").
 */
import type { FailureKind, FailureSignal, LogEvent } from '../events.js';
import { payloadFormat } from '../parsers/registry.js';

/** Lines that say a process died, in any format (inferred where the line carries no level of its own). */
export const DEATH_PATTERNS: ReadonlyArray<{ kind: FailureKind; pattern: RegExp; detail: string }> = [
  { kind: 'test-failed', pattern: /^_* ?ERROR collecting \S/, detail: 'pytest collection error' },
  { kind: 'panic', pattern: /^(?:panic: |fatal error: )/, detail: 'Go panic' },
  { kind: 'exception', pattern: /^Traceback \(most recent call last\):/, detail: 'Python traceback' },
  { kind: 'exception', pattern: /^Exception in thread "/, detail: 'uncaught Java exception' },
  { kind: 'exception', pattern: /^APPLICATION FAILED TO START\s*$/, detail: 'application failed to start (Spring Boot)' },
  { kind: 'fatal', pattern: /\[(?:emerg|alert|crit)\] /, detail: 'nginx/Apache emerg, alert or crit' },
  { kind: 'exec-format', pattern: /exec format error/, detail: 'exec format error (wrong architecture)' },
  { kind: 'oom', pattern: /\bOOMKilled\b|Out of memory: Kill(?:ed)? process|\boom-kill(?:er)?\b|^Killed$/, detail: 'killed: out of memory' },
  { kind: 'segfault', pattern: /Segmentation fault|\bSIGSEGV\b/, detail: 'segmentation fault' },
  { kind: 'exit', pattern: /\bcode=(?:killed|dumped), status=\d+\/[A-Z]+/, detail: 'killed by a signal (systemd)' },
];

/**
 * `app_1 exited with code 1`, Go's `exit status 2`, `exit code: 139`, swarm's `task: non-zero exit (1)`,
 * systemd's `Main process exited, code=exited, status=1/FAILURE`: a non-zero exit.
 */
export const EXIT_CODE = /\bexited with code (\d{1,3})\b|\bexit status (\d{1,3})\b|\bexit code:? (\d{1,3})\b|\bnon-zero exit \((\d{1,3})\)|\bcode=exited, status=(\d{1,3})\b/;

/** SIGKILL and SIGTERM: what stopping a container sends. */
const STOP_CODES = new Set([137, 143]);

/** Lines that say a stop, an undeploy or a rolling update is under way: exits after them are on purpose. */
export const STOPPING = /\b(?:Gracefully stopping|Stopping|Stopped|Received signal 15|SIGTERM|undeploy(?:ing|ed)?|[Ss]hutting down|Shutdown)\b/;

/** Whether a line says its process is being stopped on purpose (a stop, an undeploy, an update). */
export function isStopLine(message: string): boolean {
  return STOPPING.test(message);
}

/** Test and harness outcomes that are failures. */
function outcomeSignal(event: LogEvent): FailureSignal | undefined {
  const f = event.fields;
  if ((event.kind === 'test-case' || event.kind === 'test-result') && (f.outcome === 'failed' || f.outcome === 'error')) {
    return { kind: 'test-failed', detail: `test ${String(f.outcome)}` };
  }
  if (event.kind === 'tier-end' && (f.result === 'FAIL' || f.result === 'ERROR')) return { kind: 'harness-red', detail: `tier ${String(f.tier)} ${String(f.result)}` };
  if (event.kind === 'sweep-recipe-end' && f.result !== 'GREEN' && f.result !== 'SKIPPED') return { kind: 'harness-red', detail: `sweep ${String(f.result)}` };
  if (event.kind === 'promote-end' && f.result !== 'OK') return { kind: 'harness-red', detail: 'promote failed' };
  if (event.kind === 'canonical-refused') return { kind: 'harness-red', detail: 'canonical refused' };
  return undefined;
}

/** A line that says its process died is of fatal severity, whatever else it says. */
function fatal(event: LogEvent, signal: FailureSignal): FailureSignal {
  event.level = 'fatal';
  return signal;
}

/** A traceback's message is its exception line: the block says what it was. */
function blockSignal(event: LogEvent): FailureSignal | undefined {
  if (event.block?.kind === 'python-traceback') return { kind: 'exception', detail: 'Python traceback' };
  if (event.block?.kind === 'go-panic') return { kind: 'panic', detail: 'Go panic' };
  return undefined;
}

function processDied(event: LogEvent): boolean {
  const died = payloadFormat(event.format)?.levels?.processDied;
  return died === undefined || died(event.fields);
}

function holdsAny(hits: readonly number[] | undefined, ids: ReadonlySet<number>): boolean {
  if (hits !== undefined) for (const id of hits) if (ids.has(id)) return true;
  return false;
}

/**
 * Per input, in file order: the failure signal of each event. Exits at stop time are not
 * failures, so the input remembers whether a stop was announced before.
 */
export class InputSignals {
  private stopping = false;

  /**
   * `signalLiterals`: ids of FAILURE_LITERALS in the scan's literal table (a line holding none
   * cannot match a pattern here).
   */
  constructor(private readonly signalLiterals?: ReadonlySet<number>) {}

  apply(event: LogEvent & { hits?: readonly number[] }): void {
    const signal = this.signalOf(event);
    if (signal) event.failure = signal;
  }

  private signalOf(event: LogEvent & { hits?: readonly number[] }): FailureSignal | undefined {
    // A line inside a panic or a traceback is that event's, not a failure of its own.
    if (event.partOf !== undefined) return undefined;
    const outcome = outcomeSignal(event);
    if (outcome || event.kind !== undefined) return outcome;
    // A panic or a traceback is a failure whatever its first line's level said.
    const block = blockSignal(event);
    if (block) return fatal(event, block);
    if (event.level === 'fatal') return processDied(event) ? { kind: 'fatal', detail: `${event.format} fatal level` } : undefined;
    // Every pattern below needs one of FAILURE_LITERALS: a line holding none is skipped at no regex cost.
    if (this.signalLiterals && !holdsAny(event.hits, this.signalLiterals)) return undefined;
    const message = event.message;
    if (STOPPING.test(message)) this.stopping = true;
    // Logged at an ordinary level (postgres reports its postmaster's end at LOG), it is still the process dying.
    if (payloadFormat(event.format)?.levels?.deathMessages?.test(message)) return fatal(event, { kind: 'fatal', detail: `${event.format}: the process died` });
    // A line whose logger calls it info or a warning is taken at its word.
    if (event.level !== undefined && event.level !== 'error') return undefined;
    const inferred = this.inferred(message);
    return inferred ? fatal(event, inferred) : undefined;
  }

  private inferred(message: string): FailureSignal | undefined {
    for (const { kind, pattern, detail } of DEATH_PATTERNS) if (pattern.test(message)) return { kind, detail };
    const exit = EXIT_CODE.exec(message);
    if (!exit) return undefined;
    const code = Number(exit[1] ?? exit[2] ?? exit[3] ?? exit[4] ?? exit[5]);
    if (code === 0 || (STOP_CODES.has(code) && this.stopping)) return undefined;
    return { kind: 'exit', detail: `exit code ${code}` };
  }
}

/** Literals of the lines above, for the prefilter: a line holding none of them cannot be a signal. */
export const FAILURE_LITERALS: readonly string[] = [
  'ERROR collecting', 'panic: ', 'fatal error: ', 'Traceback (most', 'Exception in thread', 'APPLICATION FAILED',
  '[emerg]', '[alert]', '[crit]', 'exec format error', 'OOMKilled', 'Out of memory', 'oom-kill', 'Killed',
  'Segmentation fault', 'SIGSEGV', 'exited with code', 'exit status', 'exit code', 'non-zero exit', 'code=exited', 'code=killed', 'code=dumped',
  // postgres's own death messages (its format's deathMessages)
  'startup process',
  'Gracefully stopping', 'Stopping', 'Stopped', 'Received signal', 'SIGTERM', 'undeploy', 'shutting down', 'Shutting down', 'Shutdown',
];
