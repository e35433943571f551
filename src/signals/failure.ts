/**
 * Failure signals: evidence that something failed, recognized without any rule and whatever the
 * layout. A rule may explain a signal; a signal no rule explains keeps its unit off green.
 *
 * Error-level lines are not signals: Postgres logs ERROR for harmless install-time probes, and an
 * app's error lines during a green run are noise. They are ranked and counted ("errors seen").
 */
import type { FailureKind, FailureSignal, LogEvent } from '../events.js';
import { payloadFormat } from '../parsers/registry.js';

/** A wording that says a process died or a test failed, and the signal it gives. */
export interface DeathPattern {
  kind: FailureKind;
  pattern: RegExp;
  detail: string;
  /** Counts whatever level the line is logged at (a tool's verdict), not only at error or none. */
  whateverLevel?: true;
}

/**
 * Lines that say a process died or a test failed, in any format and any runtime (inferred where
 * the line carries no level of its own, or an error level: an app logs its own death at ERROR).
 * Each wording is a real one: the sources are named in test/signals/failure.test.ts.
 */
export const DEATH_PATTERNS: readonly DeathPattern[] = [
  { kind: 'test-failed', pattern: /^_* ?ERROR collecting \S/, detail: 'pytest collection error' },
  { kind: 'test-failed', pattern: /^\s+FAILED [\w./-]+\.py::/, detail: 'pytest failure' },
  { kind: 'test-failed', pattern: /^\s*--- FAIL: \S|^FAIL\t\S/, detail: 'go test failure' },
  { kind: 'test-failed', pattern: /^test result: FAILED\b|^test \S+ \.\.\. FAILED\s*$/, detail: 'cargo test failure' },
  { kind: 'test-failed', pattern: /^\s*(?:Tests|Test Suites|Test Files):?\s+[1-9]\d* failed\b/, detail: 'jest or vitest failures' },
  { kind: 'test-failed', pattern: /^\s*[1-9]\d* failing\s*$/, detail: 'mocha failures' },
  // TAP (bats, node:test, prove): a `# SKIP` or `# TODO` directive makes `not ok` no failure.
  { kind: 'test-failed', pattern: /^\s*not ok \d+\b[^#\n]*$/, detail: 'TAP failure' },
  { kind: 'test-failed', pattern: /^\d+ examples?, [1-9]\d* failures?\b/, detail: 'rspec failures' },
  { kind: 'test-failed', pattern: /^FAILURES!\s*$|^There (?:was|were) [1-9]\d* (?:failure|error)s?:\s*$/, detail: 'phpunit failures' },
  { kind: 'test-failed', pattern: /^Failing Scenarios:\s*$/, detail: 'cucumber failures' },
  { kind: 'test-failed', pattern: /^\s*Test Run Failed\.|\bnpm ERR! Test failed\.|\btests passed, [1-9]\d* tests? failed out of \d/, detail: 'dotnet test, npm test or ctest failures' },
  { kind: 'test-failed', pattern: /\bTime elapsed: [\d.,]+ s(?:ec)?\s+<<< (?:FAILURE|ERROR)!/, detail: 'JUnit failures (Maven Surefire)' },
  { kind: 'test-failed', pattern: /^\S* > \S.* FAILED\s*$|:test FAILED\s*$/, detail: 'Gradle test failures' },
  { kind: 'test-failed', pattern: /^\s*Failure\/Error: /, detail: 'rspec failure' },
  { kind: 'test-failed', pattern: /\bTests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9])/, detail: 'JUnit failures (Maven Surefire)' },
  // The build's own verdict is a non-zero exit: a harness-red kind would be taken as a red tier's.
  // Maven says its BUILD FAILURE at [INFO]: the verdict counts whatever level it is said at.
  { kind: 'exit', pattern: /^(?:\[INFO\] )?BUILD FAILURE\s*$|^BUILD FAILED\b|^Finished: FAILURE\s*$/, detail: 'CI build failed (Maven, Gradle, Jenkins)', whateverLevel: true },
  { kind: 'panic', pattern: /^(?:panic: |fatal error: )|\bhttp: panic serving /, detail: 'Go panic' },
  { kind: 'panic', pattern: /\bthread '[^'\n]*' panicked at\b/, detail: 'Rust panic' },
  { kind: 'exception', pattern: /^Traceback \(most recent call last\):/, detail: 'Python traceback' },
  { kind: 'exception', pattern: /^Exception in thread "/, detail: 'uncaught Java exception' },
  { kind: 'exception', pattern: /^\s*Unhandled [Ee]xception[.:] /, detail: 'unhandled .NET exception' },
  { kind: 'exception', pattern: /^\/\S*:\d+:in [`'][^'\n]*': [^\n]*\([A-Z][\w:]*\)$|\bbundler: failed to load command: /, detail: 'uncaught Ruby exception' },
  { kind: 'exception', pattern: /^terminate called after throwing an instance of /, detail: 'uncaught C++ exception' },
  {
    kind: 'exception',
    pattern: /\b(?:GenServer|gen_server|Generic server) \S+ terminat(?:ing|ed with reason)\b|=CRASH REPORT|\bKernel pid terminated\b|\bapplication_start_failure\b|\(EXIT\) shutdown: failed to start child\b|\bCrash dump is being written to\b|\bCRASH REPORT Process \S+ with \d+ neighbours crashed\b|\binit terminating in do_boot\b|\bexited: \{\{shutdown,/,
    detail: 'Erlang/Elixir process crash',
  },
  { kind: 'exception', pattern: /^APPLICATION FAILED TO START\s*$|\bApplication run failed\b/, detail: 'application failed to start (Spring Boot)' },
  {
    kind: 'exception',
    pattern: /\bUnhandledPromiseRejection\b|\bERR_UNHANDLED_REJECTION\b|\btriggerUncaughtException\(|^Node\.js v\d+\.\d+\.\d+\s*$/,
    detail: 'uncaught exception (Node.js)',
  },
  { kind: 'fatal', pattern: /\[(?:emerg|alert|crit)\] /, detail: 'nginx/Apache emerg, alert or crit' },
  { kind: 'fatal', pattern: /(?<![\w-])Fatal (?:error|Python error)\b|\bnode::Abort\(\)|\bUnrecoverable error\b/, detail: 'fatal error' },
  { kind: 'exception', pattern: /\bUncaught [Ee]xception\b/, detail: 'uncaught exception' },
  { kind: 'fatal', pattern: /\[ERROR\] (?:\[MY-\d+\] \[Server\] )?Aborting\s*$/, detail: 'mysqld aborted' },
  { kind: 'fatal', pattern: /\S died\. Shutting down\b/, detail: 'a supervised process died' },
  { kind: 'fatal', pattern: /\bfatal task error\b|\b(?:Rejected|REJECTED) (?:less than a second|about an? \w+|\d+ \w+) ago\b/, detail: 'swarm task failed to start' },
  // systemd and systemctl (`Failed to start caddy.service: Unit caddy.service has a bad unit file setting.`,
  // the boot console's `[FAILED] Failed to start MySQL Server.`), and any process saying so first.
  { kind: 'fatal', pattern: /^(?:\[FAILED\] )?Failed to start \S/, detail: 'failed to start' },
  { kind: 'fatal', pattern: /\bbootstrap checks failed\b|\bexception in initAndListen\b|\bBOOT FAILED\b/, detail: 'a server refused to start (Elasticsearch, MongoDB, RabbitMQ)' },
  { kind: 'fatal', pattern: /\binitdb: error: |\bpg_ctl: could not start server\b/, detail: 'postgres could not start' },
  { kind: 'fatal', pattern: /^\*\*\* (?:Aborted at \d|SIG[A-Z]+ \(@0x[\da-f]+\) received by PID)|\bAborted \(core dumped\)/, detail: 'aborted' },
  { kind: 'exit', pattern: /\bsignal: (?:aborted|segmentation fault)\b/, detail: 'killed by a signal' },
  { kind: 'crash-loop', pattern: /\bCrashLoopBackOff\b|\b[Bb]ack-off (?:[\dhms]+ )?restarting failed container\b/, detail: 'container restarting in a loop (Kubernetes back-off)' },
  {
    kind: 'exit',
    pattern: /^\S+\s+\d+\/\d+\s+(?:Init:)?(?:Error|ContainerCannotRun|ImagePullBackOff|ErrImagePull|CreateContainerConfigError|CreateContainerError|RunContainerError|InvalidImageName) {3,}\d/,
    detail: 'pod cannot run (kubectl)',
  },
  { kind: 'exit', pattern: /\bfailed liveness probe, will be restarted\b/, detail: 'killed by the kubelet: failed liveness probe' },
  { kind: 'fatal', pattern: /\bFailed to pull image "/, detail: 'image pull failed' },
  { kind: 'exit', pattern: /^make(?:\[\d+\])?: \*\*\* \[[^\]\n]*\] Error \d+|\bdependency failed to start\b/, detail: 'make or a compose dependency failed' },
  { kind: 'exec-format', pattern: /exec format error/, detail: 'exec format error (wrong architecture)' },
  { kind: 'oom', pattern: /\bOOMKilled\b|Out of memory: Kill(?:ed)? process|\boom-kill(?:er)?\b|^Killed$/, detail: 'killed: out of memory' },
  { kind: 'oom', pattern: /\bjava\.lang\.OutOfMemoryError\b|JavaScript heap out of memory/, detail: 'out of memory (JVM or Node.js heap)' },
  { kind: 'segfault', pattern: /Segmentation fault|\bSIGSEGV\b/, detail: 'segmentation fault' },
  { kind: 'exit', pattern: /\bcode=(?:killed|dumped), status=\d+\/[A-Z]+/, detail: 'killed by a signal (systemd)' },
];

/**
 * A non-zero exit: `app_1 exited with code 1`, `exited with status 139`, `exited with 245`, Go's
 * `exit status 2`, npm's `Exit status 1`, `exit code: -1`, kubectl's `Exit Code:    137`, swarm's
 * `task: non-zero exit (1)`, systemd's `code=exited, status=1/FAILURE` (and without the comma),
 * `docker ps`'s `Exited (1) 2 minutes ago` and `Restarting (1) 4 seconds ago`.
 */
export const EXIT_CODE = new RegExp([
  /\b[Ee]xited with (?:code |status )?(-?\d{1,3})\b/.source,
  /\b[Ee]xit [Ss]tatus:? (-?\d{1,3})\b/.source,
  /\b[Ee]xit [Cc]ode:? {0,8}(-?\d{1,3})\b/.source,
  /\bnon-zero exit \((\d{1,3})\)/.source,
  /\bcode=exited,? status=(\d{1,3})\b/.source,
  /\b(?:Exited|Restarting) \((\d{1,3})\)/.source,
].join('|'));

/** The patterns that count whatever level the line is logged at. */
const VERDICTS = DEATH_PATTERNS.filter((p) => p.whateverLevel === true);

/** SIGKILL and SIGTERM: what stopping a container sends. */
const STOP_CODES = new Set([137, 143]);

/** Lines that say a stop, an undeploy or a rolling update is under way: exits after them are on purpose. */
export const STOPPING = /\b(?:Gracefully stopping|Stopping|Stopped|Received signal 15|SIGTERM|undeploy(?:ing|ed)?|[Ss]hutting down|Shutdown|docker(?:-compose| compose)? (?:stop|kill|down))\b/;

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
    // A line whose logger calls it info or a warning is taken at its word, but for a tool's verdict.
    if (event.level !== undefined && event.level !== 'error') {
      const verdict = VERDICTS.find(({ pattern }) => pattern.test(message));
      return verdict ? fatal(event, { kind: verdict.kind, detail: verdict.detail }) : undefined;
    }
    const inferred = this.inferred(message);
    return inferred ? fatal(event, inferred) : undefined;
  }

  private inferred(message: string): FailureSignal | undefined {
    for (const { kind, pattern, detail } of DEATH_PATTERNS) if (pattern.test(message)) return { kind, detail };
    const exit = EXIT_CODE.exec(message);
    if (!exit) return undefined;
    const code = Number(exit.slice(1).find((group) => group !== undefined));
    if (code === 0 || (STOP_CODES.has(code) && this.stopping)) return undefined;
    return { kind: 'exit', detail: `exit code ${code}` };
  }
}

/**
 * Literals of the lines above, for the prefilter: a line holding none of them cannot be a signal.
 * Each is a part of its wording whose rarest five bytes are rare in logs too (the prefilter keys a
 * literal on them): `l pid term`, not `Kernel pid terminated`, whose `Kerne` every kernel line
 * holds; `er stop` for `docker stop` and `docker-compose stop` alike.
 */
export const FAILURE_LITERALS: readonly string[] = [
  'ERROR collecting', 'panic: ', 'fatal error: ', 'Traceback (most', 'Exception in thread', 'APPLICATION FAILED',
  '[emerg]', '[alert]', '[crit]', 'exec format error', 'OOMKilled', 'Out of memory', 'oom-kill', 'Killed',
  'Segmentation fault', 'SIGSEGV', 'exited with', 'Exited with', 'exit status', 'Exit status', 'exit code', 'Exit code', 'Exit Code', 'non-zero exit',
  'code=exited', 'code=killed', 'code=dumped', 'Exited (', 'rting (',
  'FAILED ', '--- FAIL: ', 'FAIL\t', 'test result: FAILED', ' ... FAILED', ' failed',
  'http: panic serving', "' panicked at", 'run failed', 'UnhandledPromiseRejection', 'ERR_UNHANDLED_REJECTION',
  'triggerUncaughtException(', 'Uncaught Exception', 'Uncaught exception', 'Node.js v', 'Fatal error', 'hon error', 'node::Abort()',
  'Unrecoverable error', 'Aborting', ' died. Shutting down', 'fatal task error', 'CrashLoopBackOff', 'ack-off ', 'Error   ',
  'OutOfMemoryError', 'JavaScript heap out of memory', 'Test Run Failed', 'Test failed.', ' tests failed out of', ' test failed out of',
  'ContainerCannotRun', 'ImagePullBackOff', 'ErrImagePull', 'ContainerConfigError', 'ontainerError', 'InvalidImageName', '] Error ',
  'dependency failed to start', 'initAndListen', 'BOOT FAILED', 'not ok ', 'failed liveness probe', 'Failed to pull image',
  ' failing', ' examples, ', ' example, ', 'FAILURES!', '<<< FAILURE!', '<<< ERROR!', ' FAILED', 'BUILD FAIL', 'Finished: FAILURE',
  'Unhandled exception', 'Unhandled Exception', ":in `", 'failed to load command', 'terminate called after throwing', 'GenServer ', 'gen_server ',
  'Generic server ', 'CRASH REPORT', 'l pid term', 'application_start_failure', 'failed to start child',
  'Crash dump is being written', 'There was ', 'There were ', 'Failing Scenarios:', 'REJECTED ', 'Failed to start ', 'Failure/Error: ', 's run: ', 'do_boot', 'exited: {{shutdown', 'Rejected ', 'bootstrap', 'initdb: error', 'could not start server',
  '*** Aborted at', ' received by PID', 'Aborted (core dumped)', 'signal: aborted', 'signal: segm',
  // postgres's own death messages (its format's deathMessages)
  'startup process',
  'Gracefully stopping', 'Stopping', 'Stopped', 'Received signal', 'SIGTERM', 'undeploy', 'shutting down', 'Shutting down', 'Shutdown',
  'er stop', 'er kill', 'se stop', 'se kill', 'se down',
];
