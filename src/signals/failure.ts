/**
 * Failure signals: evidence that something failed, recognized without any rule and whatever the
 * layout. A rule may explain a signal; a signal no rule explains keeps its unit off green.
 *
 * Error-level lines are not signals: Postgres logs ERROR for harmless install-time probes, and an
 * app's error lines during a green run are noise. They are ranked and counted ("errors seen").
 */
import type { BlockKind, FailureSignal, LogEvent } from '../events.js';
import { DEATH_PATTERNS } from './death-wordings.js';
import { PAYLOADS, PLAIN_TEXT_FORMAT, payloadFormat } from '../parsers/registry.js';
import type { LevelTable } from '../parsers/kit.js';
import { RETRY_LITERALS, RetryLoops } from './retry-loop.js';

/**
 * A non-zero exit: `app_1 exited with code 1`, `exited with status 139`, `exited with 245`, Go's
 * `exit status 2`, npm's `Exit status 1`, `exit code: -1`, kubectl's `Exit Code:    137`, swarm's
 * `task: non-zero exit (1)`, systemd's `code=exited, status=1/FAILURE` (and without the comma),
 * `docker ps`'s `Exited (1) 2 minutes ago` and `Restarting (1) 4 seconds ago`, s6-overlay's
 * `… exited 127`, a traced shell's `+ exit 1`, `docker events`' `exitCode=1`.
 */
export const EXIT_CODE = new RegExp([
  // Azure Pipelines quotes it: `Bash exited with code '1'.`; Windows' run past 255 (docker-compose's
  // `eshoponcontainers_basket.api_1 exited with code 2147516545`).
  // run-parts' `run-parts: /etc/cron.daily/filesender exited with return code 127`.
  // `dotnet watch`'s `watch : Exited with error code 139`.
  /\b[Ee]xited with (?:(?:return |error )?code |status )?'?(-?\d{1,10})\b/.source,
  // phusion's my_init: `*** /etc/my_init.d/01_wait_for_rabbit.bash failed with status 1` (its `*** `
  // only: `request failed with status 503` is an HTTP status), osixia's light-baseimage at its ERROR
  // (`***  ERROR  | 2022-08-01 19:05:32 | /container/run/startup/slapd failed with status 1`).
  /(?:^|\s)\*\*\* \S+ failed with status (\d{1,3})\b|^\*\*\* {1,2}ERROR {1,3}\| [\d: -]{19} \| \S+ failed with status (\d{1,3})\b/.source,
  // Go's os/exec on Windows writes the status in hex (Ollama's `error="exit status 0xc0000409"`).
  /\bexit status (0x[\da-fA-F]{1,8})\b/.source,
  // DeepSpeed's launcher: `… exits with return code = 1`; Woodpecker's agent: `Step finished with exitcode 128`.
  /\bexits with return code = (-?\d{1,3})\b|\bStep finished with exitcode (-?\d{1,3})\b/.source,
  // launchd's `Service exited with abnormal code: 1`, stack's `Process exited with code: ExitFailure 1`.
  /\bexited with (?:abnormal code|code): (?:ExitFailure )?(-?\d{1,3})\b/.source,
  // PM2's `App [web:0] exited with code [1] via signal [SIGINT]`.
  /\bexited with code \[(-?\d{1,3})\]/.source,
  /\b[Ee]xit [Ss]tatus:? (-?\d{1,3})\b/.source,
  // Windows' codes run past 255 (winget's `Installer failed with exit code: 1625`).
  // Consul's `agent: Exit code: code=1`.
  /\b[Ee]xit [Cc]ode:? {0,8}(?:code=)?(-?\d{1,10})\b/.source,
  /\bnon-zero exit \((\d{1,3})\)/.source,
  /\bcode=exited,? status=(\d{1,3})\b/.source,
  /\b(?:Exited|Restarting) \((\d{1,3})\)/.source,
  // s6-overlay's `cont-init: info: /etc/cont-init.d/10-cron exited 127`, `command exited 1`: at the line's end.
  /\bexited (\d{1,3})\.?\s*$/.source,
  // The classic builder's `The command '/bin/sh -c apk add git' returned a non-zero code: 2`.
  /\breturned a non-zero code: (\d{1,3})\b/.source,
  // A shell traced with `set -x`: `+ exit 1`.
  /^\+ exit (\d{1,3})\s*$/.source,
  // `docker events`' `container die 3f2a… (…, exitCode=1, …)`, a pod status's `"exitCode": 1`,
  // `docker inspect`'s `"ExitCode": 137,`.
  /\b[Ee]xitCode"?[=:] ?"?(-?\d{1,3})\b/.source,
  // Python's `returncode=1` (a CompletedProcess), a structured log's `"return_code": 2` (borg-ui).
  /\breturn_?code"?[=:] ?"?(-?\d{1,3})\b/.source,
  // Composer's script (`Script cache:clear returned with error code 255`), Chef's resource (`Expected process to
  // exit with [0], but received '137'`), Puppet's exec (`bash /tmp/rvm returned 1 instead of one of [0]`).
  /\breturned with error code (-?\d{1,3})\b/.source,
  /\bExpected process to exit with \[[\d, ]{1,40}\], but received '(-?\d{1,3})'/.source,
  /\breturned (-?\d{1,3}) instead of one of \[/.source,
  // Cloud Build's step: `build step 34 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1`.
  /\bstep exited with non-zero status: (\d{1,3})\b/.source,
  // Packer's provisioner, whose codes run past 255 on Windows (`==> vsphere-iso: Windows update script exited with
  // non-zero exit status: 2300218`).
  /\bexited with non-zero exit status: (\d{1,10})\b/.source,
  // Jenkins' git plugin: `hudson.plugins.git.GitException: Command "git submodule update …" returned status code 1:`.
  /\bCommand "[^"\n]{1,400}" returned status code (-?\d{1,3}):/.source,
].join('|'));

/** Every line EXIT_CODE matches holds one of these. */
const EXIT_LITERALS: readonly string[] = [
  'Exited with', 'exit status', 'Exit status', 'Exit Status', 'exit code', 'Exit code', 'Exit Code', 'non-zero exit',
  // `exited ` holds `exited with` too.
  'code=exited', 'Exited (', 'rting (', 'exited ', '+ exit ', 'exitCode', 'ExitCode', 'non-zero code', 'failed with status',
  'returncode', 'return_code', 'returned with error code', 'Expected process to exit', 'instead of one of',
  'non-zero status:', 'exits with return code', 'with exitcode', 'returned status code',
];

/**
 * `systemctl status`'s line for a unit's helper command (`Process: 39931 ExecStartPre=/usr/bin/env docker
 * kill synapse (code=exited, status=1/FAILURE)`): a pre-start clean-up may fail and the unit still
 * start (its `Active:` line says so); the unit's own death is its `ExecStart=` or `Main PID:` line,
 * or a `Failed to start`.
 */
const SYSTEMD_HELPER_PROCESS = /^\s*Process: \d+ Exec(?:StartPre|StartPost|Condition|Reload|Stop|StopPost)=/;

/** SIGKILL and SIGTERM: what stopping a container sends. */
const STOP_CODES = new Set([137, 143]);

/**
 * Lines that say a stop, an undeploy or a rolling update is under way: exits after them are on purpose (a server
 * that kills a helper of its own says so first: Jellyfin's `Killing FFmpeg process for "…"`, then `FFmpeg exited
 * with code 137`).
 */
export const STOPPING = /\b(?:Gracefully stopping|Stopping|Stopped|Received signal 15|SIGTERM|undeploy(?:ing|ed)?|[Ss]hutting down|Shutdown|docker(?:-compose| compose)? (?:stop|kill|down)|container (?:stop|kill) [0-9a-f]{4,64}|Killing (?:\w+ )?process)\b/;

/**
 * Every line STOPPING matches holds one of these (`er stop` for `docker stop`, `docker-compose stop`
 * and `docker events`' `container stop` alike).
 */
const STOP_LITERALS: readonly string[] = [
  'Gracefully stopping', 'Stopping', 'Stopped', 'Received signal', 'SIGTERM', 'undeploy', 'shutting down', 'Shutting down', 'Shutdown',
  'er stop', 'er kill', 'se stop', 'se kill', 'se down', 'Killing ',
];

/**
 * A container runtime's event as JSON: containerd's `{"type":"exit","pid":"init","status":137}`
 * (its init process: an exec'd health check exits too), `docker events --format '{{json .}}'`'s
 * `{"Action":"die",…,"Actor":{"Attributes":{"exitCode":"1",…}}}`. Its exit code, or undefined.
 */
function runtimeEventExit(fields: LogEvent['fields']): number | undefined {
  if (fields.type === 'exit' && fields.pid === 'init' && typeof fields.status === 'number') return fields.status;
  const code = fields['Actor.Attributes.exitCode'];
  if (fields.Action === 'die' && typeof code === 'string' && /^\d{1,3}$/.test(code)) return Number(code);
  return undefined;
}

/** A runtime event JSON that stops a container on purpose (`docker stop`, `docker kill`). */
function runtimeEventStop(fields: LogEvent['fields']): boolean {
  return fields.Type === 'container' && (fields.Action === 'kill' || fields.Action === 'stop');
}

/** Every runtime event JSON runtimeEventExit or runtimeEventStop reads holds one of these. */
const RUNTIME_EVENT_LITERALS: readonly string[] = ['"type":"exit"', '"Action":"'];

/** Literals of the formats' own death messages, as each level table gives them (`deathMessages`: postgres's). */
const DEATH_MESSAGE_LITERALS: readonly string[] = PAYLOADS.flatMap((format) =>
  format.levels?.deathMessages?.literals ?? []);

/**
 * A Go server's start-up error by its verb (`Error initializing storage …: …`): `Error ` alone as
 * a literal would hand on every line holding `error` (the prefilter would key it on its `rror`).
 */
const ERROR_DOING: readonly string[] = [
  'initializing', 'starting', 'loading', 'parsing', 'creating', 'opening', 'reading', 'running', 'connecting', 'getting',
  'building', 'validating', 'writing', 'configuring', 'executing', 'mounting', 'listening', 'fetching', 'decoding',
];

/**
 * Yarn 1's errors by their first words (it prints `error ` and the message, then `info Visit
 * https://yarnpkg.com/en/docs/cli/run for documentation about this command.`, and exits 1).
 */
const YARN_ERRORS: readonly string[] = [
  'Command "', 'An unexpected error occurred: ', "Couldn't find ", 'Your lockfile needs to be updated', 'Found incompatible module',
  'Package "',
];

/** apt's errors by their first words: literals of five bytes or more keep the scan on its fastest prefilter. */
const APT_ERRORS: readonly string[] = [
  'Unable', 'Package', 'Sub-process', 'Could not', 'Failed', 'Some ', 'Version', 'The repository', 'Conflicting', 'Invalid', 'dpkg',
];

/**
 * git's `fatal: …` when a clone, a fetch or a checkout failed (`fatal: reference is not a tree: cee9fd…`,
 * `fatal: Authentication failed for '…'`, `fatal: detected dubious ownership in repository at '…'`). Not
 * every `fatal:` of git: a build's probe (`fatal: No names found, cannot describe anything.`, `fatal: not a
 * git repository`) is followed by the build going on, often within a few lines; nor Ansible's
 * `fatal: [host]: FAILED!`, whose task is read on its own (`...ignoring` and all). Each entry is a piece
 * of a regular expression (two hold a quoted path's `[^'\n]*`).
 */
const GIT_FAILED: readonly string[] = [
  'reference is not a tree: ', 'Authentication failed for ', 'Could not read from remote repository', "repository '[^'\\n]*' not found",
  "unable to access '", "clone of '", 'detected dubious ownership in repository', 'early EOF', 'the remote end hung up unexpectedly',
  "couldn't find remote ref ", 'could not read Username for ', 'index-pack failed', "destination path '[^'\\n]*' already exists",
];

/**
 * A Go program's error as its main prints it before it exits (`fmt.Fprintln(os.Stderr, err)`,
 * `log.Fatal(err)` with the standard logger's time): Go's errors are lower-case and wrap their cause
 * after a colon (Dex's `failed to initialize storage: failed to perform migrations: …`, drone-ssh's
 * `2020/05/16 20:31:15 dial tcp ***:***: i/o timeout`, flyctl's `Error failed to fetch an image or build
 * from source: …`). A few words, then the cause.
 */
// Quotes too: Go quotes what it names (`cannot resolve host "postgresql": lookup postgresql on 8.8.8.8:53: …`).
const GO_FAILED_TO = '(?:failed to|unable to|could not|cannot) [a-z][\\w /."\'-]{0,60}';
// Bare, the cause is lower-case too: Python's `failed to open trace file: [Errno 2] …` (bzr's warning) is not Go's.
const GO_ERROR_CHAIN = '(?:\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? )?'
  + `(?:Error ${GO_FAILED_TO}: |(?:${GO_FAILED_TO}|dial (?:tcp|udp|unix)[46]? \\S{1,200}): (?=[a-z]))`;
const GO_ERROR_CHAIN_LITERALS: readonly string[] = ['failed to ', 'unable to ', 'could not ', 'cannot ', 'dial tcp', 'dial udp', 'dial unix'];

/**
 * A command-line tool's last word before it exits non-zero, at the start of its line: cobra's
 * `Error: …` (helm, kubectl, caddy), an uncaught JavaScript error Node printed before it exited
 * (`TypeError [ERR_INVALID_ARG_VALUE]: …`, its `    at …` frames under it), terraform's (in its box
 * too: `│ Error: …`), Pulumi's and cargo's `error: …`, Flyway's and pip's `ERROR: …`, webpack's
 * `ERROR in <module>`, consola's badge (Nuxt's ` ERROR  Cannot find module 'nuxt'`), apt's `E: …`,
 * PHP's and PowerShell's `Exception: …`, PowerShell's error record
 * (`    + FullyQualifiedErrorId : ExpectedExpression` under `+ CategoryInfo …`), a Go server's `Error
 * initializing …: …` (Vault, Consul), argparse's `app.py: error: …` under its usage, the docker CLI's
 * `Error response from daemon: …` (`docker: Error response …` from `docker run`; compose v2's too; not
 * `No such container` nor `is not running`, what a clean-up's `docker rm` or `docker stop` of nothing
 * says), Velero's `An error occurred: some backup storage locations are invalid: …`, a .NET tool's exception
 * (`dotnet ef`'s `Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5342`: PascalCase
 * namespaces, not Java's), Yarn 1's errors (`error Command "sequelize:migrate" not found.`, `error An unexpected
 * error occurred: …`), an error Node printed as an object, its extra properties in braces (the Sequelize
 * CLI's `{ SequelizeDatabaseError: relation "SequelizeMeta" already exists`), the Unix time Mosquitto puts
 * first (`1659577565: Error: Unable to open log file /mosquitto/log/mosquitto.log for writing.`), the docker
 * CLI's bare `invalid reference format` (`docker stack deploy` of a service with no image) and its daemon that does
 * not answer (`Cannot connect to the Docker daemon. Is the docker daemon running on this host?`), ssh's host it
 * cannot reach or key it was refused with (`ssh: Could not resolve hostname : Name or service not known`,
 * `git@github.com: Permission denied (publickey).`); one space before
 * it, as a paste often has (` xcodebuild: error: Unable to find a destination matching …`); Terraform's box
 * indented under another tool's output (`     │ Error: Plugin did not respond`). Such a line is how the tool
 * ended only when its output ends soon after: see InputSignals.finish.
 * Yarn's and corepack's `Internal Error: …`, git's clone, fetch or checkout that failed (GIT_FAILED).
 * Not a warning a runner shows as an error (`Error: WARNING: Running pip as the 'root' user …`), nor pip's
 * note before it installs anyway (`ERROR: pip's dependency resolver does not currently take into
 * account …`).
 */
export const CLI_ERROR = new RegExp("^ ?(?:\\d{10}: )?(?: *│ )?(?:(?:Error: (?!WARNING\\b|Warning\\b)|Internal Error: "
  + "|[A-Z][A-Za-z]*Error(?: \\[ERR_[A-Z_]+\\])?: |error: |Exception: |ERROR in | ?ERROR {2,}"
  + "|(?:[A-Z]\\w*\\.)+[A-Z]\\w*Exception(?: \\(0x[\\dA-Fa-f]{8}\\))?: |\\{ [A-Z][A-Za-z]*Error: "
  + `|error (?:${YARN_ERRORS.join('|')})`
  + "|[\\w.-]{1,64}: error: |\\s+\\+ FullyQualifiedErrorId : |ERROR: (?!pip's dependency resolver)|An error occurred: "
  + "|(?:docker: )?Error response from daemon: (?!No such container\\b|Container \\S+ is not running\\b)"
  + `|Error (?:${ERROR_DOING.join('|')}) [^:\\n]*: |${GO_ERROR_CHAIN})\\S|E: (?:${APT_ERRORS.join('|')})|fatal: (?:${GIT_FAILED.join('|')})`
  + '|invalid reference format\\b|Cannot connect to the Docker daemon\\b'
  + '|ssh: (?:Could not resolve hostname |connect to host \\S+ port \\d+: )|[\\w.@-]+: Permission denied \\(publickey)');

/**
 * A line after the error that says the tool went on and ended well (Travis's artifacts step:
 * `ERROR: failed to upload: …`, then `Done uploading artifacts`), or the job's verdict that it did
 * (GitLab's `Job succeeded`, Jenkins' `Finished: SUCCESS`): the error was not its last word.
 */
const CLI_WENT_ON = new RegExp([
  /^(?:Done|Success(?:fully)?|Completed)\b|^Job succeeded\b|^Finished: SUCCESS\b/.source,
  // The official nginx image's entry point after its scripts, one of which may have said `error:` and gone on.
  /^\S+: Configuration complete; ready for start up\b/.source,
].join('|'));
const CLI_WENT_ON_LITERALS: readonly string[] = [
  'Done ', 'Done.', 'Success', 'Completed ', 'Job succeeded', 'Finished: SUCCESS', 'ready for start up',
];

/** A step's exit its runner reported as a warning (see InputSignals.signalOf); its `exit code` is an EXIT_LITERAL. */
const WARNED_EXIT = /\bfailed with exit code \d+/;

/**
 * A CI job's own verdict that it succeeded: GitLab's `Job succeeded`, Jenkins' `Finished: SUCCESS`, Travis's
 * `Done. Your build exited with 0.`; or a tool's, Entity Framework's `To undo this action, use Remove-Migration.`
 * after the migration it added. Said at the end of an input, after every failure signal in it, it says the
 * job tolerated them (an `after_script` whose `npm ERR!` does not fail the build, a step run with `|| true`):
 * they stay errors seen, not failures (see InputSignals.finish). Not a test's failure: the job's exit code does
 * not unsay what a test run reported.
 */
const JOB_SUCCEEDED = new RegExp([
  /^(?:Job succeeded|Finished: SUCCESS|Done\. Your build exited with 0\.)\s*$/.source,
  // Entity Framework's tools after a migration they added: the design-time build of the app's host is stopped on
  // purpose (`StopTheHostException`, `HostAbortedException`), which an app's `catch` logs at fatal.
  /^(?:Done\. )?To undo this action, use (?:Remove-Migration|'ef migrations remove')\.?\s*$/.source,
].join('|'));
const JOB_SUCCEEDED_LITERALS: readonly string[] = ['Job succeeded', 'Finished: SUCCESS', 'Done. Your build', 'To undo this action'];
/** Lines the job's verdict may stand before the input's end (a runner's clean-up after it). */
const JOB_VERDICT_TAIL_LINES = 5;

/**
 * An exception that reached the top of its program, as the runtime prints it: its source line and a
 * caret under the failing expression, then the exception (Node: `/app/index.js:10`, `    throw err;`,
 * `    ^`, a blank line, `Error [ERR_MODULE_NOT_FOUND]: Cannot find module …`; Python's SyntaxError
 * under its caret). An app logging an error it caught prints no caret, so this is a death even in a
 * service's log. The throw or the caret is the mark; the exception follows within UNCAUGHT_GAP_LINES.
 */
const UNCAUGHT_MARK = /^\s*\^+\s*$|^\s*throw\b/;
// Its message may begin on the line below (Immich's `Error: ` then the indented text).
const UNCAUGHT_EXCEPTION = /^(?:[\w.]*Error|[\w.]*Exception)(?: \[[A-Z_]+\])?:(?: \S|\s*$)/;
const UNCAUGHT_MARK_LITERALS: readonly string[] = ['    ^', 'throw '];
const UNCAUGHT_GAP_LINES = 4;

/**
 * Frames a Java or .NET exception's block holds, at least, to be the last word of its input (InputSignals.finish):
 * an exception printed with its stack as the very end of a log is how its program died. Not JavaScript's: a
 * Node service's exception handler logs what it caught with its stack and goes on
 * (corpus/noise-nest-handler-error-logged), where an uncaught one is told by its caret (UNCAUGHT_MARK). In the
 * held-out excerpts of public issues, 104 of 1,890 failures end so and none of 686 healthy logs do.
 */
const LAST_TRACE_FRAMES = 2;
/** A frame of a Java or .NET stack (`\tat org.x.Y.z(Y.java:12)`, `   at System.…`, `\t... 12 more`), not a message. */
const TRACE_FRAME = /^\s*(?:at |\.\.\. \d+ )/;
/** The blocks that are an exception with its frames (Java's, .NET's): the input's last word when it ends on one. */
const TRACE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['java-exception', 'dotnet-exception']);

/** A Java exception's cause, inside its block (see InputSignals.signalOf). */
const CAUSED_BY = /^\s*Caused by: /;
/** Blocks open at once whose cause said they died: one per service at most, in practice. */
const MAX_OPEN_CAUSES = 64;

/**
 * supervisord's word that a program exited with status 0 when it should have kept running: once, a one-shot
 * program (not a death, see death-wordings.ts); again and again, a respawn loop (`WARN exited: postgresql (exit
 * status 0; not expected)` every few seconds, Supervisor/supervisor#1663).
 */
const SUPERVISED_EXIT_ZERO = /\bexited: (\S+) \(exit status 0; not expected\)/;
/** The unexpected exits of one program that make a respawn loop: supervisord started it again each time. */
const RESPAWN_LOOP_EXITS = 3;
/** Programs whose unexpected exits are counted, at most (a bound, whatever the log holds). */
const MAX_COUNTED_PROGRAMS = 256;

/** Every line CLI_ERROR matches holds one of these. */
const CLI_ERROR_LITERALS: readonly string[] = [
  ...GO_ERROR_CHAIN_LITERALS, ...YARN_ERRORS.map((words) => `error ${words}`), 'Exception (0x', 'invalid reference format', 'An error occurred: ', 'Error: ', 'Error [ERR_', 'error: ', 'fatal: ', 'Internal Error: ', 'Exception: ', 'ERROR: ', 'ERROR in ', 'ERROR  ', 'Error response from daemon', 'Cannot connect to the Docker daemon', 'ssh: Could not resolve hostname', 'ssh: connect to host', 'Permission denied (publickey', 'FullyQualifiedErrorId', ...ERROR_DOING.map((doing) => `Error ${doing}`), ...APT_ERRORS.map((words) => `E: ${words}`),
];

/**
 * Lines a CLI error may be followed by and still be the tool's last word: terraform explains its
 * error in a dozen lines under it, cobra prints the usage.
 */
const CLI_ERROR_TAIL_LINES = 20;

/**
 * The usage a command-line tool prints under its error (cobra's `Usage:`, its commands and flags,
 * often longer than CLI_ERROR_TAIL_LINES): begun within CLI_USAGE_GAP_LINES of the error, it leaves
 * the error the tool's last word through CLI_USAGE_TAIL_LINES.
 */
const CLI_USAGE = /^Usage:(?:\s|$)/;
const CLI_USAGE_LITERALS: readonly string[] = ['Usage:'];
const CLI_USAGE_GAP_LINES = 3;
const CLI_USAGE_TAIL_LINES = 200;

/**
 * An Ansible task that failed on a host: a failure unless `...ignoring` follows it (ignore_errors
 * prints the same line first) or a PLAY RECAP does (its `failed=` rows decide, a rescued task's
 * included). Decided by what comes next, at the latest at the input's end (InputSignals.finish).
 */
// Ansible 1's too (`failed: [ec2-54-205-67-177.compute-1.amazonaws.com] => {"failed": true, "item": ""}`, `fatal:
// [web] => …`), and a loop's item (`failed: [host] (item=git) => {…}`).
const ANSIBLE_TASK_FAILED = /^(?:fatal: \[[^\]\n]+\](?:: FAILED!)? =>|failed: \[[^\]\n]+\](?: \(item=.*\))? =>)/;
const ANSIBLE_IGNORED = /^\.\.\.ignoring\s*$/;
const ANSIBLE_RECAP = /^PLAY RECAP \*/;
const ANSIBLE_LITERALS: readonly string[] = [']: FAILED! =>', '...ignoring', 'PLAY RECAP', 'failed: [', 'fatal: ['];

/**
 * `docker stack deploy`'s note that it could not look up an image's digest, the registry's answers
 * listed under it (moby/moby#29295: `unable to pin image nathanleclaire/nats-streaming-server to
 * digest: errors:`, then `denied: requested access to the resource is denied`, `unauthorized:
 * authentication required`): each node pulls the image itself, and the deploy goes on. Those lines
 * are the note's, not a push that failed.
 */
const PIN_NOTICE = 'unable to pin image ';
const PIN_NOTICE_DETAIL_LINES = 4;
const REGISTRY_ANSWER = /^[a-z]+: /;

/**
 * pytest's banners of its long report (`=== FAILURES ===`, `=== ERRORS ===`: printed only when a test failed or
 * errored) and pytest-timeout's dump when a test ran out of time (`+++++ Timeout +++++`, then `~~~~ Stack of
 * Thread-21 (139697914328832) ~~~~` for each thread). In a log cut before pytest's summary they are all that says
 * a test failed; they name no test, so they are the failure's evidence only where nothing else is (see finish).
 */
const PYTEST_BANNER = /^=+ (?:FAILURES|ERRORS) =+\s*$|^\++ Timeout \++\s*$|^~+ Stack of \S[^\n]* ~+\s*$/;
const PYTEST_BANNER_LITERALS = [' FAILURES =', ' ERRORS =', ' Timeout +', '~ Stack of '];

/**
 * A test runner's progress row that marked a test failed (`F`) or errored (`E`): pytest's `tests/test_a.py
 * ....F...   [ 50%]`, PHPUnit's `…FFFF….F…  189 / 682 ( 27%)`. Its summary says which tests; in a run that died
 * or was cut before it (PHPUnit's exit 255 with no summary) the row is all that says one failed, so it is the
 * failure's evidence only where nothing else is (see finish). A row of results' letters is read ahead by a
 * lookahead, once: no backtracking on a long line of dots.
 */
export const PROGRESS_FAILED = new RegExp([
  /^\S+\.py (?=[.sxXRFE]*[FE])[.sxXRFE]+ +\[ ?\d{1,3}%\]\s*$/.source,
  /^(?=[.EFWRSIDN]*[EF])[.EFWRSIDN]+ +\d+ \/ \d+ \( ?\d{1,3}%\)\s*$/.source,
].join('|'));
/** A failure among dots: a row with a lone `F` or `E` next to no four dots is missed (a short row). */
const PROGRESS_FAILED_LITERALS = ['....F', 'F....', '....E', 'E....'];

/**
 * Heads of blocks told here: a shell's `echo $?` (scan/multiline.ts, shell-status), whose status is the signal; a
 * goroutine's `created by …`, the head of a Go stack dump pasted from below its panic line.
 */
const BLOCK_HEAD_LITERALS = ['echo $?', 'echo $LASTEXITCODE', 'echo %errorlevel%', 'created by '];

/** Literals of the lines signalled here, for the prefilter: a line holding none of them cannot be a signal. */
export const FAILURE_LITERALS: readonly string[] = [...new Set([
  ...DEATH_PATTERNS.flatMap((p) => p.literals), ...EXIT_LITERALS, ...STOP_LITERALS, ...DEATH_MESSAGE_LITERALS,
  ...JOB_SUCCEEDED_LITERALS, ...CLI_ERROR_LITERALS, ...CLI_WENT_ON_LITERALS, ...CLI_USAGE_LITERALS,
  ...UNCAUGHT_MARK_LITERALS, ...RUNTIME_EVENT_LITERALS, ...ANSIBLE_LITERALS, PIN_NOTICE, ...RETRY_LITERALS,
  ...PYTEST_BANNER_LITERALS, ...PROGRESS_FAILED_LITERALS, ...BLOCK_HEAD_LITERALS,
])];

/**
 * The scan's literal ids of FAILURE_LITERALS, and which patterns each names: a line is tried only
 * against the patterns whose literals it holds (a line holding ` failed` runs one regex, not fifty).
 */
export class SignalLiterals {
  readonly any: ReadonlySet<number>;
  private readonly exit: ReadonlySet<number>;
  private readonly stop: ReadonlySet<number>;
  private readonly cliError: ReadonlySet<number>;
  private readonly uncaughtMark: ReadonlySet<number>;
  private readonly jobSucceeded: ReadonlySet<number>;
  private readonly retry: ReadonlySet<number>;
  /** pytest's banners and a test runner's progress rows: a failure's evidence where nothing else is. */
  private readonly runnerMarks: ReadonlySet<number>;
  /** DEATH_PATTERNS indices by literal id, ascending. */
  private readonly patterns = new Map<number, number[]>();

  constructor(idOf: (literal: string) => number) {
    this.any = new Set(FAILURE_LITERALS.map(idOf));
    this.exit = new Set(EXIT_LITERALS.map(idOf));
    this.stop = new Set(STOP_LITERALS.map(idOf));
    this.cliError = new Set(CLI_ERROR_LITERALS.map(idOf));
    this.uncaughtMark = new Set(UNCAUGHT_MARK_LITERALS.map(idOf));
    this.jobSucceeded = new Set(JOB_SUCCEEDED_LITERALS.map(idOf));
    this.retry = new Set(RETRY_LITERALS.map(idOf));
    this.runnerMarks = new Set([...PYTEST_BANNER_LITERALS, ...PROGRESS_FAILED_LITERALS].map(idOf));
    DEATH_PATTERNS.forEach((pattern, index) => {
      for (const id of new Set(pattern.literals.map(idOf))) {
        const list = this.patterns.get(id);
        if (list) list.push(index);
        else this.patterns.set(id, [index]);
      }
    });
  }

  /** Whether apply() reads literal `id` before the event's kind (a CI job's verdict, a retry, a runner's mark). */
  readsBeforeKind(id: number): boolean {
    return this.jobSucceeded.has(id) || this.retry.has(id) || this.runnerMarks.has(id);
  }

  holdsExit(hits: readonly number[]): boolean {
    return holdsAny(hits, this.exit);
  }

  holdsStop(hits: readonly number[]): boolean {
    return holdsAny(hits, this.stop);
  }

  holdsCliError(hits: readonly number[]): boolean {
    return holdsAny(hits, this.cliError);
  }

  holdsUncaughtMark(hits: readonly number[]): boolean {
    return holdsAny(hits, this.uncaughtMark);
  }

  holdsJobSucceeded(hits: readonly number[]): boolean {
    return holdsAny(hits, this.jobSucceeded);
  }

  holdsRetry(hits: readonly number[]): boolean {
    return holdsAny(hits, this.retry);
  }

  holdsRunnerMark(hits: readonly number[]): boolean {
    return holdsAny(hits, this.runnerMarks);
  }

  /** The DEATH_PATTERNS a line holding `hits` can match, in their order. */
  patternsIn(hits: readonly number[]): number[] {
    const found: number[] = [];
    for (const id of hits) {
      for (const index of this.patterns.get(id) ?? []) if (!found.includes(index)) found.push(index);
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}

const ALL_PATTERNS = DEATH_PATTERNS.map((_, index) => index);

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

/**
 * postgres's FATAL marker (two spaces after the colon, which no other logger writes) on a line its
 * grammar did not take (pasted indented, cut from its prefix): one session's end, as postgres's own.
 */
const POSTGRES_MARKER_FATAL = /^\s*FATAL: {2}\S/;

/** What a block the input ends inside, cut at both ends, says (EventBlock.cut), by kind; else a Python traceback's. */
const CUT_BLOCK_SIGNALS: Partial<Record<BlockKind, FailureSignal>> = {
  'go-panic': { kind: 'panic', detail: "the input ends inside a Go program's stack dump (its goroutines, below its panic line)" },
  'dotnet-exception': { kind: 'exception', detail: 'the input ends inside a .NET stack trace (its frames, below its exception line)' },
  'java-exception': { kind: 'exception', detail: 'the input ends inside a Java stack trace (its frames, below its exception line)' },
};
const CUT_TRACEBACK_SIGNAL: FailureSignal = {
  kind: 'exception', detail: 'the input ends inside a Python traceback (its frames, before its exception line)',
};

function cutBlockSignal(event: LogEvent): FailureSignal {
  const kind = event.block?.kind;
  return { ...((kind && CUT_BLOCK_SIGNALS[kind]) ?? CUT_TRACEBACK_SIGNAL) };
}

/** A line that says its process died is of fatal severity, whatever else it says. */
function fatal(event: LogEvent, signal: FailureSignal): FailureSignal {
  event.level = 'fatal';
  return signal;
}

/** A traceback's message is its exception line: the block says what it was. */
function blockSignal(event: LogEvent): FailureSignal | undefined {
  // One the input ended inside is the input's last word, told at its end (InputSignals.finish).
  if (event.block?.kind === 'python-traceback' && !event.block.cut) return { kind: 'exception', detail: 'Python traceback' };
  if (event.block?.kind === 'go-panic') return { kind: 'panic', detail: 'Go panic' };
  if (event.block?.kind === 'shell-status') {
    const status = Number(event.block.detail[0]);
    return status === 0 ? undefined : { kind: 'exit', detail: `the shell said the last command's status was ${status} (echo $?)` };
  }
  return undefined;
}

function processDied(event: LogEvent, levels: LevelTable | undefined): boolean {
  if (event.format === PLAIN_TEXT_FORMAT && POSTGRES_MARKER_FATAL.test(event.message)) return false;
  const died = levels?.processDied;
  return died === undefined || died(event.fields, event.message);
}

/**
 * A structured line's error, beside its message: logfmt's and JSON loggers' `error=` often hold what
 * the process died of under a message that only says where (Ollama's `msg="error loading llama server"
 * error="llama runner process no longer running: …"`). The line's literals were found in the whole line,
 * fields included, so the field is read by the same patterns at no extra search.
 */
// Grafana's shutdown says why in `reason=` (`msg="Server shutdown" reason="Service init failed: Migration failed …"`).
const ERROR_FIELDS = ['error', 'err', 'exception', 'error.message', 'reason'] as const;

function errorField(fields: LogEvent['fields']): string | undefined {
  for (const name of ERROR_FIELDS) {
    const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/**
 * The first death wording among `candidates` said by the message or the error field (at a level that may say it).
 * The error field is looked up only once a pattern missed the message.
 */
function deathWording(
  candidates: readonly number[], message: string, fields: LogEvent['fields'], verdictsOnly: boolean,
): FailureSignal | undefined {
  let looked = false;
  let errorText: string | undefined;
  for (const index of candidates) {
    const { kind, pattern, detail, whateverLevel } = DEATH_PATTERNS[index];
    if (!whateverLevel && verdictsOnly) continue;
    if (pattern.test(message)) return { kind, detail };
    if (!looked) { errorText = errorField(fields); looked = true; }
    if (errorText !== undefined && pattern.test(errorText)) return { kind, detail };
  }
  return undefined;
}

/** A test harness's word that a test was skipped, beside its exit status 77. */
const SKIPPED_TEST = /\bSKIP(?:PED)?\b/;

function holdsAny(hits: readonly number[] | undefined, ids: ReadonlySet<number>): boolean {
  if (hits !== undefined) for (const id of hits) if (ids.has(id)) return true;
  return false;
}

/** What an input's end decides: the signals given now, and the job's verdict that tolerated the rest. */
export interface InputEnd {
  late: LogEvent[];
  /**
   * The line where the input's CI job said it succeeded, after every failure signal of the input
   * (JOB_SUCCEEDED): those signals were tolerated by the job, but for failed tests.
   */
  jobSucceededAt?: number;
}

/**
 * Per input, in file order: the failure signal of each event. Exits at stop time are not
 * failures, so the input remembers whether a stop was announced before. A command-line tool's
 * error is a failure only if the output ends soon after it, so the input remembers its last one
 * until its end (finish).
 */
export class InputSignals {
  private stopping = false;
  private lastCliError: LogEvent | undefined;
  /** The last command-line error is followed by its usage (CLI_USAGE). */
  private usageFollows = false;
  /** The death a Java exception's `Caused by:` said, by the exception's first line, until its block ends. */
  private readonly causes = new Map<number, FailureSignal>();
  /** The last exception printed with its stack (TRACE_KINDS): the input's last word if nothing follows it (finish). */
  private lastTrace: LogEvent | undefined;
  /** A Python traceback the input ended inside, before its exception line (EventBlock.cut). */
  private cutTraceback: LogEvent | undefined;
  /** The line of the last source line or caret an uncaught exception is printed under (UNCAUGHT_MARK). */
  private uncaughtMark: number | undefined;
  /**
   * Whether a line of this input gave a failure signal; pytest's last totals that counted a failure;
   * the first `E   …` line of a failure's report, and whether pytest said any test's result (a
   * rerun's summary shows the E lines of attempts that failed before one passed).
   */
  private signalled = false;
  private failedTotals: LogEvent | undefined;
  private failureDetail: LogEvent | undefined;
  /** The first of pytest's banners of failures or a timeout (PYTEST_BANNER), and of progress rows with a failure. */
  private pytestBanner: LogEvent | undefined;
  private progressFailed: LogEvent | undefined;
  private testResults = false;
  /** A failed Ansible task whose next line has not come yet, and the first one no `...ignoring` followed. */
  private pendingTask: LogEvent | undefined;
  private failedTask: LogEvent | undefined;
  /** The line of the job's verdict that it succeeded (JOB_SUCCEEDED), and of the last line given a signal. */
  private jobSucceededAt: number | undefined;
  private lastSignalLine = 0;
  /** The line of the last PIN_NOTICE: the registry's answers under it are its detail. */
  private pinNoticeAt = Number.NEGATIVE_INFINITY;
  /** Each service's retries of what it needs (retry-loop.ts). */
  private readonly retries = new RetryLoops();
  /** supervisord's unexpected exits with status 0, by program (SUPERVISED_EXIT_ZERO). */
  private readonly unexpectedExits = new Map<string, number>();

  /**
   * `literals`: FAILURE_LITERALS in the scan's literal table; without them (a caller that has no
   * line hits) every pattern is tried on every line.
   */
  constructor(private readonly literals?: SignalLiterals) {}

  apply(event: LogEvent & { hits?: readonly number[] }): void {
    if (this.pendingTask !== undefined || this.failedTask !== undefined) this.followFailedTask(event.message);
    const { literals } = this;
    const hits = event.hits ?? [];
    const { message, line } = event;
    if ((!literals || literals.holdsJobSucceeded(hits)) && JOB_SUCCEEDED.test(message)) this.jobSucceededAt = line;
    if (!literals || literals.holdsRetry(hits)) this.retries.observe(event);
    if (!literals || literals.holdsRunnerMark(hits)) {
      if (PYTEST_BANNER.test(message)) this.pytestBanner ??= event;
      else if (PROGRESS_FAILED.test(message)) this.progressFailed ??= event;
    }
    // A stop announced before it is told at the end (`stopping` stays set): endingTrace and finish read it there.
    const block = event.block;
    if (block !== undefined && TRACE_KINDS.has(block.kind) && event.partOf === undefined) this.lastTrace = event;
    if (block?.cut) this.cutTraceback = event;
    const signal = this.signalOf(event);
    if (!signal) return;
    // A cause's death is its exception's: the block's first line, handed on when the block ends, carries it.
    if (event.partOf !== undefined) {
      if (this.causes.size < MAX_OPEN_CAUSES) this.causes.set(event.partOf, signal);
      return;
    }
    event.failure = signal;
    this.signalled = true;
    this.lastSignalLine = event.line;
  }

  /**
   * apply() for a passing test's result whose literals it does not read before the kind (readsBeforeKind): all
   * it can change is an Ansible task's wait for its next line, and that a test result was seen.
   */
  passingTest(event: LogEvent): void {
    if (this.pendingTask !== undefined || this.failedTask !== undefined) this.followFailedTask(event.message);
    this.testResults = true;
  }

  private signalOf(event: LogEvent & { hits?: readonly number[] }): FailureSignal | undefined {
    // A line inside a panic or a traceback is that event's, not a failure of its own; but a Java exception's cause
    // (`Caused by: …WebServerException: Unable to start Netty`) is what it died of, said under a head that often
    // names only a wrapper (`java.lang.reflect.InvocationTargetException`).
    if (event.partOf !== undefined && !CAUSED_BY.test(event.message)) return undefined;
    const outcome = outcomeSignal(event);
    if (event.kind === 'test-totals' && Number(event.fields.failed ?? 0) + Number(event.fields.errors ?? 0) > 0) this.failedTotals = event;
    if (event.kind === 'test-detail' && event.format === 'pytest') this.failureDetail ??= event;
    if (event.kind === 'test-result' || event.kind === 'test-totals') this.testResults = true;
    if (outcome || event.kind !== undefined) return outcome;
    // A panic or a traceback is a failure whatever its first line's level said.
    const block = blockSignal(event) ?? this.causeSignal(event);
    if (block) return fatal(event, block);
    // The format's level table says what its levels mean: a fatal that is a session's end, an error that ends a tool.
    const levels = payloadFormat(event.format)?.levels;
    const programExit = this.programExit(event, levels);
    if (programExit) return fatal(event, programExit);
    if (event.level === 'fatal') return processDied(event, levels) ? { kind: 'fatal', detail: `${event.format} fatal level` } : undefined;
    // Every pattern below needs one of FAILURE_LITERALS: a line holding none is skipped at no regex cost.
    const { literals } = this;
    const hits = event.hits ?? [];
    if (literals && !holdsAny(hits, literals.any)) return undefined;
    const message = event.message;
    if (this.pinNoticeDetail(event.line, message)) return undefined;
    if (event.format === 'json') {
      if (runtimeEventStop(event.fields)) this.stopping = true;
      const code = runtimeEventExit(event.fields);
      if (code !== undefined) {
        const exit = this.exitCodeSignal(code);
        return exit && fatal(event, exit);
      }
    }
    if ((!literals || literals.holdsStop(hits)) && STOPPING.test(message)) this.stopping = true;
    // Logged at an ordinary level (postgres reports its postmaster's end at LOG), it is still the process dying.
    if (levels?.deathMessages?.pattern.test(message)) return fatal(event, { kind: 'fatal', detail: `${event.format}: the process died` });
    const candidates = this.candidateWordings(hits);
    // A line whose logger calls it info or a warning is taken at its word, but for a tool's verdict.
    const verdictsOnly = event.level !== undefined && event.level !== 'error';
    // supervisord's line holds one of its wording's literals, so a line with no candidate wording is none.
    const wording = deathWording(candidates, message, event.fields, verdictsOnly)
      ?? (candidates.length > 0 ? this.respawnLoop(message) : undefined);
    if (wording) return fatal(event, wording);
    const uncaught = this.uncaughtException(event, !literals || literals.holdsUncaughtMark(hits));
    if (uncaught) return fatal(event, uncaught);
    // A runner that shows the failed step as a warning (GitHub's `Warning: … The process '…' failed with exit code 1`:
    // continue-on-error, an action that does not fail the job) says the tool's error before it did not end the job.
    if (this.lastCliError !== undefined && event.level === 'warn' && WARNED_EXIT.test(message)) this.lastCliError = undefined;
    if (verdictsOnly) return undefined;
    // A service's own log is not a tool's output: a service that logged an error and went quiet is still up.
    const toolOutput = event.format === PLAIN_TEXT_FORMAT && event.service === undefined;
    const cliError = toolOutput && (!literals || literals.holdsCliError(hits)) && !this.stopping;
    if (cliError && CLI_ERROR.test(message)) {
      this.lastCliError = event;
      this.usageFollows = false;
    } else if (this.lastCliError !== undefined && toolOutput) this.followCliError(event);
    if (toolOutput && ANSIBLE_TASK_FAILED.test(message)) this.pendingTask ??= event;
    if (literals && !literals.holdsExit(hits)) return undefined;
    const exit = this.exitOf(message);
    return exit ? fatal(event, exit) : undefined;
  }

  /** The death wordings a line holding these literals can say (all of them when the literals are not known). */
  private candidateWordings(hits: readonly number[]): readonly number[] {
    return this.literals ? this.literals.patternsIn(hits) : ALL_PATTERNS;
  }

  /** The error a format says its program exits on (LevelTable.exitsOnError), in a death wording's words if any. */
  private programExit(
    event: LogEvent & { hits?: readonly number[] }, levels: LevelTable | undefined,
  ): FailureSignal | undefined {
    if (event.level !== 'error' && event.level !== 'fatal') return undefined;
    const program = levels?.exitsOnError?.(event.fields, event.message);
    if (program === undefined) return undefined;
    // A death wording on the line says more than that the program stopped on it (Loki's `error loading config`).
    return deathWording(this.candidateWordings(event.hits ?? []), event.message, event.fields, false) ?? { kind: 'exit', detail: `${program} failed on an error` };
  }

  /** The exit of a program supervisord respawned RESPAWN_LOOP_EXITS times (SUPERVISED_EXIT_ZERO). */
  private respawnLoop(message: string): FailureSignal | undefined {
    if (!message.includes('; not expected)')) return undefined;
    const program = SUPERVISED_EXIT_ZERO.exec(message)?.[1];
    if (program === undefined) return undefined;
    const exits = (this.unexpectedExits.get(program) ?? 0) + 1;
    if (exits === 1 && this.unexpectedExits.size >= MAX_COUNTED_PROGRAMS) return undefined;
    this.unexpectedExits.set(program, exits);
    return exits >= RESPAWN_LOOP_EXITS ? { kind: 'crash-loop', detail: `supervisord respawned ${program}, which kept exiting` } : undefined;
  }

  /** A PIN_NOTICE, or a registry's answer listed under one: the deploy's note, not a failure. */
  private pinNoticeDetail(line: number, message: string): boolean {
    if (message.startsWith(PIN_NOTICE)) {
      this.pinNoticeAt = line;
      return true;
    }
    return line - this.pinNoticeAt <= PIN_NOTICE_DETAIL_LINES && REGISTRY_ANSWER.test(message);
  }

  /** A Java exception whose cause said it died (see apply). */
  private causeSignal(event: LogEvent): FailureSignal | undefined {
    if (event.block?.kind !== 'java-exception') return undefined;
    const cause = this.causes.get(event.line);
    if (cause === undefined) return undefined;
    this.causes.delete(event.line);
    return { kind: cause.kind, detail: `${cause.detail}: the exception's cause` };
  }

  /** A caret or a throw marks what may follow it; an exception line under a mark is an uncaught exception. */
  private uncaughtException(event: LogEvent, mayMark: boolean): FailureSignal | undefined {
    const { message, line } = event;
    if (mayMark && UNCAUGHT_MARK.test(message)) {
      this.uncaughtMark = line;
      return undefined;
    }
    if (this.uncaughtMark === undefined || line - this.uncaughtMark > UNCAUGHT_GAP_LINES) return undefined;
    if (!UNCAUGHT_EXCEPTION.test(message)) return undefined;
    this.uncaughtMark = undefined;
    return { kind: 'exception', detail: 'an exception printed under its source line and caret (uncaught)' };
  }

  /** Tool output after its last error: the tool went on (the error was not its last word), or printed its usage. */
  private followCliError(event: LogEvent): void {
    const error = this.lastCliError!;
    if (CLI_WENT_ON.test(event.message)) this.lastCliError = undefined;
    else if (event.line - error.line <= CLI_USAGE_GAP_LINES && CLI_USAGE.test(event.message)) this.usageFollows = true;
  }

  /** The last exception, with LAST_TRACE_FRAMES frames or more, when its block reaches the input's last line. */
  private endingTrace(lines: number): LogEvent | undefined {
    const trace = this.lastTrace;
    const block = trace?.block;
    if (trace === undefined || block === undefined || trace.failure !== undefined || this.stopping) return undefined;
    const frames = block.detail.reduce((count, line) => count + (TRACE_FRAME.test(line) ? 1 : 0), block.omitted);
    if (frames < LAST_TRACE_FRAMES) return undefined;
    return trace.line + block.span - 1 >= lines ? trace : undefined;
  }

  /** What follows a failed Ansible task: `...ignoring` forgives it, a PLAY RECAP leaves the verdict to its rows. */
  private followFailedTask(message: string): void {
    if (ANSIBLE_RECAP.test(message)) {
      this.pendingTask = undefined;
      this.failedTask = undefined;
      return;
    }
    if (this.pendingTask === undefined) return;
    // A loop's failed items come one after another, and one `...ignoring` after the last forgives them all.
    if (ANSIBLE_TASK_FAILED.test(message)) return;
    if (!ANSIBLE_IGNORED.test(message)) this.failedTask ??= this.pendingTask;
    this.pendingTask = undefined;
  }

  /**
   * The input ended after `lines` lines. Its last command-line error, if the output ended within
   * CLI_ERROR_TAIL_LINES after it (CLI_USAGE_TAIL_LINES under its usage), was how the tool ended (it
   * exits non-zero on it); a failed Ansible task neither ignored nor followed by a recap failed the
   * play; pytest's totals that counted a failure, or else the first `E   …` line of its report (or else
   * its first PYTEST_BANNER) where pytest said no test's result, in an input no line of which said what
   * failed (a run cut to its summary, an excerpt of one report), are that failure; a service still
   * retrying when its log ends never became ready (retry-loop.ts). Those events, given their signal
   * now, are returned for the collectors that saw them without one; with them, where the input's CI job
   * said it succeeded after every signal (JOB_SUCCEEDED), the line it said so.
   */
  finish(lines: number): InputEnd {
    const late: LogEvent[] = [];
    const dies = (event: LogEvent, signal: FailureSignal): void => {
      event.failure = fatal(event, signal);
      late.push(event);
    };
    const last = this.lastCliError;
    const tail = this.usageFollows ? CLI_USAGE_TAIL_LINES : CLI_ERROR_TAIL_LINES;
    if (last !== undefined && last.failure === undefined && lines - last.line <= tail) {
      dies(last, { kind: 'exit', detail: 'the output ends on an error (a tool exits on it)' });
    }
    const trace = this.endingTrace(lines);
    if (trace !== undefined) {
      dies(trace, { kind: 'exception', detail: 'the input ends on an exception and its stack (the program\'s last word)' });
    }
    const task = this.failedTask ?? this.pendingTask;
    if (task !== undefined && task.failure === undefined) {
      dies(task, { kind: 'exit', detail: 'an Ansible task failed (neither ignored nor recapped)' });
    }
    const pytest = this.failedTotals
      ?? (this.testResults ? undefined : this.failureDetail ?? this.pytestBanner ?? this.progressFailed);
    if (pytest !== undefined && !this.signalled && late.length === 0 && pytest.failure === undefined) {
      const detail = pytest === this.failedTotals ? 'pytest counted failed tests (its totals)'
        : pytest === this.failureDetail ? "a failure's report from pytest (its E lines)"
          : pytest === this.progressFailed ? 'a test runner marked a test failed in its progress (F or E)'
            : 'pytest reported failures or a timeout (its banner)';
      pytest.failure = { kind: 'test-failed', detail };
      late.push(pytest);
    }
    // A traceback cut at both ends explains the input's end only where nothing else did (a test runner's
    // thread dumps under its timeout banner are frames shaped alike).
    const cut = this.cutTraceback;
    if (cut !== undefined && cut.failure === undefined && !this.signalled && late.length === 0 && !this.stopping) {
      dies(cut, cutBlockSignal(cut));
    }
    for (const { event, retries } of this.retries.stuck(lines)) {
      if (event.failure !== undefined) continue;
      event.failure = { kind: 'stuck-retrying', detail: `still retrying when its log ends (${retries} times in a row)` };
      late.push(event);
    }
    const jobSucceededAt = this.toleratedBy(lines, late);
    this.signalled = false;
    this.failedTotals = undefined;
    this.failureDetail = undefined;
    this.pytestBanner = undefined;
    this.progressFailed = undefined;
    this.testResults = false;
    this.lastCliError = undefined;
    this.usageFollows = false;
    this.uncaughtMark = undefined;
    this.lastTrace = undefined;
    this.cutTraceback = undefined;
    this.causes.clear();
    this.pendingTask = undefined;
    this.failedTask = undefined;
    this.jobSucceededAt = undefined;
    this.lastSignalLine = 0;
    this.pinNoticeAt = Number.NEGATIVE_INFINITY;
    return jobSucceededAt === undefined ? { late } : { late, jobSucceededAt };
  }

  /** The line of the job's verdict that it succeeded, when it ends the input after every signal of it. */
  private toleratedBy(lines: number, late: readonly LogEvent[]): number | undefined {
    const verdict = this.jobSucceededAt;
    if (verdict === undefined || lines - verdict > JOB_VERDICT_TAIL_LINES) return undefined;
    const lastSignal = Math.max(this.lastSignalLine, ...late.map((event) => event.line));
    return lastSignal < verdict ? verdict : undefined;
  }

  private exitOf(message: string): FailureSignal | undefined {
    if (SYSTEMD_HELPER_PROCESS.test(message)) return undefined;
    const exit = EXIT_CODE.exec(message);
    if (!exit) return undefined;
    const said = exit.slice(1).find((group) => group !== undefined)!;
    // A test harness's skipped test: 77 is how automake's and Meson's tests say they were skipped
    // (`2/6 piper / python-ruff-check  SKIP  0.01s   exit status 77`).
    if (said === '77' && SKIPPED_TEST.test(message)) return undefined;
    return this.exitCodeSignal(Number(said), said.startsWith('0x') ? said : undefined);
  }

  private exitCodeSignal(code: number, saidInHex?: string): FailureSignal | undefined {
    if (code === 0 || (STOP_CODES.has(code) && this.stopping)) return undefined;
    return { kind: 'exit', detail: `exit code ${saidInHex ?? code}` };
  }
}
