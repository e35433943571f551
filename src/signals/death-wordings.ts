/**
 * The wordings of failure: lines that say a process died or a test failed, in any format and any
 * runtime, each with the signal it gives and the literals the prefilter hands its lines on by.
 * Data only: how a line is tried against them, and what else makes a failure (an exit code, a
 * tool's last word, a failed Ansible task), is signals/failure.ts. Each wording is a real one:
 * its line and source are in test/signals/failure.test.ts.
 */
import type { FailureKind } from '../events.js';

/** A wording that says a process died or a test failed, and the signal it gives. */
export interface DeathPattern {
  kind: FailureKind;
  pattern: RegExp;
  detail: string;
  /** Counts whatever level the line is logged at (a tool's verdict), not only at error or none. */
  whateverLevel?: true;
  /**
   * For the prefilter: every line the pattern matches holds one of these, and a line is tried
   * only against the patterns whose literals it holds. Each is the part of its wording whose
   * rarest five bytes are rare in logs too (the prefilter keys a literal on them): `l pid term`,
   * not `Kernel pid terminated`, whose `Kerne` every kernel line holds.
   */
  literals: readonly string[];
}

/**
 * Python's errors a failing test raises most, by name: `Error` alone as a literal would hand on
 * every line holding `error` (the prefilter keys a five-byte literal on its `rror`).
 */
const PYTHON_ERRORS: readonly string[] = [
  'AssertionError', 'ValueError', 'TypeError', 'KeyError', 'AttributeError', 'RuntimeError', 'IndexError', 'ImportError',
  'ModuleNotFoundError', 'NameError', 'OSError', 'FileNotFoundError', 'TimeoutError', 'ZeroDivisionError', 'NotImplementedError',
];

/** A pod's status or waiting reason when its container cannot run. */
const POD_CANNOT_RUN = 'ContainerCannotRun|ImagePullBackOff|ErrImagePull|CreateContainerConfigError|CreateContainerError|RunContainerError|InvalidImageName';

/**
 * Lines that say a process died or a test failed, in any format and any runtime (inferred where
 * the line carries no level of its own, or an error level: an app logs its own death at ERROR).
 * Each wording is a real one: the sources are named in test/signals/failure.test.ts.
 */
export const DEATH_PATTERNS: readonly DeathPattern[] = [
  { kind: 'test-failed', pattern: /^_* ?ERROR collecting \S/, detail: 'pytest collection error', literals: ['ERROR collecting'] },
  // pytest: a fixture's error before or after its test (`_____ ERROR at setup of test_query _____`), a collection it
  // stopped (`!!!!! Interrupted: 1 error during collection !!!!!`), pytest-xdist's worker that crashed, a run with
  // no test in it (`=== no tests ran in 0.01s ===`: pytest exits 5, and the CI step fails).
  {
    kind: 'test-failed',
    pattern: /^\s*_* ?ERROR at (?:setup|teardown) of \S|^!+ Interrupted: \d+ errors? during collection\b|\bnode down: Not properly terminated\b|\breplacing crashed worker gw\d|^=* ?no tests ran in \d/,
    detail: 'pytest: a fixture errored, collection stopped, a worker crashed or no test ran',
    literals: ['ERROR at setup of', 'ERROR at teardown of', 'during collection', 'node down: ', 'crashed worker', 'no tests ran'],
  },
  { kind: 'test-failed', pattern: /^\s+FAILED [\w./-]+\.py::/, detail: 'pytest failure', literals: ['FAILED '] },
  { kind: 'test-failed', pattern: /^\s*--- FAIL: \S|^FAIL\t\S/, detail: 'go test failure', literals: ['--- FAIL: ', 'FAIL\t'] },
  { kind: 'test-failed', pattern: /^test result: FAILED\b|^test \S+ \.\.\. FAILED\s*$/, detail: 'cargo test failure', literals: ['test result: FAILED', ' ... FAILED'] },
  // A test file's result line too: ` FAIL  src/a.test.js` (a log cut before the totals).
  {
    kind: 'test-failed',
    pattern: /^\s*(?:Tests|Test Suites|Test Files):?\s+[1-9]\d* failed\b|^ ?FAIL {1,2}\S+\.[cm]?[jt]sx?\b/,
    detail: 'jest or vitest failures',
    literals: [' failed', 'FAIL '],
  },
  { kind: 'test-failed', pattern: /^\s*[1-9]\d* failing\s*$/, detail: 'mocha failures', literals: [' failing'] },
  // TAP (bats, node:test, prove): a `# SKIP` or `# TODO` directive makes `not ok` no failure.
  { kind: 'test-failed', pattern: /^\s*not ok \d+\b[^#\n]*$/, detail: 'TAP failure', literals: ['not ok '] },
  { kind: 'test-failed', pattern: /^\d+ examples?, [1-9]\d* failures?\b|^\s*Failure\/Error: /, detail: 'rspec failures', literals: [' examples, ', ' example, ', 'Failure/Error: '] },
  // PHPUnit's verdicts (`FAILURES!`, `ERRORS!`) and a failure's report cut from them (`Failed asserting that two
  // arrays are identical.`); Pest's and Collision's (`   FAIL  Tests\Unit\ExampleTest`, `  FAILED  stocks\tests\…`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^(?:FAILURES|ERRORS)!\s*$|^There (?:was|were) [1-9]\d* (?:failure|error)s?:\s*$|^Failed asserting that \S/.source,
      /^\s{0,4}FAIL(?:ED)? {2}[A-Za-z_]\w*(?:\\[A-Za-z_]\w*)+/.source,
    ].join('|')),
    detail: 'phpunit or Pest failures',
    literals: ['FAILURES!', 'ERRORS!', 'There was ', 'There were ', 'Failed asserting that', 'FAIL  ', 'FAILED  '],
  },
  // Mocha's test that timed out (`Error: Timeout of 500ms exceeded. For async tests and hooks, ensure "done()" is
  // called; …`), Karma's browser that never came back (`Disconnected (1 times)reconnect failed before timeout of
  // 2000ms (ping timeout)`).
  {
    kind: 'test-failed',
    pattern: /\bTimeout of \d+ms exceeded\. For async tests and hooks\b|\breconnect failed before timeout of \d+ms\b/,
    detail: 'a mocha test timed out, or Karma lost its browser',
    whateverLevel: true,
    literals: ['For async tests and hooks', 'reconnect failed before timeout'],
  },
  // behave says it in lower case, and its totals per features, scenarios and steps; its hook errors stop the run.
  {
    kind: 'test-failed',
    pattern: /^Failing [Ss]cenarios:\s*$|^\d+ (?:features?|scenarios?|steps?) passed, [1-9]\d* failed\b|^HOOK-ERROR in \w+:/,
    detail: 'cucumber or behave failures',
    literals: ['Failing Scenarios:', 'Failing scenarios:', ' passed, ', 'HOOK-ERROR in'],
  },
  // ExUnit (`147 tests, 1 failure`, doctests and properties counted before; a failure's header, `  2) test
  // parses Twitter Cards (Furlex.Parser.TwitterTest)`, and its `Assertion with == failed`), Dart and Flutter's
  // reporter (`00:05 +0 -1: Some tests failed.`), clojure.test and Leiningen, Haskell's hspec
  // (`… FAILED [1]`) and doctest, Perl's prove, zig's test runner and build summary.
  {
    kind: 'test-failed',
    pattern: new RegExp('^\\s*(?:\\d+ (?:doctests?|propert(?:y|ies)), )*\\d+ tests?, [1-9]\\d* failures?\\b|^\\d+:\\d+ \\+\\d+(?: [~-]\\d+)*: Some tests failed\\.'
      + '|^\\s+\\d+\\) test \\S[^\\n]* \\([A-Z][\\w.]*\\)\\s*$|^\\s+Assertion with \\S+ failed\\s*$'),
    detail: 'ExUnit or Dart failures',
    literals: [' tests, ', ' test, ', 'Some tests failed', ') test ', 'Assertion with '],
  },
  {
    kind: 'test-failed',
    pattern: /^\s*(?:FAIL|ERROR) in \([^)\n]+\) \(|^\s*(?:[1-9]\d* failures, \d+|\d+ failures, [1-9]\d*) errors\.\s*$|^Tests failed\.\s*$/,
    detail: 'clojure.test or Leiningen failures',
    literals: ['FAIL in (', 'ERROR in (', ' failures, ', 'Tests failed.'],
  },
  {
    kind: 'test-failed',
    pattern: /\bFAILED \[\d+\]\s*$|^\s*Examples: \d+ +Tried: \d+ +Errors: (?:[1-9]\d*|\d+ +Failures: [1-9])/,
    detail: 'hspec or doctest failures',
    literals: ['FAILED [', 'Tried: '],
  },
  {
    kind: 'test-failed',
    pattern: /\bDubious, test returned [1-9]\d*|^\s*# Looks like you failed \d+ tests? of \d+|^Result: FAIL\s*$/,
    detail: 'Perl test failures (prove)',
    literals: ['Dubious, test', 'Looks like you failed', 'Result: FAIL'],
  },
  {
    kind: 'test-failed',
    pattern: /^Build Summary: \d+\/\d+ steps succeeded; [1-9]\d* failed|^\d+ passed; \d+ skipped; [1-9]\d* failed\.|\.\.\. FAIL \(\w+\)\s*$/,
    detail: 'zig test failures',
    literals: ['steps succeeded;', ' skipped; ', '... FAIL ('],
  },
  // sbt prints its verdicts at [info] and [error]: ScalaTest's `*** 1 TEST FAILED ***`, the totals
  // of JUnit or utest, `(Test / test) sbt.TestsFailedException: Tests unsuccessful`, a failed compile.
  {
    kind: 'test-failed',
    pattern: new RegExp('\\*\\*\\* \\d+ TESTS? FAILED \\*\\*\\*|\\bFailed: (?:: )?Total \\d+, Failed (?:[1-9]|\\d+, Errors [1-9])|^\\[info\\] Failed: [1-9]\\d*\\s*$'
      + '|^\\[error\\] \\([^)\\n]*\\) (?:sbt\\.TestsFailedException: )?(?:Tests unsuccessful|Compilation failed)\\b'
      // sbt 1.4's bare `[error] Compilation failed` above a stack, and scalac's count (`[error] one error found`).
      + '|^\\[error\\] Compilation failed\\s*$|^\\[error\\] (?:one|two|three|four|\\d+) errors? found\\s*$'),
    detail: 'sbt test or compile failures (ScalaTest, JUnit, utest, scalac)',
    whateverLevel: true,
    // `Failed: ` holds sbt's `Failed: Total …` too.
    literals: ['TESTS FAILED', 'TEST FAILED **', 'Failed: ', 'Tests unsuccessful', 'Compilation failed', ' error found', ' errors found'],
  },
  // XCTest: swift test's `…Tests.swift:18: error: Suite.testX : XCTAssertTrue failed - …`, Xcode's
  // totals and case lines.
  {
    kind: 'test-failed',
    pattern: /: error: [^:\n]+ : XCT[A-Za-z]* failed\b|^\s*Executed \d+ tests?, with [1-9]\d* failures?|^Test Case '[^'\n]+' failed \(/,
    detail: 'XCTest failures',
    literals: [': XCT', 'tests, with ', 'test, with ', "' failed ("],
  },
  // C and C++ test runners, .NET's test adapters, cargo-nextest, a test harness's own count: GoogleTest's `[  FAILED  ]
  // Suite.Test` and `bfs_test.cpp:39: Failure`, CTest's `6/27 Test  #6: qa_ts_fft_cc ....***Failed    0.16 sec` and
  // `Errors while running CTest`, VSTest's `  Failed Api.Test.X [2 s]` and xUnit's `[xUnit.net 00:00:26.04]     X
  // [FAIL]`, nextest's `        FAIL [   0.010s]  openssl pkey::tests::test_ec_gen`, `6 tests failed.`
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^\[ {2}FAILED {2}\] \S|^\S+:\d+: Failure\s*$/.source,
      /\*\*\*(?:Failed|Timeout)\b|\*\*\*Exception: |^Errors while running CTest\b/.source,
      /^\s*Failed \S+ \[[<\d][^\]\n]{0,20}\]\s*$|^\[xUnit\.net [\d:.]+\] +\S.* \[FAIL\]\s*$/.source,
      // xUnit's console and DNX runners, with no time prefix
      // (`    Ns.DthTests.DthNegative_BrokenProjectPathInLockFile [FAIL]`).
      // (`    Ns.DthTests.DthNegative_BrokenProjectPathInLockFile [FAIL]`), behind Jenkins' Timestamper too.
      /^(?:\d{2}:\d{2}:\d{2} )?\s*[A-Za-z_][\w.]*(?:\([^()\n]*\))? \[FAIL\]\s*$/.source,
      /^\s*(?:FAIL|SIGSEGV|SIGABRT|TIMEOUT) \[ *\d+\.\d+s\] +\S|^\s*[1-9]\d* tests? failed\.\s*$/.source,
    ].join('|')),
    detail: 'GoogleTest, CTest, dotnet test or nextest failures',
    literals: [
      '[  FAILED  ]', ': Failure', '***Failed', '***Timeout', '***Exception', 'Errors while running CTest', '  Failed ', ' [FAIL]',
      'FAIL [', 'SIGSEGV [', 'SIGABRT [', 'TIMEOUT [', ' tests failed.', ' test failed.',
    ],
  },
  // dotnet test's verdict, its summary (`Failed!  - Failed:     1, Passed:    36, …`) and the header under a failed
  // test's name (`Error Message:` alone on its line), NUnit's console (`  Overall result: Failed`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^\s*Test Run Failed\.|\bnpm ERR! Test failed\.|\btests passed, [1-9]\d* tests? failed out of \d/.source,
      /^\s*Failed!\s+- Failed:\s+[1-9]|^\s*Error Message:\s*$|^\s*Overall result: Failed\b/.source,
    ].join('|')),
    detail: 'dotnet test, NUnit, npm test or ctest failures',
    literals: [
      'Test Run Failed', 'Test failed.', ' tests failed out of', ' test failed out of', 'Failed!', 'Error Message:',
      'Overall result: Failed',
    ],
  },
  // The JUnit Platform's console launcher (JUnit 5): its tree's header over the failed tests (`Failures (1):`,
  // behind a build tool's prefix too: Ant's `[java] Failures (1):`) and its summary's box (`[         1 tests
  // failed          ]`, `containers failed` for a class that could not start).
  {
    kind: 'test-failed',
    pattern: /(?:^|\] )Failures \(\d+\):\s*$|^\[ +[1-9]\d* (?:tests|containers) failed +\]\s*$/,
    detail: 'JUnit Platform console launcher failures',
    literals: ['Failures (', 'tests failed ', 'containers failed '],
  },
  {
    kind: 'test-failed',
    // Surefire's list of failed tests under its `[ERROR] Failures:` heading, which GitHub Actions shows as
    // `Error:  Failures: ` (keycloak/keycloak-quickstarts#712).
    pattern: new RegExp([
      /\bTests run: \d+, Failures: (?:[1-9]\d*, Errors: \d+|\d+, Errors: [1-9])/.source,
      /^(?:\[ERROR\]|Error:) +Failures: *$/.source,
    ].join('|')),
    detail: 'JUnit failures (Maven Surefire)',
    literals: ['s run: ', ' Failures:'],
  },
  // Surefire's verdict on a test class, at any level: GWT's JUnit under Maven logs it at INFO, two spaces after `<<<`
  // (`Tests run: 10, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 8.325 sec <<<  FAILURE!`).
  {
    kind: 'test-failed',
    pattern: /\bTime elapsed: [\d.,]+ s(?:ec)?\s+<<<\s+(?:FAILURE|ERROR)!/,
    detail: 'JUnit failures (Maven Surefire)',
    whateverLevel: true,
    literals: ['<<< FAILURE!', '<<<  FAILURE!', '<<< ERROR!', '<<<  ERROR!'],
  },
  // Gradle: a test method, a test task by any name (`:app:testDebugUnitTest FAILED`), the report it
  // points at; in its --debug log too, after the logger's name.
  {
    kind: 'test-failed',
    // Gradle's cause too, under an exception's frames (`Caused by: org.gradle.api.GradleException: There were failing
    // tests. See the report at: …`).
    pattern: /^\S* > \S.* FAILED\s*$|(?:^|\s)(?:> Task )?:(?:[\w-]+:)*(?:test[a-zA-Z\d]*|[a-z][a-zA-Z\d]*Test) FAILED\s*$|(?:^|\s)> There were failing tests\.|GradleException: There were failing tests\./,
    detail: 'Gradle test failures',
    literals: [' FAILED', 'There were failing tests'],
  },
  // The build's own verdict is a non-zero exit: a harness-red kind would be taken as a red tier's.
  // xcodebuild's verdict through xcpretty and fastlane too (`[15:48:30]: ▸ ** BUILD FAILED **`).
  // Maven says its BUILD FAILURE at [INFO] (Maven 2 at [ERROR]): the verdict counts whatever level it is said at,
  // behind an Ant task's prefix too (`[artifact:mvn] [INFO] BUILD FAILURE`, eclipse-ee4j/glassfish#24241) or a
  // wrapper's (Project Piper's `info  mavenBuild - [INFO] BUILD FAILURE`).
  {
    kind: 'exit',
    pattern: /(?:^|\] |\S - )(?:\[(?:INFO|ERROR)\] )?BUILD FAILURE\s*$|^BUILD FAILED\b|\bFAILURE: Build failed with an exception\.|\bFAILURE: Build completed with \d+ failures?\b|\bExecution failed for task '|^Finished: FAILURE\s*$|(?:^\s*|▸ )\*\* (?:BUILD|TEST|ARCHIVE) FAILED \*\*/,
    detail: 'CI build failed (Maven, Gradle, Jenkins, Xcode)',
    whateverLevel: true,
    literals: ['BUILD FAIL', 'Build failed with an exception', 'Build completed with', 'Execution failed for task', 'Finished: FAILURE', 'TEST FAILED **', 'ARCHIVE FAILED'],
  },
  { kind: 'panic', pattern: /^(?:panic: |fatal error: )|\bhttp: panic serving /, detail: 'Go panic', literals: ['panic: ', 'fatal error: ', 'http: panic serving'] },
  // Rust 1.89 and later name the thread's id (`thread 'tuwunel:worker' (18) panicked at src/router/serve.rs:43:18:`).
  { kind: 'panic', pattern: /\bthread '[^'\n]*'(?: \(\d+\))? panicked at\b/, detail: 'Rust panic', literals: ['\' panicked at', ') panicked at'] },
  // A Rust backtrace's frames of the panic machinery, when the panic's own line was not captured or was printed by a
  // hook of the program's (Materialize's `materialized encountered an internal error and crashed.`, then `   2:
  // std::panicking::rust_panic_with_hook`); Quickwit's actor that ended on a panic (`actor-exit-without-success
  // actor="Indexer-fragrant-WBlt" exit_status=Panicked`).
  {
    kind: 'panic',
    pattern: /^\s*\d+: +(?:std::panicking::rust_panic_with_hook|_?rust_begin_unwind|core::panicking::panic(?:_fmt)?)\s*$|\bexit_status=Panicked\b/,
    detail: 'Rust panic (its backtrace, or an actor that panicked)',
    whateverLevel: true,
    literals: ['rust_panic_with_hook', 'rust_begin_unwind', 'core::panicking::panic', 'exit_status=Panicked'],
  },
  { kind: 'exception', pattern: /^Traceback \(most recent call last\):/, detail: 'Python traceback', literals: ['Traceback (most'] },
  // IPython's and Jupyter's, the exception's name first (`UnknownError                              Traceback (most
  // recent call last)`): a notebook's cell that raised.
  {
    kind: 'exception',
    pattern: /^\w+(?:Error|Exception)\s+Traceback \(most recent call last\)/,
    detail: 'Python traceback (IPython)',
    literals: ['Traceback (most'],
  },
  // The JVM's own wording; Cassandra's logger puts its level and time before it (`ERROR 13:57:02 Exception in thread
  // Thread[InternalResponseStage:4,5,main]`).
  {
    kind: 'exception',
    pattern: /^Exception in thread "|^[A-Z]+ +[\d:.,]+ Exception in thread Thread\[/,
    detail: 'uncaught Java exception',
    literals: ['Exception in thread'],
  },
  // Its time may stand before it (Aspire's dashboard: `      2025-01-03T00:08:53.0630000Z Unhandled exception. …`).
  {
    kind: 'exception',
    pattern: /^\s*(?:\d{4}-\d\d-\d\dT[\d:.]+Z? )?Unhandled [Ee]xception[.:] /,
    detail: 'unhandled .NET exception',
    literals: ['Unhandled exception', 'Unhandled Exception'],
  },
  // A log viewer may glue its time to the line (Rancher 1: `13/05/2017 15:24:39/home/zammad/app/models/store/provider/
  // file.rb:32:in `get': ERROR: No such file … (RuntimeError)`).
  {
    kind: 'exception',
    pattern: /^(?:\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d)?(?:[A-Za-z]:)?\/\S*:\d+:in [`'][^'\n]*': [^\n]*\([A-Z][\w:]*\)$|\bbundler: (?:failed to load command|command not found): /,
    detail: 'uncaught Ruby exception',
    literals: [':in `', ':in \'', 'failed to load command', 'bundler: command not found'],
  },
  { kind: 'exception', pattern: /^terminate called after throwing an instance of /, detail: 'uncaught C++ exception', literals: ['terminate called after throwing'] },
  // BEAM: a process that crashed, a node that stopped; a supervisor that could not start a child
  // (`errorContext: start_error`), an application whose start crashed (`… in application_master:init/4
  // line 138`; Elixir's `Application pleroma exited: exited in: Pleroma.Application.start(:normal, [])`).
  {
    kind: 'exception',
    pattern: /\b(?:GenServer|gen_server|Generic server) \S+ terminat(?:ing|ed with reason)\b|=CRASH REPORT|\bKernel pid terminated\b|\bapplication_start_failure\b|\bshutdown: failed to start child\b|\bCrash dump is being written to\b|\bCRASH REPORT Process \S+ with \d+ neighbours crashed\b|\binit terminating in do_boot\b|\bexited: \{\{shutdown,|^\*\* gen_event handler \S+ crashed\.|^\*\* \(Mix\) Could not start application\b|\berrorContext: start_error\b|\bin application_master:init\/\d/,
    detail: 'Erlang/Elixir process crash',
    literals: ['GenServer ', 'gen_server ', 'Generic server ', 'CRASH REPORT', 'l pid term', 'application_start_failure', 'failed to start child', 'Crash dump is being written', 'do_boot', 'exited: {{shutdown',
      'gen_event handler', 'Could not start application', 'start_error', 'application_master:init'],
  },
  // Elixir's Logger reports it at notice.
  {
    kind: 'exception',
    pattern: /\bApplication \S+ exited: exited in: \S/,
    detail: 'an Elixir application\'s start crashed',
    whateverLevel: true,
    literals: ['exited: exited in'],
  },
  // Spring Boot 1.x said it at ERROR (`o.s.boot.SpringApplication : Application startup failed`).
  {
    kind: 'exception',
    pattern: /^APPLICATION FAILED TO START\s*$|\bApplication (?:run|startup) failed\b/,
    detail: 'application failed to start (Spring Boot)',
    literals: ['APPLICATION FAILED', 'run failed', 'startup failed'],
  },
  {
    kind: 'exception',
    // Before Node 15 an unhandled rejection was a warning and the process went on (`(node:1)
    // UnhandledPromiseRejectionWarning: …`), as it goes on under Bluebird (`Unhandled rejection SequelizeDatabaseError:
    // …`, `Possibly unhandled …`): the promise's work failed all the same, and nothing handled it. Not a connection
    // a starting app tries before its database is up (`…Warning: Error: connect ECONNREFUSED 127.0.0.1:5432`): it
    // tries again.
    pattern: new RegExp([
      /\bUnhandledPromiseRejection\b|\bUnhandledPromiseRejectionWarning: (?![\w.]*Error: connect E(?:CONNREFUSED|NOTFOUND|AI_AGAIN)\b)/.source,
      /\bERR_UNHANDLED_REJECTION\b|\btriggerUncaughtException\(|^Node\.js v\d+\.\d+\.\d+\s*$|^(?:Unhandled rejection|Possibly unhandled) \S/.source,
    ].join('|')),
    detail: 'uncaught exception (Node.js)',
    literals: ['UnhandledPromiseRejection', 'ERR_UNHANDLED_REJECTION', 'triggerUncaughtException(', 'Node.js v', 'Unhandled rejection', 'Possibly unhandled'],
  },
  { kind: 'fatal', pattern: /\[(?:emerg|alert|crit)\] /, detail: 'nginx/Apache emerg, alert or crit', literals: ['[emerg]', '[alert]', '[crit]'] },
  {
    kind: 'fatal',
    // Exim's `exim: could not open panic log - aborting: see message(s) above`.
    pattern: /(?<![\w-])Fatal (?:error|Python error)\b|\bnode::Abort\(\)|\bUnrecoverable error\b|\bPHP Parse error: |\bexiting abnormally\b| - aborting(?::|\.?\s*$)/,
    detail: 'fatal error',
    literals: ['Fatal error', 'hon error', 'node::Abort()', 'Unrecoverable error', 'PHP Parse error', 'exiting abnormally', ' - aborting'],
  },
  // A process that exited abnormally, as its parent or its launcher says: OpenSMTPD's `warn: lost child: smtp exited
  // abnormally` (said at WARN by the parent that goes down with it, `parent terminating`), EMQX's start script's
  // `['2020-03-28T03:02:59Z']:emqx exit abnormally`. Servers whose own words say they stopped: Cassandra's
  // `JVMStabilityInspector.java:82 - Exiting due to error while processing commit log during initialization.`,
  // CockroachDB's `ERROR: cockroach server exited with error: …`, Neo4j's `Neo4j cannot be started, because the
  // database files require upgrading …`.
  {
    kind: 'fatal',
    // The words end its line: logrotate's cron script's daily `ALERT exited abnormally with [1]` (Loghub's Linux
    // sample) is a report of a job's status, said the same way every night on a healthy host.
    pattern: /\bexit(?:ed)? abnormally\.?\s*$/,
    detail: 'a process exited abnormally',
    whateverLevel: true,
    literals: ['exited abnormally', 'exit abnormally'],
  },
  {
    kind: 'fatal',
    // conduwuit's `ERROR conduit: Critical error starting server: Corruption: …`, Mattermost's `Error starting server`.
    // Grafana's `lvl=eror msg="Server shutdown" logger=server reason="Service init failed: Migration failed err: …"`.
    // OpenVPN's `Exiting due to fatal error`, at notice.
    pattern: /\bExiting due to (?:fatal )?error\b|\bserver exited with error\b|\bcannot be started, because\b|\b[Ee]rror starting (?:the )?server\b|^Service init failed: /,
    detail: 'a server said it stopped on an error (Cassandra, CockroachDB, Neo4j, conduwuit, Mattermost, Grafana)',
    literals: [
      'Exiting due to error', 'Exiting due to fatal error', 'server exited with error', 'cannot be started, because', 'rror starting server', 'rror starting the server',
      'Service init failed: ',
    ],
  },
  { kind: 'exception', pattern: /\bUncaught [Ee]xception\b/, detail: 'uncaught exception', literals: ['Uncaught Exception', 'Uncaught exception'] },
  { kind: 'fatal', pattern: /\[ERROR\] (?:\[MY-\d+\] \[Server\] )?Aborting\s*$/, detail: 'mysqld aborted', literals: ['Aborting'] },
  { kind: 'fatal', pattern: /\S died\. Shutting down\b/, detail: 'a supervised process died', literals: [' died. Shutting down'] },
  { kind: 'fatal', pattern: /\bfatal task error\b|\b(?:Rejected|REJECTED) (?:less than a second|about an? \w+|\d+ \w+) ago\b/, detail: 'swarm task failed to start', literals: ['fatal task error', 'Rejected ', 'REJECTED '] },
  // A swarm task that failed, as `docker service ps` and `docker stack ps` list it (`Shutdown   Failed 8 seconds
  // ago   "starting container failed: oci runtime error…"`); one the scheduler cannot place (`Pending 33 seconds
  // ago   "no suitable node (scheduling constraints not satisfied on 1 node)"`); and the image a node cannot find,
  // in `docker service create`'s progress (`1/1: No such image: crazy-max/swarm-cronjob:latest`) or the table's
  // ERROR column (not `docker rmi`'s `Error: No such image: x`, a clean-up that found nothing to remove).
  {
    kind: 'fatal',
    // A failed task whose ERROR is its exit code is that exit (EXIT_CODE), which says more; but for 137 and 143, which
    // the row's own `Shutdown` (its desired state) would excuse as a stop: a task that failed was not stopped.
    pattern: new RegExp([
      /\b(?:Failed|FAILED) (?:less than a second|about an? \w+|\d+ \w+) ago\b(?! +"task: non-zero exit \((?!137\)|143\))\d)/.source,
      /"no suitable node \(|^\d+\/\d+: No such image: \S|"No such image: \S/.source,
    ].join('|')),
    detail: 'swarm task failed, cannot be placed, or has no image',
    literals: [
      ' second ago', ' seconds ago', ' minute ago', ' minutes ago', ' hour ago', ' hours ago', ' day ago', ' days ago',
      ' week ago', ' weeks ago', ' month ago', ' months ago', 'no suitable node', 'No such image: ',
    ],
  },
  // systemd and systemctl (`Failed to start caddy.service: Unit caddy.service has a bad unit file setting.`,
  // the boot console's `[FAILED] Failed to start MySQL Server.`), and any process saying so first.
  // Keycloak's `ERROR: Failed to start server in (nonserver) mode`, LXD's `Failed starting container`; a Java server's
  // behind its logger in a layout no grammar reads (log4j's `[main] ERROR org.apache.pulsar.PulsarStandaloneStarter -
  // Failed to start pulsar service.`, JBoss's `ERROR [org.apache.activemq.artemis.core.server] AMQ224097: Failed to
  // start server: …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /(?:^(?:\[FAILED\] )?|\bERROR: |\bERROR (?:\[[\w.$-]{1,200}\] )?(?:[\w.$]{1,200} - )?(?:[A-Z]{2,8}\d{4,6}: )?)Failed to start \S/.source,
      /\bFailed starting container\b/.source,
    ].join('|')),
    detail: 'failed to start',
    literals: ['Failed to start ', 'Failed starting container'],
  },
  // Elasticsearch (its checks, its `org.elasticsearch.bootstrap.StartupException: …`), MongoDB (and the CPU 5.0 needs,
  // which it says as a warning before it dies of an illegal instruction), RabbitMQ.
  {
    kind: 'fatal',
    pattern: /\bbootstrap checks failed\b|\bbootstrap\.StartupException: |\bexception in initAndListen\b|\bBOOT FAILED\b|\brequires a CPU with AVX support\b/,
    detail: 'a server refused to start (Elasticsearch, MongoDB, RabbitMQ)',
    whateverLevel: true,
    literals: ['bootstrap', 'initAndListen', 'BOOT FAILED', 'with AVX support'],
  },
  // mysqld's crash banner (`11:40:21 UTC - mysqld got signal 11 ;`); Redis that cannot save its data and so will
  // not exit (its container is then killed).
  {
    kind: 'fatal',
    pattern: /\bmysqld got signal \d+ ;|\bhandle_fatal_signal\b|\bError trying to save the DB, can't exit\b|\berrors trying to shut down the server\b/,
    detail: 'a database server crashed or cannot stop (mysqld, Redis)',
    whateverLevel: true,
    literals: ['got signal ', 'handle_fatal_signal', 'save the DB, can', 'errors trying to shut down'],
  },
  { kind: 'fatal', pattern: /\binitdb: error: |\bpg_ctl: could not start server\b/, detail: 'postgres could not start', literals: ['initdb: error', 'could not start server'] },
  // The shell's word for a child killed by a signal that dumps core: `Aborted`, `Illegal instruction`, `Bus error` ….
  {
    kind: 'fatal',
    pattern: /^\*\*\* (?:Aborted at \d|SIG[A-Z]+ \(@0x[\da-f]+\) received by PID)|\b(?:Aborted|Illegal instruction|Bus error|Floating point exception|Trace\/breakpoint trap|Quit) +\(core dumped\)/,
    detail: 'aborted',
    literals: ['*** Aborted at', ' received by PID', '(core dumped)'],
  },
  { kind: 'exit', pattern: /\bsignal: (?:aborted|segmentation fault)\b/, detail: 'killed by a signal', literals: ['signal: aborted', 'signal: segm'] },
  { kind: 'crash-loop', pattern: /\bCrashLoopBackOff\b|\b[Bb]ack-off (?:[\dhms]+ )?restarting failed container\b/, detail: 'container restarting in a loop (Kubernetes back-off)', literals: ['CrashLoopBackOff', 'ack-off '] },
  {
    kind: 'exit',
    // `kubectl get pods` (its NAMESPACE column first with --all-namespaces); describe's waiting `Reason:`; an eviction.
    pattern: new RegExp('^(?:\\S+\\s+)?\\S+\\s+\\d+\\/\\d+\\s+(?:Init:)?(?:Error|Evicted|' + POD_CANNOT_RUN + ') {3,}\\d'
      + '|^\\s*Reason:\\s+(?:' + POD_CANNOT_RUN + '|Evicted)\\s*$'
      // Pasted with its columns collapsed to one space (`    my_pod_1 0/1 ErrImagePull 0 59m`).
      + '|^\\s*(?:\\S+ )?\\S+ \\d+\\/\\d+ (?:Init:)?(?:' + POD_CANNOT_RUN + ') \\d+ \\S+\\s*$'),
    detail: 'pod cannot run (kubectl)',
    literals: ['Error   ', 'ContainerCannotRun', 'ImagePullBackOff', 'ErrImagePull', 'ContainerConfigError', 'ontainerError', 'InvalidImageName', 'Evicted'],
  },
  // The kubelet says it at info (klog's I): an older one as `… is unhealthy …, it will be killed and re-created.`
  {
    kind: 'exit',
    pattern: /\bfailed liveness probe, will be restarted\b|\bis unhealthy \(probe result: failure\), it will be killed and re-created\b/,
    detail: 'killed by the kubelet: failed liveness probe',
    whateverLevel: true,
    literals: ['failed liveness probe', 'killed and re-created'],
  },
  // Nomad's client restarts a task whose check stays unhealthy (`watch.checks: restarting due to unhealthy check:
  // alloc_id=…`), and its restart policy gives up (`Not Restarting   Exceeded allowed attempts 2 in interval 30m0s
  // and mode is "fail"`, an allocation's recent events).
  {
    kind: 'exit',
    pattern: /\brestarting due to unhealthy check\b|\bExceeded allowed attempts \d+ in interval \S+ and mode is "fail"/,
    detail: 'Nomad restarted a task for its failed check, or gave up restarting it',
    whateverLevel: true,
    literals: ['due to unhealthy check', 'Exceeded allowed attempts'],
  },
  // A platform the image was not built for (`no matching manifest for linux/arm64/v8 in the manifest list entries`).
  {
    kind: 'fatal',
    pattern: /\bFailed to pull image "|\btoomanyrequests: |\bno matching manifest for \S+ in the manifest list entries\b/,
    detail: 'image pull failed',
    literals: ['Failed to pull image', 'toomanyrequests', 'no matching manifest'],
  },
  // Docker swarm's own progress output (`docker stack deploy`/`service update` with --detach=false): an update
  // rolled back or paused (`service update paused: update paused due to failure or early termination of task …`), a
  // task that failed while it was watched. Docker Compose v2's progress: a service it could not pull, create or start
  // (` ✘ byparr Error  manifest unknown`), a dependency `--wait` found unhealthy. The docker CLI's hint after its own
  // error (`See 'docker run --help'.`), which it prints only then.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^rollback: update rolled back due to failure\b|^service update paused: update paused due to failure\b/.source,
      /^verify: Detected task failure\b|^\s*✘ (?:Container |Network |Volume )?\S+ +Error\b|^container \S+ is unhealthy\s*$/.source,
      /^See '(?:\S*\/)?docker(?:-current)?(?: [a-z-]+){1,2} --help'\.\s*$/.source,
    ].join('|')),
    detail: 'a swarm or compose deployment, or a docker command, failed',
    whateverLevel: true,
    literals: ['update rolled back', 'update paused due to failure', 'Detected task failure', ' ✘ ', 'is unhealthy', " --help'."],
  },
  // A hosting platform's verdict on the app: AWS Lambda's time-out and its runtime killed (`Task timed out after
  // 3.07 seconds`, `Runtime exited with error: signal: killed`), Fly.io's init that saw the app exit non-zero (at
  // INFO: `INFO Main child exited normally with code: 2`) and the machine it stopped restarting (`machine has
  // reached its max restart count (10)`), Dokku's container check (`App container failed to
  // start!!`), Cloud Run's (`Cloud Run error: Container failed to start.`), Kamal's (`ERROR
  // (Kamal::Cli::Healthcheck::Error): …`) and kamal-proxy's (`Error: target failed to become healthy …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bTask timed out after \d+(?:\.\d+)? seconds\b|\bRuntime exited with error: /.source,
      /\bMain child exited normally with code: [1-9]\d*\b|\bmachine has reached its max restart count\b/.source,
      /\bApp container failed to start\b|\bCloud Run error: Container failed to start\b/.source,
      /^\s*ERROR \((?:Kamal|SSHKit)::[\w:]+\): |\btarget failed to become healthy\b/.source,
    ].join('|')),
    detail: 'the hosting platform says the app failed (Lambda, Fly.io, Dokku, Cloud Run, Kamal)',
    whateverLevel: true,
    literals: [
      'Task timed out after', 'Runtime exited with error', 'Main child exited', 'max restart count', 'container failed to start', 'Container failed to start',
      'ERROR (Kamal::', 'ERROR (SSHKit::', 'failed to become healthy',
    ],
  },
  // A panic said in the program's own words: Qdrant's panic hook (`ERROR qdrant::startup: Panic occurred in file
  // … at line 280: …`, `Panic backtrace:`), Terraform's crash banner (`!!!!! TERRAFORM CRASH !!!!!`).
  {
    kind: 'panic',
    pattern: /\bPanic occurred in file \S+ at line \d+|\bPanic backtrace:|! TERRAFORM CRASH !/,
    detail: 'the program panicked (its panic hook, its crash banner)',
    whateverLevel: true,
    literals: ['Panic occurred in', 'Panic backtrace:', 'TERRAFORM CRASH'],
  },
  // The kubelet could not run (`kubelet: Exit with error: failed to run Kubelet: failed to create kubelet: …`).
  { kind: 'fatal', pattern: /\bfailed to run Kubelet: /, detail: 'the kubelet could not run', literals: ['failed to run Kubelet'] },
  // A CI job's end that is no test's: GitHub Actions' time-out (`The job has exceeded the maximum execution time of
  // 30m0s`), act's verdict (`[CI/build] 🏁  Job failed`), MSBuild stopping on its own error (`MSBUILD : error MSB4017:
  // The build stopped unexpectedly because of an unexpected logger failure.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bThe job has exceeded the maximum execution time\b|🏁 +Job failed\b|^MSBUILD : error MSB\d+: /.source,
      // CircleCI's time-out for a silent step (`Too long with no output (exceeded 10m0s): context deadline exceeded`),
      // TeamCity's step that exited non-zero, which it flags as a warning (`[17:31:52]W: [docker] Process exited with
      // code 1`).
      /\bToo long with no output \(exceeded [\dhms.]+\)|^Process exited with code [1-9]\d*(?: \(Step: [^)\n]*\))?\s*$/.source,
    ].join('|')),
    detail: 'a CI job ended in failure (a time-out, its runner\'s verdict, MSBuild)',
    whateverLevel: true,
    literals: ['exceeded the maximum execution time', 'Job failed', 'MSBUILD : error', 'Too long with no output', 'Process exited with code'],
  },
  // The runner's own error annotation, which a step writes as it fails (Azure Pipelines' `##[error]Dotnet command
  // failed with non-zero exit code on the following projects : …`, GitHub Actions' `##[error]The operation was
  // canceled.`), or the workflow command an action prints for it, as its output shows it (setup-miniconda's
  // `Solving environment: ...working... ::error::The process '…/conda' failed with exit code null`). Not a
  // `##[error]` that names the exit code: that line is read as one (`##[error]Process completed with exit code 1.`,
  // `##[error]Bash exited with code '1'.`). The workflow command may stand anywhere in its line, so no look-ahead
  // to the line's end follows it: tried at each `::error` of a line, that would be quadratic.
  {
    kind: 'exit',
    pattern: /^##\[error\](?![^\n]*\bexit(?:ed with)? code:? '?-?\d)\S|(?:^|\s)::error(?: [^:\n]{1,200})?::\S/,
    detail: "a CI step failed (its runner's ##[error])",
    whateverLevel: true,
    literals: ['##[error]', '::error'],
  },
  // Package managers and app-build tools that gave up, in their own words: Chocolatey (`Chocolatey installed 0/1
  // packages. 1 packages failed.`, `The install of notepadplusplus was NOT successful.`), CocoaPods (`None of your
  // spec sources contain a spec satisfying the dependency: …`, `CocoaPods could not find compatible versions for pod
  // …`), fastlane (`[17:54:26]: fastlane finished with errors`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bChocolatey (?:installed|upgraded|uninstalled) \d+\/\d+ packages?\. [1-9]\d* packages? failed\b|\bThe install of \S+ was NOT successful\b/.source,
      /\bNone of your spec sources contain a spec satisfying the dependency\b|\bCocoaPods could not find compatible versions for pod\b/.source,
      /\bfastlane finished with errors\b/.source,
    ].join('|')),
    detail: 'a package manager or an app build gave up (Chocolatey, CocoaPods, fastlane)',
    whateverLevel: true,
    literals: [
      ' packages failed', ' package failed', 'was NOT successful', 'None of your spec sources', 'could not find compatible versions',
      'fastlane finished with errors',
    ],
  },
  // Infrastructure tools that gave up, in their own words: Packer (`Build 'amazon-ebs' errored: …`, `==> Builds
  // finished but no artifacts were created.`, `Failed to initialize build 'amazon-ebs': …`), a Salt state run's
  // summary (`Failed:    1`), Pulumi's stack (`error: update failed`; its program that threw: `error: Running program
  // '/app' failed with an unhandled exception:`), a Puppet agent run (`Error: Could not retrieve catalog; skipping
  // run`), cloud-init's module that failed (the user data's script: `util.py[WARNING]: Running module scripts-user
  // (<module 'cloudinit.config.cc_scripts_user' from '…'>) failed`, `Failed to run module scripts-user (scripts in
  // /var/lib/cloud/instance/scripts)`), said as a warning.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Build '[^'\n]+' errored\b|\bBuilds finished but no artifacts were created\b|^Failed to initialize build '[^'\n]+': /.source,
      /^\s*Failed:\s+[1-9]\d*\s*$|^\s*error: update failed\s*$|\bCould not retrieve catalog; skipping run\b/.source,
      /^\s*error: Running program '[^'\n]*' failed with an unhandled exception:/.source,
      /\bRunning module [\w-]+ \(<module '[^'\n]*' from '[^'\n]*'>\) failed\s*$|\bFailed to run module [\w-]+ \(scripts in /.source,
    ].join('|')),
    detail: 'an infrastructure tool gave up (Packer, Salt, Pulumi, Puppet, cloud-init)',
    whateverLevel: true,
    literals: ["' errored", 'no artifacts were created', 'Failed to initialize build', 'Failed:', 'update failed', 'skipping run',
      'with an unhandled exception', "'>) failed", 'Failed to run module'],
  },
  // Ruby's and PHP's tools: RubyGems and Bundler that cannot install (`Gem::Ext::BuildError: ERROR: Failed to build
  // gem native extension.`, `Bundler could not find compatible versions for gem "rails":`), Jekyll's build
  // (`jekyll 3.8.4 | Error:  no implicit conversion of nil into String`), a Symfony console command that threw
  // (its exception's class alone in brackets, indented: `  [ErrorException]`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bFailed to build gem native extension\b|\bBundler could not find compatible versions for gem\b|, and Bundler cannot continue\b/.source,
      // Bundler that cannot find a gem the Gemfile names (`Bundler::GemNotFound: Could not find gem 'rails (= 4.2.8)'
      // in any of the gem sources listed in your Gemfile.`), Heroku's Ruby build that failed (` !     Push rejected,
      // failed to compile Ruby app.`).
      /\bBundler::GemNotFound\b|\bPush rejected, failed to compile\b/.source,
      /^\s*jekyll \d+\.\d+\.\d+ \| Error: /.source,
    ].join('|')),
    detail: 'a Ruby build gave up (RubyGems, Bundler, Jekyll)',
    whateverLevel: true,
    literals: ['build gem native extension', 'Bundler could not find compatible', 'Bundler cannot continue', '| Error: ', 'Bundler::GemNotFound', 'Push rejected'],
  },
  {
    kind: 'exception',
    pattern: /^ {2}\[[A-Z][\w\\]*(?:Exception|Error)\]\s*$/,
    detail: 'a Symfony console command threw',
    literals: ['Exception]', 'Error]'],
  },
  // Native builds that stopped: a C or C++ compiler's error (`../main/i2c_simple_main.c:44:12: error: implicit
  // declaration of function …`: the unit does not compile), CMake's (`CMake Error at …/dts.cmake:355 (message):`,
  // `-- Configuring incomplete, errors occurred!`), crosstool-NG's (`[ERROR]  >>  Build failed in step 'Installing PPL
  // for host'`), dpkg-buildpackage's `build dependencies/conflicts unsatisfied; aborting` (said as a warning).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:[A-Za-z]:)?[^\s:]+\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|cu|s|S|f90|F90):\d+(?::\d+)?: (?:fatal )?error: /.source,
      /^\W{0,2}CMake Error(?: at [^\n]+)?:(?:\s|$)|\bConfiguring incomplete, errors occurred!/.source,
      /\bBuild failed in step '|\bbuild dependencies\/conflicts unsatisfied; aborting\b/.source,
    ].join('|')),
    detail: 'a native build stopped (a compiler, CMake, crosstool-NG, dpkg-buildpackage)',
    whateverLevel: true,
    literals: [': error: ', ': fatal error: ', 'CMake Error', 'Configuring incomplete', 'Build failed in step', 'unsatisfied; aborting'],
  },
  // Scientific workflows and their schedulers: Snakemake (`Error in rule use_ram:`, `Exiting because a job execution
  // failed.`), Nextflow (`Error executing process > 'FAIL'`), MPI (`MPI_ABORT was invoked on rank 0 …`, `*** An error
  // occurred in MPI_Init`, MPICH's `BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES`), PBS (`=>> PBS: job killed:
  // walltime 86415 exceeded limit 86400`), conda and mamba that cannot solve (`UnsatisfiableError:`, `Found conflicts!
  // Looking for incompatible packages.`, `Could not solve for environment specs`), R (`Execution halted`, R CMD check's
  // `Status: 1 ERROR, 2 NOTEs`), Julia's test failures (`Test Failed at …`, `Error During Test at …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Error in rule [\w.-]+:\s*$|\bExiting because a job execution failed\b|\bAt least one job did not complete successfully\b/.source,
      /\bError executing process > '/.source,
      /\bMPI_ABORT was invoked on rank \d|\bAn error occurred in MPI_Init\b|\bIt looks like MPI_INIT failed\b|\bBAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES\b/.source,
      /\bmpirun noticed that process rank \d+ with PID \d+ on node \S+ exited on signal\b/.source,
      /\bPBS: job killed: /.source,
      /\bUnsatisfiableError: |\bPackagesNotFoundError: |^ResolvePackageNotFound:\s*$|^\s*Found conflicts! Looking for incompatible packages\.|\bCould not solve for environment specs\b|\bEncountered problems while solving\b/.source,
      /^\s*Execution halted\s*$|^Status: [1-9] ERRORs?\b|\bError: testthat unit tests failed\b/.source,
    ].join('|')),
    detail: 'a scientific workflow, job or environment failed (Snakemake, Nextflow, MPI, PBS, conda, R)',
    whateverLevel: true,
    literals: [
      'Error in rule ', 'job execution failed', 'did not complete successfully', 'Error executing process', 'MPI_ABORT was invoked',
      'error occurred in MPI_Init', 'MPI_INIT failed', 'BAD TERMINATION', 'mpirun noticed that', 'PBS: job killed', 'UnsatisfiableError',
      'PackagesNotFoundError', 'ResolvePackageNotFound', 'Found conflicts!', 'Could not solve for environment',
      'Encountered problems while solving',
      // R CMD check's count, digit by digit: `Status: ` alone is in every line docker pull ends an image with.
      'Execution halted', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((errors) => `Status: ${errors} ERROR`), 'unit tests failed',
    ],
  },
  { kind: 'test-failed', pattern: /^(?:Test Failed|Error During Test) at \S/, detail: 'Julia test failures', literals: ['Test Failed at', 'Error During Test at'] },
  // Python's unittest and Django's test runner under `Ran 7 tests in 0.044s` (`FAILED (failures=3)`, `FAILED (errors=1,
  // skipped=2)`); tox's summary (`ERROR:   py26: commands failed`, `ERROR:  py36: InterpreterNotFound: python3.6`;
  // tox 4's `  py39: FAIL code 1 (2.34 seconds)`, `  evaluation failed :( (0.53 seconds)`), nox's (`nox > Session
  // tests-3.9(env='pytest3.x') failed.`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^FAILED \((?:failures|errors)=\d+/.source,
      /^(?:ERROR:)? *[\w.-]+: (?:commands failed|InterpreterNotFound: |could not install deps|invocation failed)/.source,
      /^\s*[\w.-]+: FAIL code -?\d+ \(|^\s*evaluation failed :\( \(|^nox > Session \S+ (?:failed|aborted)\./.source,
    ].join('|')),
    detail: 'a Python test run failed (unittest, Django, tox, nox)',
    whateverLevel: true,
    literals: [
      'FAILED (failures=', 'FAILED (errors=', ': commands failed', ': InterpreterNotFound', 'could not install deps',
      ': invocation failed', ': FAIL code ', 'evaluation failed :(', 'nox > Session ',
    ],
  },
  // Front-end bundlers that gave up: esbuild (`Error: Build failed with 1 error:`), Parcel (`🚨 Build failed.`);
  // Netlify's verdict on a deploy (`Failing build: Failed to build site`, `Failed during stage 'Reading and parsing
  // configuration files':`, its exit code elsewhere).
  {
    kind: 'exit',
    pattern: /\bBuild failed with \d+ errors?\b|^🚨 +Build failed\.|\bFailing build: Failed to build site\b|^[Ff]ailed during stage '[^'\n]+':/,
    detail: 'a front-end build or its deploy failed (esbuild, Parcel, Netlify)',
    whateverLevel: true,
    literals: ['Build failed with', 'Build failed.', 'Failing build', 'ailed during stage'],
  },
  // A database server's crash report: Redis's and Valkey's (`=== VALKEY BUG REPORT END. Make sure to include from START
  // to END. ===`, `------ STACK TRACE ------`), mysqld's (`Hope that's ok; if not, decrease some variables in the
  // equation.`): printed only as the server dies.
  {
    kind: 'fatal',
    pattern: /\b(?:REDIS|VALKEY|KEYDB) BUG REPORT (?:START|END)\b|^------ STACK TRACE ------\s*$|\bHope that's ok; if not, decrease some variables in the equation\b/,
    detail: 'a database server printed its crash report (Redis, Valkey, mysqld)',
    whateverLevel: true,
    literals: ['BUG REPORT', '------ STACK TRACE', 'decrease some variables'],
  },
  // Python's packaging and checks in CI: a resolver that found no solution (Poetry's `SolverProblemError` and `…,
  // version solving failed.`, uv's `× No solution found when resolving dependencies`, pipenv's `ResolutionFailure`
  // and `✘ Locking Failed!`), a pre-commit hook that failed (`black……………Failed`), black's `would reformat …`,
  // mypy's `solphin/dos.py:1341: error: …` and `Found 6 errors in 2 files`, pyright's `  …/x.py:319:13 - error: …`,
  // ruff's verdict (`Found 2 errors.`, `Found 3 errors (1 fixed, 2 remaining).`; not `(3 fixed, 0 remaining)`),
  // coverage under its threshold, Sphinx's `Warning, treated as error:`, twine's `HTTPError: 403 Client Error: …`.
  // Not flake8's or ruff's lines (`x.py:195:89: E501 …`): no literal of their own (`.py:` is in every pytest
  // result line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bSolverProblemError\b|\bversion solving failed\b|\bNo solution found when resolving dependencies\b|\bResolutionFailure\b|\bLocking Failed!/.source,
      /\.\.\.Failed\s*$|^would reformat \S|^Oh no! 💥/.source,
      /^[^\s:]+\.pyi?:\d+(?::\d+)?: error: |^\s*\S+\.pyi?:\d+:\d+ - error: |^Found [1-9]\d* errors? in \d+ files?\b/.source,
      /^Found [1-9]\d* (?:errors?|error\(s\))(?: \(\d+ fixed, [1-9]\d* remaining\))?\.\s*$/.source,
      /\bFAIL Required test coverage of \d+(?:\.\d+)?% not reached\b|\bCoverage failure: total of \S+ is less than fail-under=/.source,
      /^Warning, treated as error:|^\s*HTTPError: \d{3} (?:Client|Server) Error: /.source,
      // The interpreter given a script that is not there (`python: can't open file '/app/scatter.py': [Errno 2] No such
      // file or directory`; Flask's reloader names itself `(null)`): it exits 2.
      /^\S+: can't open file '[^'\n]{1,400}': \[Errno \d+\]/.source,
    ].join('|')),
    detail: 'a Python packaging step or check failed (a resolver, pre-commit, black, mypy, pyright, ruff, coverage, Sphinx, twine)',
    whateverLevel: true,
    literals: [
      'SolverProblemError', 'version solving failed', 'No solution found when resolving', 'ResolutionFailure', 'Locking Failed!',
      '...Failed', 'would reformat', 'Oh no!', ': error: ', ' - error: ', ' error in ', ' errors in ', 'Required test coverage',
      'Coverage failure:', ' error.', ' errors.', ' error(s).', ' remaining).',
      'treated as error', 'Client Error:', 'Server Error:', "can't open file '",
    ],
  },
  // Static sites and documentation: Docusaurus (`Docusaurus found broken links!`, `Unable to build website for locale
  // en.`), Gatsby (`Building static HTML failed for path "/home/"`), Eleventy (`Problem writing Eleventy templates`,
  // `Eleventy:EleventyErrorHandler Error writing templates:`), mdBook (`Error: Rendering failed`), the link checkers
  // (`HTML-Proofer found 4 failures!`, markdown-link-check's `ERROR: 1 dead links found!`, lychee-action's `No links
  // were found. This usually indicates a configuration error.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bDocusaurus found broken links!|\bUnable to build website for locale\b|\bBuilding static HTML failed for path\b/.source,
      /\bProblem writing Eleventy templates\b|\bEleventyErrorHandler Error writing templates\b|\bError: Rendering failed\b/.source,
      /\bHTML-Proofer found [1-9]\d* failures?!|\b[1-9]\d* dead links? found!|^No links were found\. This usually indicates a configuration error\./.source,
    ].join('|')),
    detail: 'a site or documentation build failed (Docusaurus, Gatsby, Eleventy, mdBook, a link checker)',
    whateverLevel: true,
    literals: [
      'found broken links', 'Unable to build website', 'Building static HTML failed', 'Eleventy templates', 'Error writing templates',
      'Rendering failed', 'HTML-Proofer found', 'dead link', 'No links were found',
    ],
  },
  // Cloud deploys: CloudFormation's stack and resource states (`CREATE_FAILED`, `UPDATE_ROLLBACK_COMPLETE`), the CDK's
  // (`❌  Environment aws://…/us-east-1 failed bootstrapping: …`), Azure Functions Core Tools' publish (`Remote build
  // failed!`, `Error Uploading archive... (NotFound).`, `Error calling sync triggers (BadRequest).`), eksctl's `[✖]`,
  // Cloud Build's (`completed with status "FAILURE"`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\b(?:CREATE|UPDATE|DELETE|IMPORT)_FAILED\b|\b(?:UPDATE_|IMPORT_)?ROLLBACK_(?:IN_PROGRESS|COMPLETE|FAILED)\b|\bfailed bootstrapping: /.source,
      /\bRemote build failed!|\bError Uploading archive\b|\bError calling sync triggers\b|^\[✖\] /.source,
      /\bcompleted with status "(?:FAILURE|TIMEOUT|INTERNAL_ERROR)"/.source,
    ].join('|')),
    detail: 'a cloud deploy failed (CloudFormation, the CDK, Azure Functions, eksctl, Cloud Build)',
    whateverLevel: true,
    literals: [
      'CREATE_FAILED', 'UPDATE_FAILED', 'DELETE_FAILED', 'IMPORT_FAILED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_COMPLETE', 'ROLLBACK_FAILED',
      'failed bootstrapping', 'Remote build failed', 'Error Uploading archive', 'Error calling sync triggers', '[✖] ',
      'completed with status "',
    ],
  },
  // Kubernetes controllers: a manager that lost its lease stops (controller-runtime and client-go's `failed to renew
  // lease kube-system/cert-manager-controller: timed out waiting for the condition`, `leader election lost`, at info),
  // Istio's agent whose Envoy was killed (`Epoch 0 terminated with an error: signal: killed`), Argo's controller
  // marking a workflow failed (`Updated phase Running -> Failed`).
  {
    kind: 'exit',
    pattern: /\bfailed to renew lease \S+: |\bleader ?election lost\b|\bEpoch \d+ terminated with an error: |\bUpdated phase \w+ -> (?:Failed|Error)\b/,
    detail: 'a Kubernetes controller or proxy stopped (its lease lost, Envoy killed), or a workflow failed',
    whateverLevel: true,
    literals: ['failed to renew lease', 'leader election lost', 'leaderelection lost', 'terminated with an error', 'Updated phase '],
  },
  // An app that crashed on a device or a desktop: Chromium's crash handler (`Received signal 11 SEGV_MAPERR
  // 000000000000`, Electron's renderer), a macOS crash report (`Exception Type:        EXC_BAD_INSTRUCTION (SIGILL)`),
  // Android's native crash (a tombstone's `signal 6 (SIGABRT), code -6 (SI_TKILL), fault addr --------`, its first
  // frame `#00 pc …`), an ANR (`ANR in cn.1111.panel`), ActivityManager's `Force finishing activity` and `app died,
  // no saved state`, an instrumentation run whose process crashed (`INSTRUMENTATION_RESULT: shortMsg=Process
  // crashed.`, `INSTRUMENTATION_FAILED: …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bReceived signal \d+ SEG[VA]_\w+|^Exception Type:\s+EXC_[A-Z_]+ \(SIG[A-Z]+\)/.source,
      /\bsignal \d+ \(SIG(?:ABRT|SEGV|BUS|ILL|FPE|TRAP|SYS)\), code -?\d+|(?:^|\s)#00 +pc [0-9a-fx]+ /.source,
      /\bANR in \S|\bForce finishing activity\b|\bapp died, no saved state\b|\bshortMsg=Process crashed\b|^INSTRUMENTATION_FAILED: /.source,
    ].join('|')),
    detail: 'an app crashed (a native crash, a crash report, an ANR, a crashed instrumentation run)',
    whateverLevel: true,
    literals: [
      'Received signal ', 'Exception Type:', '(SIGABRT), code', '(SIGSEGV), code', '(SIGBUS), code', '(SIGILL), code',
      '(SIGFPE), code', '(SIGTRAP), code', '(SIGSYS), code', '#00 pc', '#00  pc', 'ANR in ', 'Force finishing activity',
      'app died, no saved state', 'shortMsg=Process crashed', 'INSTRUMENTATION_FAILED',
    ],
  },
  // Compiled languages' builds: rustc's (`error[E0425]: cannot find value `args` in this scope`), GHC's (`Could not
  // find module ‘Types’`), golangci-lint's issues (`cmd/root.go:52:12: Error return value of `cmd.Help` is not checked
  // (errcheck)`), Go's module loading, zig build's (`error: the following command terminated unexpectedly:`), Meson's
  // configure (`meson.build:122:0: ERROR: Dependency "libzstd" not found, …`), opam's (`#=== ERROR while compiling
  // lablgtk3.3.0.beta4 ===`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^error\[E\d{4}\]: |\bCould not find module ‘|^go: error loading module requirements\b/.source,
      /^\s*(?:Error: )?[^\s:]+\.go:\d+:\d+: [^\n]* \((?:errcheck|unused|govet|staticcheck|gosimple|ineffassign|typecheck|revive|stylecheck|gocritic|gosec)\)\s*$/.source,
      /\berror: the following command (?:terminated unexpectedly|failed with \d+ compilation errors?|exited with error code \d+)|meson\.build:\d+:\d+: ERROR: /.source,
      /\bERROR while compiling \S/.source,
    ].join('|')),
    detail: 'a compiled-language build or lint failed (rustc, GHC, golangci-lint, go, zig, Meson, opam)',
    whateverLevel: true,
    literals: [
      'error[E', 'Could not find module', 'error loading module requirements', '(errcheck)', '(unused)', '(govet)', '(staticcheck)',
      '(gosimple)', '(ineffassign)', '(typecheck)', '(revive)', '(stylecheck)', '(gocritic)', '(gosec)', 'the following command',
      'meson.build:', 'ERROR while compiling',
    ],
  },
  // Stream processors and shippers: Flink's job (`Job Flink_Job (075a…) switched from state FAILING to FAILED.`, at
  // INFO), Beam's runner (`Pipeline execution failed`), Kafka Streams (`… and sent shutdown request for the entire
  // application.`), Fluentd's config (`[error]: config error file="yay.conf" …`: its worker exits), NiFi's (`Failed to
  // start web server... shutting down.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bswitched from state \w+ to FAILED\b|\bPipeline execution failed\b/.source,
      /\bsent shutdown request for the entire application\b|\]: config error file=|\bFailed to start web server\.{0,3} shutting down\b/.source,
    ].join('|')),
    detail: 'a stream job or a log shipper stopped (Flink, Beam, Kafka Streams, Fluentd, NiFi)',
    whateverLevel: true,
    literals: ['switched from state', 'Pipeline execution failed', 'sent shutdown request', 'config error file=', 'Failed to start web server'],
  },
  // Batch data jobs' own verdicts, logged at INFO: Dataflow's (`Job 2019-02-04_01_13_57-99… is in state
  // JOB_STATE_FAILED`, `Workflow failed. Causes: S08:group_sentences/Read+…`), Flink's job that may not restart
  // (`Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy`),
  // Luigi's summary (`This progress looks :( because there were failed tasks`; `:)` when a retry succeeded), Airbyte's
  // sync (`sync summary: io.airbyte.config.ReplicationAttemptSummary@6ff70434[status=failed,recordsSynced=0,…`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bis in state JOB_STATE_FAILED\b|\bWorkflow failed\. Causes: |\bRecovery is suppressed by \w+RestartBackoffTimeStrategy\b/.source,
      /\bThis progress looks :\( because there were (?:failed tasks|tasks whose scheduling failed)\b|\bsync summary: [\w.$@]+\[status=failed\b/.source,
    ].join('|')),
    detail: 'a batch data job failed (Dataflow, Flink, Luigi, Airbyte)',
    whateverLevel: true,
    literals: ['JOB_STATE_FAILED', 'Workflow failed. Causes', 'Recovery is suppressed by', 'This progress looks :(', 'sync summary: '],
  },
  // Certificate clients whose run ends without a certificate: certbot (`Some challenges have failed.`, `All renewal
  // attempts failed. The following certs could not be renewed:`), acme.sh (`[Fri Jan 27 13:40:07 UTC 2023]
  // techblogcore.top:Verify error:"error":{`; a CA that refused to sign: `[Wed Sep 26 06:02:48 UTC 2018] Sign failed:
  // "detail":"Error creating new cert :: too many certificates already issued …"`). Not a proxy that retries on its
  // own (Caddy's `will retry`, Traefik's `Unable to obtain ACME certificate`): it stays up, and its errors are errors
  // seen.
  {
    kind: 'fatal',
    pattern: /^\s*Some challenges have failed\.|\bAll renewal attempts failed\. |^\[[^\]\n]{10,40}\] (?:[\w*.-]+:Verify error:|Sign failed\b)/,
    detail: 'a certificate client got no certificate (certbot, acme.sh)',
    literals: ['challenges have failed', 'renewal attempts failed', ':Verify error:', 'Sign failed'],
  },
  // Image builders' last word (kaniko's `error pushing image: failed to push to destination …`, `error building image:
  // error building stage: …`, buildah's `ERRO[0005] error pushing image "…" to "…": …`), the classic docker builder's
  // failed step (`COPY failed: file not found in build context or excluded by .dockerignore: …`).
  {
    kind: 'fatal',
    pattern: /\berror (?:building|pushing) image\b|^(?:COPY|ADD) failed: /,
    detail: 'an image build or push failed (kaniko, buildah, docker build)',
    literals: ['error building image', 'error pushing image', 'COPY failed: ', 'ADD failed: '],
  },
  // Start-ups a bad configuration ends: Grafana's image (`GF_PATHS_DATA='/var/lib/grafana' is not writable.`),
  // Mosquitto's (`1638180773: Error found at /etc/mosquitto/mosquitto.conf:17.`, under the option it refused),
  // Frigate's banner (`2023-04-28 16:16:58.028317405  ***    Config Validation Errors    ***`); rake's task that
  // aborted, whose stderr a script may prefix (YunoHost's `Warning: Tasks: TOP => db:migrate`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^GF_PATHS_[A-Z]+='[^'\n]*' is not writable\.|^(?:\d{10}: )?Error found at \S+:\d+\.\s*$/.source,
      /(?:^|\s)\*{3} +Config Validation Errors +\*{3}|(?:^|: )Tasks: TOP => \S/.source,
    ].join('|')),
    detail: 'a start-up ended on its configuration (Grafana, Mosquitto, Frigate), or a rake task aborted',
    whateverLevel: true,
    literals: ["' is not writable.", 'Error found at ', 'Config Validation Errors', 'Tasks: TOP => '],
  },
  // `docker stack deploy` (and Portainer on a swarm) stopping on the daemon's refusal: `failed to create service
  // mon_caddy: Error response from daemon: rpc error: code = InvalidArgument desc = port '9090' is already in use …`,
  // `failed to update secret credentials: Error response from daemon: … only updates to Labels are allowed`. Caddy
  // that cannot adapt its configuration (`Error: adapting config using caddyfile: parsing caddyfile tokens for 'tls':
  // wrong argument count …`: `caddy run` exits on it; Caddy 2.3's `run: adapting config using caddyfile: …`). abseil's
  // failure signal handler, in the C++ servers built on
  // it (Dragonfly's `*** SIGABRT received at time=1704781659 on cpu 4 ***`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bfailed to (?:create|update) (?:service|secret|config|network) [^:\n]{1,200}: Error response from daemon: /.source,
      /\b(?:Error|run): adapting config using \w+: |^\*\*\* SIG[A-Z]{2,6} received at time=\d+/.source,
    ].join('|')),
    detail: 'a stack deploy the daemon refused, a Caddy config it cannot adapt, a C++ server\'s fatal signal (abseil)',
    literals: ['Error response from daemon', 'adapting config using', ' received at time='],
  },
  // A test run's browser that died or never started: ChromeDriver's (`unknown error: Chrome failed to start: exited
  // abnormally`, `WebDriverException (100): chrome not reachable`), Cypress's (`We detected that the Chromium Renderer
  // process just crashed.`, `There was a problem spawning Xvfb.`).
  {
    kind: 'fatal',
    pattern: /\bChrome failed to start: (?:crashed|exited abnormally)\b|\bchrome not reachable\b|\bWe detected that the Chromium Renderer process just crashed\b|\bThere was a problem spawning Xvfb\b/,
    detail: 'a test run\'s browser crashed or could not start (ChromeDriver, Cypress)',
    literals: ['Chrome failed to start', 'chrome not reachable', 'Renderer process just crashed', 'problem spawning Xvfb'],
  },
  // Security and policy scanners that fail the job: pip-audit (`Found 1 known vulnerability in 1 package`), yarn audit
  // (`1 vulnerabilities found - Packages audited: 14`), SonarScanner (`Error during SonarScanner execution`, `QUALITY
  // GATE STATUS: FAILED`), CodeQL's CLI (`A fatal error occurred: …`), gitleaks (`leaks found: 1`, `🛑 STOP! Gitleaks
  // encountered leaks`), Super-Linter (`Found errors in [shellcheck] linter!`), Conftest (`FAIL - image …`), Checkov
  // (`Passed checks: 85, Failed checks: 2, …`). Not npm's `found 3 vulnerabilities`: `npm install` says it and goes on.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Found [1-9]\d* known vulnerabilit(?:y|ies) in \d+ packages?\b|\b[1-9]\d* vulnerabilit(?:y|ies) found - Packages audited: /.source,
      /\bError during SonarScanner execution\b|\bQUALITY GATE STATUS: FAILED\b|^A fatal error occurred: /.source,
      /\bleaks found: [1-9]\d*|\bGitleaks encountered leaks\b|\bFound errors in \[[\w-]+\] linter!|^FAIL - |\bFailed checks: [1-9]\d*/.source,
    ].join('|')),
    detail: 'a security or policy scan failed the job (pip-audit, yarn audit, SonarScanner, CodeQL, gitleaks, Super-Linter, Conftest, Checkov)',
    whateverLevel: true,
    literals: [
      'known vulnerabilit', 'found - Packages audited', 'Error during SonarScanner', 'QUALITY GATE STATUS', 'A fatal error occurred',
      'leaks found: ', 'encountered leaks', 'Found errors in [', 'FAIL - ', 'Failed checks: ',
    ],
  },
  // Storage and backup daemons: Ceph's assert and crash handler (`FAILED assert(bdev[id]->get_size() >= …)`, `***
  // Caught signal (Aborted) **`), a zpool with faulted devices (`status: One or more devices are faulted in response to
  // persistent errors.`), Kopia (`ERROR Found 1 fatal error(s) while snapshotting …`), Samba's smbd leaving
  // (`../../lib/util/become_daemon.c:121(exit_daemon)`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\*\*\* Caught signal \([A-Z][\w ]*\) \*\*|\bFAILED (?:ceph_)?assert\(|\bceph::__ceph_assert_fail\b/.source,
      /\bOne or more devices are faulted in response to persistent errors\b|\bFound [1-9]\d* fatal error\(s\) while snapshotting\b|\(exit_daemon\)/.source,
    ].join('|')),
    detail: 'a storage or backup daemon failed (Ceph, ZFS, Kopia, Samba)',
    whateverLevel: true,
    literals: [
      'Caught signal (', 'FAILED assert(', 'FAILED ceph_assert(', '__ceph_assert_fail', 'devices are faulted', 'fatal error(s) while',
      '(exit_daemon)',
    ],
  },
  // Machines and nodes that did not come up: Vagrant (`Timed out while waiting for the machine to boot.`), kubeadm
  // (`error execution phase preflight: [preflight] Some fatal errors occurred:`, `Unfortunately, an error has
  // occurred:`), systemd at boot (`Dependency failed for Journal Service.`, `Job x.service/start failed with result
  // 'dependency'.`), VirtualBox (`Power up failed (vrc=VERR_VMX_NO_VMX, …)`), LXC (`lxc_setup: 3906 Failed to setup
  // first automatic mounts`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bTimed out while waiting for the machine to boot\b|\berror execution phase [\w/-]+(?::|\s*$)|\bSome fatal errors occurred:|^Unfortunately, an error has occurred:/.source,
      /\bDependency failed for \S|\bJob \S+\/start failed with result '|\bPower up failed \(vrc=|\blxc_setup: \d+ Failed to setup\b/.source,
    ].join('|')),
    detail: 'a machine, a node or a unit did not come up (Vagrant, kubeadm, systemd, VirtualBox, LXC)',
    whateverLevel: true,
    literals: [
      'waiting for the machine to boot', 'error execution phase', 'Some fatal errors occurred', 'an error has occurred:',
      'Dependency failed for', '/start failed with result', 'Power up failed', 'Failed to setup',
    ],
  },
  // Game servers: Paper's and Spigot's watchdog (`The server has stopped responding!`), a port they cannot bind (`****
  // FAILED TO BIND TO PORT!`), Forge's (`java.lang.Exception: Mod Loading has failed`), SteamCMD's update (`Error! App
  // '2430930' state is 0x2 after update job.`), Factorio's (`changing state from(CreatingGame)
  // to(InitializationFailed)`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThe server has stopped responding!|\*\*\*\* FAILED TO BIND TO PORT!|\bMod Loading has failed\b/.source,
      /^Error! App '\d+' state is 0x[\da-fA-F]+ after update job\b|\bto\(InitializationFailed\)/.source,
    ].join('|')),
    detail: 'a game server stopped (Paper, Spigot, Forge, SteamCMD, Factorio)',
    whateverLevel: true,
    literals: ['stopped responding!', 'FAILED TO BIND TO PORT', 'Mod Loading has failed', 'after update job', 'to(InitializationFailed)'],
  },
  // Training and data jobs that ended: torchrun's `torch.distributed.elastic.multiprocessing.errors.ChildFailedError:`,
  // NCCL's watchdog that tears a collective down (`Watchdog caught collective operation timeout: WorkNCCL(…)`), Spark's
  // `Task 0 in stage 1723.0 failed 4 times; aborting job` and YARN's `Container killed by YARN for exceeding memory
  // limits`, dbt's `Done. PASS=0 WARN=0 ERROR=1 SKIP=0 TOTAL=1`, Airflow's `Command exited with return code 1` and
  // `Task received SIGTERM signal`, Jupyter's `KernelRestarter: restarting kernel (1/5)` (the kernel died); torchrun
  // that could not form its group (`torch.distributed.elastic.rendezvous.api.RendezvousConnectionError: …`), vLLM's
  // `EngineCore failed to start.`, TensorFlow's coordinator that stops the training (`Error reported to Coordinator:
  // <class '…UnknownError'>`, at INFO), a CUDA error that leaves the process's GPU context unusable (`CUDA error: an
  // illegal memory access was encountered`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bChildFailedError\b|\bWatchdog caught collective operation timeout\b/.source,
      /\bRendezvous(?:Connection|Closed|Timeout)Error\b|\bEngineCore failed to start\b|\bError reported to Coordinator: /.source,
      /\bCUDA error: (?:an illegal memory access was encountered|device-side assert triggered)\b/.source,
      /\bfailed \d+ times; aborting job\b|\bJob aborted due to stage failure\b|\bContainer killed by YARN for exceeding\b/.source,
      /^(?:\S+ +)?Done\. PASS=\d+ (?:WARN=\d+ )?ERROR=[1-9]\d*\b/.source,
      /\bCommand exited with return code [1-9]\d*\b|\bTask received SIGTERM signal\b|KernelRestarter: restarting kernel \(\d+\/\d+\)/.source,
    ].join('|')),
    detail: 'a training, serving or data job ended (torchrun, NCCL, vLLM, TensorFlow, CUDA, Spark, YARN, dbt, Airflow, Jupyter)',
    whateverLevel: true,
    literals: [
      'ChildFailedError', 'Watchdog caught collective', 'RendezvousConnectionError', 'RendezvousClosedError',
      'RendezvousTimeoutError', 'EngineCore failed to start', 'reported to Coordinator', 'illegal memory access',
      'device-side assert', '; aborting job', 'Job aborted due to stage failure', 'Container killed by YARN',
      ' ERROR=', 'exited with return code', 'Task received SIGTERM signal', 'restarting kernel',
    ],
  },
  // JVM servers and builds that stopped, in their own words: Kafka Connect's `ERROR Stopping due to error`, Play's
  // `Failed to listen for HTTP on /0.0.0.0:9000!`, Spring Boot's `WebServerException: Unable to start Netty`, WildFly's
  // server controller (`StartException in service jboss.as.server-controller: Failed to start service`) and a failed
  // deployment (`MSC000001: Failed to start service jboss.undertow.deployment…`), Gradle's `Gradle build daemon
  // disappeared unexpectedly`; nodemon's `[nodemon] app crashed - waiting for file changes before starting...`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bStopping due to error\b|\bFailed to listen for HTTP on \S|\bWebServerException: Unable to start\b/.source,
      /\bjboss\.as\.server-controller: Failed to start service\b|\bMSC000001: Failed to start service\b/.source,
      /\bGradle build daemon disappeared unexpectedly\b|\[nodemon\] app crashed\b/.source,
    ].join('|')),
    detail: 'a JVM server or build, or a Node app under nodemon, stopped (Kafka Connect, Play, Spring Boot, WildFly, Gradle)',
    whateverLevel: true,
    literals: [
      'Stopping due to error', 'Failed to listen for HTTP', 'WebServerException', 'server-controller: Failed', 'MSC000001',
      'daemon disappeared unexpectedly', '[nodemon] app crashed',
    ],
  },
  // supervisord: a program it runs died without being asked to (`exited: postfix (terminated by SIGKILL; not
  // expected)`, `exited: nutch (exit status 127; not expected)`; exit 0 is a one-shot program it restarts), or it
  // gave up restarting one (`gave up: shadowsocks entered FATAL state, too many start retries too quickly`).
  // supervisord logs both at INFO.
  {
    kind: 'exit',
    pattern: /\bexited: \S+ \((?:exit status [1-9]\d*|terminated by SIG[A-Z]+); not expected\)|\bgave up: \S+ entered FATAL state\b/,
    detail: 'a program supervisord runs died, or it gave up restarting one',
    whateverLevel: true,
    literals: ['; not expected', 'entered FATAL state'],
  },
  // systemd gave up starting a unit. Not its `Failed with result 'exit-code'.`: a unit stopped on purpose
  // whose process exits 143 on SIGTERM says that too.
  // Nor the restarts it gave up (`zerotier-one.service: Start request repeated too quickly.`), a unit it could not set
  // up (`tailscaled.service: Failed with result 'resources'.`), one that dumped core or was killed for memory.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\.service: Start operation timed out\. Terminating\.|\.service: Start request repeated too quickly\b/.source,
      // systemd before 232 (`start request repeated too quickly for haproxy.service`), and `systemctl status` of a
      // unit it gave up on (`Active: failed (Result: start-limit) since …`).
      /\bstart request repeated too quickly for [\w@.:-]+\.service\b/.source,
      // Or stopped since (`Active: inactive (dead) (Result: core-dump) since …`, netdata/netdata#15211).
      /\bActive: (?:failed|inactive \(dead\)) \(Result: (?:start-limit(?:-hit)?|core-dump|oom-kill|resources|timeout|protocol)\)/.source,
      // Older systemd names no `Start` (kubernetes-era CentOS: `docker.service operation timed out.`): stopping
      // says `stopping timed out` there.
      /\.service (?:start(?:-pre|-post)? )?operation timed out\b/.source,
      // A unit that broke its start-up's protocol (`Failed with result 'protocol'`: a forking daemon whose PID file
      // never came, i-ky/effluence#22), in journalctl -x's words too (`The unit zabbix-server.service has entered the
      // 'failed' state with result 'protocol'.`).
      /\.service: Failed with result '(?:resources|start-limit-hit|core-dump|oom-kill|protocol)'/.source,
      /\.service has entered the 'failed' state with result '(?:resources|start-limit-hit|core-dump|oom-kill|protocol)'/.source,
    ].join('|')),
    detail: 'a systemd unit did not start, or gave up restarting, or died',
    whateverLevel: true,
    literals: [
      'Start operation timed out', 'request repeated too quickly', "Failed with result '", 'operation timed out', 'Active: failed (Result: ',
      'Active: inactive (dead) (Result: ', "state with result '",
    ],
  },
  // `make[1]: *** [Makefile:23: apply] Error 1` reaches here as `*** [Makefile:23: apply] Error 1`: a
  // sub-make's `make[1]:` is peeled like any `name[pid]:` prefix.
  // make's, indented too (a paste's code block, a build tool nesting it): `    make[2]: *** [all] Error 2`, `make[3]:
  // *** No rule to make target 'modules'.  Stop.`
  {
    kind: 'exit',
    pattern: /^\s*(?:[\w-]*make(?:\[\d+\])?: )?\*\*\* (?:\[[^\]\n]*\] Error \d+|No rule to make target [^\n]*Stop\.)|\bdependency failed to start\b/,
    detail: 'make or a compose dependency failed',
    literals: ['] Error ', 'No rule to make target', 'dependency failed to start'],
  },
  { kind: 'exec-format', pattern: /exec format error/, detail: 'exec format error (wrong architecture)', literals: ['exec format error'] },
  { kind: 'oom', pattern: /\bOOMKilled\b(?!"?:?\s*false\b)|[Oo]ut of memory: Kill(?:ed)? process|\boom-kill(?:er)?\b|^Killed$/, detail: 'killed: out of memory', literals: ['OOMKilled', 'Out of memory', 'out of memory: Kill', 'oom-kill', 'Killed'] },
  { kind: 'oom', pattern: /\bjava\.lang\.OutOfMemoryError\b|JavaScript heap out of memory/, detail: 'out of memory (JVM or Node.js heap)', literals: ['OutOfMemoryError', 'JavaScript heap out of memory'] },
  // A GPU's memory: PyTorch's `torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 388.00 MiB.` and its
  // RuntimeError before 2.5, TensorFlow's `OP_REQUIRES failed at … : Resource exhausted: OOM when allocating tensor
  // with shape[…]` (at W: the error it raises next stops the training). Not TensorFlow's allocator that says `The
  // caller indicates that this is not a failure`.
  {
    kind: 'oom',
    pattern: /\bCUDA out of memory\b|\bOOM when allocating tensor\b/,
    detail: 'out of memory on the GPU (PyTorch, TensorFlow)',
    whateverLevel: true,
    literals: ['CUDA out of memory', 'OOM when allocating tensor'],
  },
  // Dask's nanny killing a worker over its memory limit (`distributed.nanny - WARNING - Worker exceeded 95% memory
  // budget. Restarting`), said as a warning.
  {
    kind: 'oom',
    pattern: /\bWorker exceeded \d+% memory budget\b/,
    detail: 'out of memory: a Dask worker over its budget, restarted',
    whateverLevel: true,
    literals: ['memory budget'],
  },
  // uWSGI capitalizes it: `!!! uWSGI process 23710 got Segmentation Fault !!!`.
  { kind: 'segfault', pattern: /Segmentation [Ff]ault|\bSIGSEGV\b/, detail: 'segmentation fault', literals: ['Segmentation fault', 'Segmentation Fault', 'SIGSEGV'] },
  // Newer systemd names the signal apart (`Main PID: 843291 (code=dumped, signal=SEGV)`): a core dump is a crash.
  {
    kind: 'exit',
    pattern: /\bcode=(?:killed|dumped), status=\d+\/[A-Z]+|\bcode=dumped, signal=[A-Z]+\b/,
    detail: 'killed by a signal (systemd)',
    literals: ['code=killed', 'code=dumped'],
  },
  // The runtime or the platform says it could not start the container or the program.
  {
    kind: 'fatal',
    pattern: /\bOCI runtime (?:create|exec|start) failed\b|\bCannot start (?:service|container) \S+: |\bError starting daemon: /,
    detail: 'docker could not start the container (or itself)',
    literals: ['OCI runtime', 'Cannot start service', 'Cannot start container', 'Error starting daemon'],
  },
  { kind: 'fatal', pattern: /\bCould not find or load main class\b/, detail: 'the JVM could not start: main class missing', literals: ['load main class'] },
  { kind: 'fatal', pattern: /^(?:Error: |run: )?loading initial config: /, detail: 'Caddy could not load its config', literals: ['loading initial config'] },
  { kind: 'fatal', pattern: /\bFPM initialization failed\b/, detail: 'php-fpm could not start', literals: ['FPM initialization'] },
  { kind: 'fatal', pattern: /\bstartup failed due to previous errors\b/, detail: 'a Tomcat web application failed to start', literals: ['startup failed'] },
  // The master says it at INFO, as it shuts down.
  { kind: 'fatal', pattern: /\bWorker failed to boot\b/, detail: 'gunicorn: a worker failed to boot', whateverLevel: true, literals: ['failed to boot'] },
  { kind: 'fatal', pattern: /\bFatal [Aa]ssertion \d+|\baborting after fassert\(\) failure\b/, detail: 'MongoDB fatal assertion', whateverLevel: true, literals: ['Fatal Assertion', 'Fatal assertion', 'fassert()'] },
  // A C or C++ assertion aborts its process: glibc's `prog: file.c:12: main: Assertion `x' failed.`,
  // BSD's and MSVC's `Assertion failed: x, file f.c, line 12`, old mongod's `Assertion failure x file 486`,
  // InnoDB's `InnoDB: Assertion failure in file …/btr0cur.cc line 335` (then `We intentionally generate a
  // memory trap.`); padded with spaces as a terminal capture leaves it (Redpanda's seastar); seastar's abort that
  // follows (`Aborting on shard 0.`).
  {
    kind: 'fatal',
    pattern: /\bAssertion [`'][^`'\n]*' failed\.\s*$|^Aborting on shard \d+\.\s*$|^Assertion failed: [^\n]*, line \d+\.?$|\bAssertion failure \S+ \S+ \d+$|\bAssertion failure in (?:thread \d+ in )?file \S+ line +\d+/,
    detail: 'an assertion failed (the process aborts)',
    whateverLevel: true,
    literals: ["' failed.", 'Assertion failed: ', 'Assertion failure ', 'Aborting on shard'],
  },
  // InnoDB that cannot start, so neither can mysqld or mariadbd (`[ERROR] InnoDB: Plugin initialization aborted with
  // error Generic error`, then `[ERROR] Plugin 'InnoDB' init function returned error.`).
  {
    kind: 'fatal',
    pattern: /\bInnoDB: Plugin initialization aborted\b|\bPlugin '?InnoDB'? init function returned error\b/,
    detail: 'InnoDB could not start (mysqld or mariadbd with it)',
    literals: ['Plugin initialization aborted', 'init function returned error'],
  },
  { kind: 'fatal', pattern: /\bmember [\da-f]+ has already been bootstrapped\b/, detail: 'etcd refused to start: its member was bootstrapped before', literals: ['been bootstrapped'] },
  { kind: 'fatal', pattern: /^Command error$|\bcommand traefik error: /, detail: 'Traefik could not start: its command failed', literals: ['Command error', 'command traefik error'] },
  // Tiller logs a release it could not install or upgrade as a warning: Helm 2's verdict on it.
  // Flux's helm-operator says it in its `error=` field (`error="Helm release failed" … err="failed to upgrade chart
  // …"`).
  {
    kind: 'exit',
    pattern: /\b(?:Upgrade|Install|Rollback|Release) "[^"\n]+" failed: |^Helm (?:release|upgrade|install) failed$/,
    detail: 'a Helm release failed',
    whateverLevel: true,
    literals: ['" failed: ', 'Helm release failed', 'Helm upgrade failed', 'Helm install failed'],
  },
  { kind: 'exit', pattern: /^Installation failed, (?:deleting|reverting) \.\/composer\.json\b/, detail: 'composer could not install', literals: ['Installation failed'] },
  // Redis writes its warnings and its fatal start-up errors under `#`.
  { kind: 'fatal', pattern: / # Fatal: /, detail: 'redis could not start', whateverLevel: true, literals: ['# Fatal: '] },
  { kind: 'panic', pattern: /^The application panicked \(crashed\)\./, detail: 'Rust panic (color-eyre, human-panic report)', literals: ['application panicked'] },
  // `docker-compose ps` (v1): a service's State column.
  { kind: 'exit', pattern: /\S {2,}Exit [1-9]\d*\s*$/, detail: 'a compose service exited (docker-compose ps)', literals: ['  Exit '] },
  // The last line of each failure in pytest's long report, when the summary is cut off: `test_x.py:5: AssertionError`.
  {
    kind: 'test-failed',
    // A doctest's (`test_doctest.txt:5: DocTestFailure`), and `pytest.fail()`'s (`t.py:8: Failed`).
    pattern: new RegExp(`^[\\w./-]+\\.(?:py|txt|rst|md):\\d+: (?:[A-Z]\\w*Exception|DocTestFailure|Failed|(?:${PYTHON_ERRORS.join('|')}))$`),
    detail: 'pytest failure (its report, without the summary)',
    literals: ['Exception', 'DocTestFailure', ': Failed', ...PYTHON_ERRORS],
  },
  // A build or an install that failed, in its tool's words: BuildKit's failed step (` => ERROR [builder 4/6] RUN npm
  // install`; pasted in a markdown quote, `> ERROR [ui-build 4/4] RUN …` once the quote is peeled), pnpm's error
  // codes (` ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" …`), Yarn 2's verdict (`➤ YN0000:
  // Failed with errors in 0s 755ms`), Composer's (`Your requirements could not be resolved to an installable set of
  // packages.`), a registry refusing a push (`denied: requested access to the resource is denied`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^\s*=?> ERROR \[[^\]\n]+\] \S|^ERROR \[[^\]\n]* \d+\/\d+\] \S|^\s*ERR_PNPM_[A-Z_]+ {1,2}\S|\bYN0000: (?:[·│] )?Failed with errors in\b/.source,
      /\bYour requirements could not be resolved to an installable set of packages\b|^denied: requested access to the resource is denied\b/.source,
    ].join('|')),
    detail: 'a build, an install or a push failed (BuildKit, pnpm, Yarn, Composer, a registry)',
    whateverLevel: true,
    literals: ['> ERROR [', 'ERR_PNPM_', 'Failed with errors in', 'could not be resolved to an installable', 'requested access to the resource'],
  },
  // An app's launcher or entrypoint that says its start failed: Discourse's (pups' `Pups::ExecError: … failed with
  // return #<Process::Status: pid 299 exit 5>`, then `** FAILED TO BOOTSTRAP **`), Nextcloud's image (`installing
  // of nextcloud failed!`), Gitea's (`docker setup failed`), a platform stopping a site that `failed during startup`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\*\* FAILED TO BOOTSTRAP \*\*|\bPups::ExecError: |\binstalling of nextcloud failed!|\bdocker setup failed\b|\bbecause it failed during startup\b/.source,
      // Uptime Kuma, which exits after it (`[SERVER] ERROR: Failed to prepare your database: Access denied …`), and
      // Baserow's all-in-one image as its supervisor stops (`Baserow was stopped or one of it's services crashed, …`).
      /\bFailed to prepare your database: |\bBaserow was stopped or one of it'?s services crashed\b/.source,
    ].join('|')),
    detail: "an app's launcher says its start failed (Discourse, Nextcloud, Gitea, Uptime Kuma, Baserow)",
    whateverLevel: true,
    literals: [
      'FAILED TO BOOTSTRAP', 'Pups::ExecError', 'of nextcloud failed', 'docker setup failed', 'failed during startup',
      'Failed to prepare your database', 'services crashed',
    ],
  },
  // Python, Node and Ruby web servers that cannot load their application: uvicorn, uWSGI (it then serves 500s),
  // Strapi, Puma.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bError loading ASGI app\b|\bunable to load app \d+ \(mountpoint=|\bno app loaded\. going in full dynamic mode\b|\bno python application found\b/.source,
      // Puma, which then exits (`[7] ! Unable to load application: ActiveRecord::ConnectionNotEstablished: …`).
      /\bServer wasn't able to start properly\b|(?:^|\] )! Unable to load application: /.source,
    ].join('|')),
    detail: 'a web server cannot load its application (uvicorn, uWSGI, Strapi, Puma)',
    whateverLevel: true,
    literals: ['Error loading ASGI app', 'unable to load app', 'no app loaded', 'no python application found', "wasn't able to start properly", 'Unable to load application'],
  },
  // Servers that gave up starting: Cassandra, Tomcat (Catalina itself, a web application in it), WildFly (a
  // deployment, a boot with errors), Spring Boot's web server, Jenkins' plugins, ASP.NET's host, ClickHouse, LXC,
  // a FreeBSD rc script.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bException(?: \([\w.$]+\))? encountered during startup\b/.source,
      /\bTomcat is unable to start\b|\bError initializing Catalina\b|\bA child container failed during start\b/.source,
      /\bWFLYCTL0186: +Services which failed to start\b|\bWFLYSRV0021: Deploy of deployment "[^"\n]*" was rolled back\b/.source,
      /\bstarted \(with errors\) in \d+ms\b|\bWFLYCTL0013: Operation \("deploy"\) failed\b/.source,
      /\bFailed to start bean '|\bWeb server failed to start\b|\bconnector configured to listen on port \d+ failed to start\b/.source,
      /\bFailed Loading plugin\b/.source,
      // Serilog's and NLog's layouts may run the exception on without a space (`Hosting failed to startSystem.IO…`).
      /(?:^|\s)Hosting failed to start(?![a-z])/.source,
      / <(?:Error|Fatal)> Application: /.source,
      /\bThe container failed to start\b/.source,
      /^Cannot '(?:start|restart)' \S+\. Set \S+_enable to YES\b/.source,
    ].join('|')),
    detail: 'a server gave up starting (Cassandra, Tomcat, WildFly, Spring Boot, Jenkins, .NET host, ClickHouse, LXC, rc.d)',
    whateverLevel: true,
    literals: ['encountered during startup', 'is unable to start', 'Error initializing Catalina', 'child container failed', 'WFLYCTL0186',
      'WFLYSRV0021', 'started (with errors)', 'WFLYCTL0013', 'Failed to start bean', 'Web server failed to start', 'configured to listen on port',
      'Failed Loading plugin', 'Hosting failed to start', '> Application: ', 'container failed to start', '_enable to YES'],
  },
  { kind: 'exception', pattern: /\bThe process was terminated due to an unhandled exception\b/, detail: 'unhandled .NET exception', literals: ['due to an unhandled exception'] },
  // Laravel's and Symfony's console show an uncaught exception by its class alone on a line.
  // Symfony's console also heads its error box with where it was thrown (`In Connection.php line 822:`), and
  // Laravel 5's writes the class and its message on one line (`Illuminate\Database\QueryException  : SQLSTATE…`).
  {
    kind: 'exception',
    pattern: /^\s*(?:[A-Z]\w*\\)+[A-Z]\w*Exception(?:\s*| {2,}: \S.*)$|^\s*In [\w.-]+\.php line \d+:\s*$/,
    detail: 'uncaught PHP exception (console)',
    literals: ['Exception', '.php line '],
  },
  // Elixir: an exception that ended a mix task or an escript (`** (Postgrex.Error) ERROR (duplicate_table): …`).
  { kind: 'exception', pattern: /^\*\* \((?:[A-Z][\w.]*(?:Error|Exception)|exit|throw|Mix)\) \S|^===> Uncaught error in rebar_core\b/, detail: 'uncaught Elixir exception (a Mix task, rebar3)', literals: ['Error) ', 'Exception) ', '** (exit)', '** (throw)', '** (Mix)', 'Uncaught error in rebar_core'] },
  // Elixir says it at notice: `[notice] Application x exited: X.Application.start(:normal, []) returned an error: …`.
  { kind: 'fatal', pattern: /\bexited: [\w.]+\.start\(:normal, \[\]\) returned an error: /, detail: 'an Elixir application could not start', whateverLevel: true, literals: ['returned an error: '] },
  // A Celery (billiard) pool worker killed: the task it ran is lost.
  { kind: 'exit', pattern: /\bexited with 'signal \d+ \(SIG(?:KILL|SEGV|ABRT|BUS)\)'/, detail: 'a pool worker was killed (Celery)', literals: ["with 'signal "] },
  { kind: 'exit', pattern: /\bresponded with a non-zero exit status\b/, detail: 'a command over SSH failed (Vagrant)', literals: ['non-zero exit status'] },
  { kind: 'fatal', pattern: /\brunning driver failed: /, detail: 'Nomad could not start the task', whateverLevel: true, literals: ['running driver failed'] },
  { kind: 'panic', pattern: /\bpanic occurred PanicInfo \{|\bPanicInfo \{ payload: /, detail: 'Rust panic (logged by a panic hook)', literals: ['PanicInfo'] },
  { kind: 'exit', pattern: /\bState changed from \w+ to crashed\b|\bApp crashed\b/, detail: 'the platform says the app crashed (Heroku)', whateverLevel: true, literals: ['to crashed', 'App crashed'] },
  // Kubernetes: a rollout that gave up, a pod no node can take.
  { kind: 'fatal', pattern: /\bexceeded its progress deadline\b|\bProgressDeadlineExceeded\b/, detail: 'a Kubernetes rollout failed', whateverLevel: true, literals: ['progress deadline', 'DeadlineExceeded'] },
  { kind: 'fatal', pattern: /\bFailedScheduling\b/, detail: 'a pod cannot be scheduled (Kubernetes)', whateverLevel: true, literals: ['FailedScheduling'] },
  // `kubectl describe pod`'s count of a container's restarts: three and more is a container that keeps dying, whatever
  // its State at that moment (its Last State's exit code may be cut from the excerpt).
  {
    kind: 'crash-loop',
    pattern: /^\s*Restart Count:\s+(?:[3-9]|[1-9]\d+)\s*$/,
    detail: 'a container restarted again and again (kubectl describe)',
    whateverLevel: true,
    literals: ['Restart Count:'],
  },
  // An event row (`kubectl describe`'s Events, `kubectl get events`, with its namespace column or not) whose reason
  // says the pod cannot come up: its volumes, its sandbox, its hooks, the pods a controller cannot create.
  // Not `Unhealthy`: a readiness probe fails while a pod starts.
  {
    kind: 'fatal',
    pattern: /^\s*(?:\S+\s+){0,2}Warning\s+(?:FailedMount|FailedAttachVolume|FailedCreatePodSandBox|FailedPostStartHook|FailedCreate|Evicted)\s/,
    detail: 'a pod cannot come up (a Kubernetes warning event)',
    whateverLevel: true,
    literals: ['FailedMount', 'FailedAttachVolume', 'FailedCreate', 'FailedPostStartHook', 'Evicted'],
  },
  // A Job that gave up (its condition, its event, helm's hook that ran it), or whose describe counts a failed
  // pod and none succeeded or still running.
  {
    kind: 'exit',
    pattern: /\bBackoffLimitExceeded\b|\bJob has reached the specified backoff limit\b|^\s*Pods Statuses:\s+0 (?:Running|Active)(?: \(\d+ Ready\))? \/ 0 Succeeded \/ [1-9]\d* Failed\b/,
    detail: 'a Kubernetes Job failed',
    whateverLevel: true,
    literals: ['BackoffLimitExceeded', 'specified backoff limit', 'Pods Statuses:'],
  },
  // apimachinery's HandleCrash logs a controller's panic before it re-panics (`… runtime.go:69] Observed a panic: …`).
  { kind: 'panic', pattern: /\bObserved a panic: /, detail: 'Go panic (a Kubernetes controller)', whateverLevel: true, literals: ['Observed a panic'] },
  // The verdicts of Kubernetes' tools: helm's (its `--debug` stack follows it, so it is not a last word), minikube's,
  // Argo CD's sync (logged at info).
  {
    kind: 'exit',
    pattern: /^(?:Error: )?(?:INSTALLATION|UPGRADE|ROLLBACK|UNINSTALLATION) FAILED\b|^\S{0,2}\s*Exiting due to [A-Z][A-Z\d_]*:/,
    detail: 'helm or minikube failed',
    whateverLevel: true,
    literals: ['INSTALLATION FAILED', 'UPGRADE FAILED', 'ROLLBACK FAILED', 'Exiting due to'],
  },
  {
    kind: 'exit',
    pattern: /\bSync operation to \S+ failed\b|\boperation \(phase: Failed\)|\bOperation has completed with phase: Failed\b/,
    detail: 'an Argo CD sync failed',
    whateverLevel: true,
    literals: ['Sync operation to', 'phase: Failed'],
  },
  // systemctl could not start a unit (an install script's last word): `Job for k3s.service failed because …`; an
  // older systemctl's `Job for docker.service failed. See 'systemctl status docker.service' …`, as Ansible quotes it
  // (`msg: …`).
  {
    kind: 'fatal',
    pattern: /^(?:msg: )?Job for \S+ failed(?: because |\. See ')/,
    detail: 'a systemd unit failed to start',
    whateverLevel: true,
    literals: ['Job for '],
  },
  // A background job's runner gave up on it: Delayed Job, RQ (its work-horse killed too), Laravel's queue, Active
  // Job (any backend), Celery (a task no worker knows is discarded), Quartz (.NET's `Job threw an unhandled
  // exception.`, Java's `Job jobgroup_51.job_15 threw an unhandled Exception:`), Airflow's task (`Marking task as
  // FAILED.`, at INFO; not `UP_FOR_RETRY`).
  {
    kind: 'exception',
    pattern: new RegExp([
      /\bPERMANENTLY removing \S+ because of \d+ consecutive failures\b/.source,
      /\bMoving job to FailedJobRegistry\b|\bWork-horse terminated unexpectedly\b/.source,
      /\bhas been attempted too many times or run too long\b|\bMaxAttemptsExceededException\b/.source,
      /\bError performing \S+ \(Job ID: /.source,
      /\bReceived unregistered task of type /.source,
      /\bJob (?:\S+ )?threw an unhandled [Ee]xception\b|\bMarking task as FAILED\b/.source,
    ].join('|')),
    detail: 'a background job failed',
    whateverLevel: true,
    literals: [
      'PERMANENTLY removing', 'FailedJobRegistry', 'Work-horse terminated', 'attempted too many times', 'MaxAttemptsExceeded',
      'Error performing', 'unregistered task', 'threw an unhandled', 'Marking task as FAILED',
    ],
  },
  // A job runner or a scheduler that stopped: Sidekiq's `Sidekiq died due to the following error, cannot recover,
  // process exiting` (at WARN), Kubernetes' CronJob controller that will not start a job any more (`Cannot determine if
  // job needs to be started: Too many missed start time (> 100). …`), an s6 service whose run script cannot start
  // (`s6-supervise gitea: warning: unable to spawn ./run - waiting 10 seconds`) and runit's (`runsv nginx: fatal:
  // unable to start ./run: file does not exist`), n8n's start after a crash (`Last session crashed`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bcannot recover, process exiting\b|\bToo many missed start times?\b/.source,
      /\bs6-supervise \S+: warning: unable to spawn \.\/run\b|\bLast session crashed\b/.source,
      /\brunsv \S+: fatal: unable to start \.\/run: /.source,
    ].join('|')),
    detail: 'a job runner, a scheduler or a supervised service stopped (Sidekiq, a CronJob, s6, runit, n8n)',
    whateverLevel: true,
    literals: ['cannot recover, process exiting', 'Too many missed start', 'unable to spawn ./run', 'unable to start ./run', 'Last session crashed'],
  },
  // Entry points and daemons that stop in their own words: the MySQL and MariaDB images' (`[ERROR] [Entrypoint]:
  // MYSQL_USER="root", …`: its error function exits), docker-compose-wait's (`Timeout! After 30 seconds some hosts are
  // still not reachable`), strongSwan's charon (`initialization failed - aborting charon`, `charon has died -- restart
  // scheduled`), Zigbee2MQTT's (`Failed to start zigbee`, then `Exiting...`), Frigate's watchdog (`Ffmpeg process
  // crashed unexpectedly for cam1.`); SQLite that finds its file corrupt (`database disk image is malformed`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\[ERROR\] \[Entrypoint\]: |\bTimeout! After \d+ seconds some hosts are still not reachable\b/.source,
      /\binitialization failed - aborting charon\b|\bcharon has died\b|\bFailed to start zigbee\b/.source,
      /\bprocess crashed unexpectedly\b|\bdatabase disk image is malformed\b/.source,
    ].join('|')),
    detail: 'an entry point or a daemon stopped (a database image, a wait, strongSwan, Zigbee2MQTT, Frigate, SQLite)',
    literals: [
      '[ERROR] [Entrypoint]', 'hosts are still not reachable', 'aborting charon', 'charon has died', 'Failed to start zigbee',
      'crashed unexpectedly', 'disk image is malformed',
    ],
  },
  // Database and JVM servers that stop at start, in their own words (several at INFO or WARN): initdb before
  // PostgreSQL 12 (`initdb: directory "/var/lib/postgresql/data" exists but is not empty`, `initdb: could not change
  // permissions of directory …`), the MySQL image's older entry point (`error: database is uninitialized and password
  // option is not specified`), Patroni (`INFO: failed to start postgres`), SonarQube's process monitor (`Process
  // exited with exit value [es]: 1`), Neo4j (`ERROR Failed to start Neo4j: …`, `ServerStartupException`), Vert.x
  // (`Failed in deploying verticle`), Quarkus (`java.lang.RuntimeException: Failed to start quarkus`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^initdb: (?:error: )?(?:directory "[^"\n]{1,300}" exists but is not empty|could not change permissions of directory )/.source,
      /\bdatabase is uninitialized and password option is not specified\b|\bfailed to start postgres\b/.source,
      /\bProcess exited with exit value \[\w+\]: [1-9]\d*|\bFailed to start Neo4j\b|\bServerStartupException\b/.source,
      /\bFailed in deploying verticle\b|\bFailed to start quarkus\b/.source,
    ].join('|')),
    detail: 'a database or a JVM server stopped at start (initdb, the MySQL image, Patroni, SonarQube, Neo4j, Vert.x, Quarkus)',
    whateverLevel: true,
    literals: [
      'exists but is not empty', 'could not change permissions of directory', 'password option is not specified',
      'failed to start postgres', 'Process exited with exit value', 'Failed to start Neo4j', 'ServerStartupException',
      'Failed in deploying verticle', 'Failed to start quarkus',
    ],
  },
  // Servers that stop at start, in their own words: Prometheus (`msg="Opening storage failed" err="open DB in data/:
  // Locked by other process"`), Graylog (`Graylog startup failed. Exiting. Exception was:`), Zabbix (`cannot use
  // database "zabbix": Zabbix server cannot work with a Zabbix proxy database`); a C++ program's crash stack as
  // backward-cpp prints it (`Stack trace (most recent call last) in thread 144219:`, Typesense).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bOpening storage failed\b|\b[Ss]tartup failed\. Exiting\b|\bcannot use database "[^"\n]{0,64}": /.source,
      /\bStack trace \(most recent call last\) in thread \d+:/.source,
    ].join('|')),
    detail: 'a server stopped at start or crashed (Prometheus, Graylog, Zabbix, a C++ crash stack)',
    literals: ['Opening storage failed', 'tartup failed. Exiting', 'cannot use database', ') in thread '],
  },
  // Airflow's webserver whose gunicorn master died with its workers (`ERROR - [0 / 0] Some workers seem to have died
  // and gunicorn did not restart them as expected`): it stops serving.
  {
    kind: 'fatal',
    pattern: /\bSome workers seem to have died and gunicorn did not restart them\b/,
    detail: "Airflow's webserver lost its gunicorn workers",
    literals: ['gunicorn did not restart them'],
  },
  // Data pipelines' jobs and tasks that stopped: a Kafka Connect task (`ERROR WorkerSinkTask{id=jdbc-sink-0} Task threw
  // an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted.`,
  // its `ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.`), Debezium's connector (`ERROR
  // Postgres|…|streaming  Producer failure   [io.debezium.pipeline.ErrorHandler]`, then its task is killed), a dbt run
  // (`10:31:13  Encountered an error:`, then `Database Error` or `Runtime Error`: dbt exits 2), a Great Expectations
  // checkpoint (`Validation Failed!`), a Flink job without slots (`NoResourceAvailableException: Could not allocate
  // enough slots`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bwill not recover until manually restarted\b|\bExiting Worker(?:Sink|Source)Task due to unrecoverable exception\b/.source,
      /\bProducer failure\b|^(?:\d\d:\d\d:\d\d\s+)?Encountered an error:\s*$|^Validation [Ff]ailed!|\bNoResourceAvailableException\b/.source,
    ].join('|')),
    detail: 'a data pipeline\'s job or task stopped (Kafka Connect, Debezium, dbt, Great Expectations, Flink)',
    literals: [
      'will not recover until manually restarted', 'due to unrecoverable exception', 'Producer failure', 'Encountered an error:',
      'Validation Failed!', 'Validation failed!', 'NoResourceAvailableException',
    ],
  },
  // A data race the race detector found: Go's `WARNING: DATA RACE` (`go test -race` fails the test, a -race binary
  // exits 66), ThreadSanitizer's `WARNING: ThreadSanitizer: data race (pid=1234)` (exit code 66 when the program
  // ends). A Kubernetes command's end through component-base (`E0816 17:50:50.905695 32074 run.go:120] "command
  // failed" err="unknown command …"`, then exit 1: kubectl, kubelet, kube-apiserver). GoReleaser's `⨯ release
  // failed after 0.01s error=current folder is not a git repository`. Hugo's `ERROR render of "/authors" failed: …`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^WARNING: DATA RACE\s*$|^WARNING: ThreadSanitizer: |(?:^|\] )"command failed" err=/.source,
      /\b(?:release|build) failed after \d+(?:\.\d+)?m?s\b|^ERROR render of "[^"\n]*" failed: /.source,
    ].join('|')),
    detail: 'a data race, a Kubernetes command, a release or a site build that failed',
    whateverLevel: true,
    literals: ['WARNING: DATA RACE', 'WARNING: ThreadSanitizer: ', '"command failed" err=', ' failed after ', 'render of "'],
  },
  // Builds that failed, in their tools' own words: Maven's failure summary (`[ERROR] Failed to execute goal …
  // -> [Help 1]`, `Error:  Java heap space -> [Help 1]` as GitHub's problem matcher shows it), Gradle's `> Could not
  // resolve all files for configuration ':app:releaseRuntimeClasspath'.` under `What went wrong:`, sbt's `Project
  // loading failed: (r)etry, (q)uit, (l)ast, or (i)gnore?`, Boost.Test's `test/x.cpp(37): error: in "Suite/Case":
  // check … has failed` and its
  // `*** 511 failures are detected in the test module "GistTests"`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\s-> \[Help 1\]\s*$|^\s*(?:> )?Could not resolve all (?:files|dependencies|artifacts) for configuration\b/.source,
      // Maven's failing goal, whatever follows it (SAP/jenkins-library#3623: `[ERROR] Failed to execute goal
      // org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project xxx: There are test
      // failures.`).
      /\bFailed to execute goal \S+ \([^)\n]{1,80}\) on project \S+: /.source,
      /\bProject loading failed: \(r\)etry\b|\): error: in "[^"\n]{1,200}": |^\*\*\* \d+ failures? (?:is|are) detected in the test module\b/.source,
    ].join('|')),
    detail: 'a build failed (Maven, Gradle, sbt, Boost.Test)',
    whateverLevel: true,
    literals: ['-> [Help 1]', 'Could not resolve all ', 'Project loading failed: ', '): error: in "', ' detected in the test module', 'Failed to execute goal '],
  },
  // A sanitizer that stops the program: AddressSanitizer's `==36243==ERROR: AddressSanitizer: stack-use-after-scope on
  // address …` (it aborts; a paste may have lost the pid: `==ERROR: AddressSanitizer: heap-use-after-free …`),
  // LeakSanitizer's and MemorySanitizer's alike; any sanitizer's closing summary of what it found (`SUMMARY:
  // ThreadSanitizer: data race ../src/linux/platform.c:417 in …`, `SUMMARY: UndefinedBehaviorSanitizer:
  // undefined-behavior …`, behind CTest's `66: ` too).
  {
    kind: 'fatal',
    pattern: /==(?:\d+==)?ERROR: (?:AddressSanitizer|LeakSanitizer|MemorySanitizer): |\bSUMMARY: (?:Address|Leak|Memory|Thread|UndefinedBehavior)Sanitizer: /,
    detail: 'a sanitizer stopped the program (AddressSanitizer, LeakSanitizer, MemorySanitizer)',
    whateverLevel: true,
    literals: ['==ERROR: AddressSanitizer', '==ERROR: LeakSanitizer', '==ERROR: MemorySanitizer', 'SUMMARY: '],
  },
  // glog that cannot write its log file exits 2 on it (`log: exiting because of error: log: cannot create log:
  // open /tmp/rollouts-controller….log.ERROR….1: no such file or directory`, Argo Rollouts in a read-only pod).
  {
    kind: 'exit',
    pattern: /^log: exiting because of error: /,
    detail: 'glog could not write its log: the program exits',
    whateverLevel: true,
    literals: ['log: exiting because of error: '],
  },
  // Zabbix's daemons before they detach: `zabbix_agentd [64730]: ERROR: StartAgents is not 0, parameter "Server"
  // must be defined`, `zabbix_agentd [21899]: cannot open "/var/…/zabbix_agentd.log": [13] Permission denied`,
  // `zabbix_agent2 [1]: ERROR: Cannot register plugins: …`: zbx_error() on stderr, then exit(EXIT_FAILURE).
  {
    kind: 'fatal',
    pattern: /\bzabbix_(?:agentd?|agent2|server|proxy) \[\d+\]: (?:ERROR: |cannot )/,
    detail: 'a Zabbix daemon could not start',
    literals: ['zabbix_agentd [', 'zabbix_agent [', 'zabbix_agent2 [', 'zabbix_server [', 'zabbix_proxy ['],
  },
  // Next.js's `next start` with no build (`Error: Could not find a production build in the '/calcom/apps/web/.next'
  // directory.`): the server exits. n8n that cannot open its database (`There was an error initializing DB:
  // "SQLITE_CANTOPEN: unable to open database file"`, then `Stopping n8n...`).
  {
    kind: 'fatal',
    pattern: /\bCould not find a production build in the\b|\bThere was an error initializing DB\b/,
    detail: 'a Node.js server could not start (Next.js without its build, n8n without its database)',
    literals: ['Could not find a production build', 'error initializing DB'],
  },
  // PHP's CLI that found no script to run (`Could not open input file: artisan`): it exits 1. php-fpm's worker that
  // died of a signal (`WARNING: [pool www] child 12 exited on signal 9 (SIGKILL) after 794.522278 seconds from
  // start`): the request it served got a 502; the master respawns it.
  {
    kind: 'exit',
    pattern: /^Could not open input file: |\bchild \d+ exited on signal (?:4|6|7|9|11) \(SIG(?:ILL|ABRT|BUS|KILL|SEGV)\b/,
    detail: 'PHP could not run its script, or a php-fpm worker was killed',
    whateverLevel: true,
    literals: ['Could not open input file: ', 'exited on signal '],
  },
  // bash's report of a job it ran that was killed: `/start: line 73:    23 Killed   bundle exec sidekiq < /dev/null`.
  // bitnami's `libos.sh: line 336:    44 Illegal instruction     "$@"` (MongoDB 5 on a CPU without AVX); the word
  // alone on its line, as `sh -c` reports its command's death (`node dist/main` on a CPU without AVX, immich#511).
  {
    kind: 'exit',
    pattern: /\bline \d+: +\d+ (?:Killed|Illegal instruction|Bus error)\s|^(?:Illegal instruction|Bus error)\s*$/,
    detail: 'killed by a signal, as the shell reports it',
    whateverLevel: true,
    literals: ['Killed', 'Illegal instruction', 'Bus error'],
  },
  // Ansible: a host unreachable, every host failed, a recap row with failures. A task's `fatal: […]:
  // FAILED!` alone is not one: with `ignore_errors` the play prints the same line, then `...ignoring`.
  {
    kind: 'exit',
    pattern: /^fatal: \[[^\]\n]+\]: UNREACHABLE! =>|^NO MORE HOSTS LEFT\b|^\S+\s+: ok=\d+\s+changed=\d+\s+unreachable=(?:[1-9]|\d+\s+failed=[1-9])/,
    detail: 'Ansible play failed',
    whateverLevel: true,
    literals: [']: UNREACHABLE!', 'NO MORE HOSTS', 'unreachable='],
  },
  // A server that refuses its configuration at start: HAProxy, Apache httpd (and apachectl's verdict),
  // Envoy, Prometheus and Alertmanager, Consul and Vault (`==> …`).
  {
    kind: 'fatal',
    pattern: /\bFatal errors found in configuration\b|\bSyntax error on line \d+ of \S|^Action '[^'\n]*' failed\.|\berror initializing config(?:uration)? '|\bError loading config(?:uration)?\b|^==> (?:[Ff]ailed to|Error) /,
    detail: 'a server refused its configuration',
    literals: ['Fatal errors found', 'Syntax error on line', "Action '", 'error initializing config', 'Error loading config', '==> failed to', '==> Failed to', '==> Error'],
  },
  // A port already taken: the server cannot listen, and exits.
  // Mosquitto says it `Error: Address already in use` as it stops; twemproxy names what it could not listen on
  // (`nc_stats.c:846 listen on m 4 failed: Address already in use`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bjava\.net\.BindException\b|\bbind: address already in use\b|\blisten EADDRINUSE\b|\bError: Address already in use\b/.source,
      /\(Errno::EADDRINUSE\)|\b(?:bind|listen)(?: on| to)? [^\s:]+(?: [^\s:]+){0,3} failed: Address already in use\b/.source,
    ].join('|')),
    detail: 'address already in use',
    literals: ['BindException', 'address already in use', 'EADDRINUSE', 'Address already in use'],
  },
  // Spring Boot's exception for it (`PortInUseException: Port 8080 is already in use`), and Redis that cannot
  // bind its Unix socket (`# Opening Unix socket: bind: No such file or directory`), which it says only as it exits.
  {
    kind: 'fatal',
    pattern: /\bPortInUseException: Port \d+ is already in use\b|# Opening Unix socket: \S/,
    detail: 'the server could not listen',
    literals: ['PortInUseException', 'Opening Unix socket'],
  },
  // A failed CHECK of glog, Abseil or TensorFlow (`F0407 01:31:07.673615  5759 math_functions.cpp:250] Check failed:
  // a <= b (0 vs. -1.19209e-07)`, an old TensorFlow's `F tensorflow/core/kernels/strided_slice_op.cc:316] Check failed:
  // …` with no time), and TensorFlow's TF_CHECK_OK (`] Non-OK-status: …`): LOG(FATAL), the process aborts.
  {
    kind: 'fatal',
    pattern: /\] (?:Check failed|Non-OK-status): /,
    detail: 'a CHECK failed (glog, Abseil, TensorFlow): the process aborts',
    literals: ['] Check failed: ', '] Non-OK-status: '],
  },
  // Model servers and distributed jobs whose worker died: Ollama's model runner (`error starting llama runner: llama
  // runner process has terminated`, `llama runner process no longer running: 3221226505`), TorchServe's (`Load model
  // failed: DocTag, error: Worker died.`), a Ray actor (`The actor died because of an error raised in its creation
  // task`, `The actor died unexpectedly before finishing this task`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bllama runner process (?:has terminated|no longer running)\b|\bLoad model failed: [\w.-]+, error: Worker died\b/.source,
      /\bThe actor died (?:because of an error raised in its creation task|unexpectedly before finishing this task)\b/.source,
    ].join('|')),
    detail: 'a model server\'s or a job\'s worker died (Ollama, TorchServe, Ray)',
    // TorchServe says it at WARN.
    whateverLevel: true,
    literals: ['llama runner process', 'error: Worker died', 'The actor died'],
  },
  // A service of Guava's ServiceManager that failed (`Service IndexerSetupService [FAILED] has failed in the STARTING
  // state.`, Graylog's server, which then exits hard): the manager stops the server with it.
  {
    kind: 'fatal',
    pattern: /\bhas failed in the (?:STARTING|RUNNING) state\b/,
    detail: 'a service of Guava\'s ServiceManager failed: the server stops',
    literals: ['has failed in the '],
  },
  // Agents and servers that stop on their configuration: Fluent Bit (`[error] configuration file contains errors,
  // aborting.`), Vector (`ERROR vector::cli: Configuration error. error=No sources defined in the config.`, `ERROR
  // vector: Config file not found in path.`; before 0.10 `ERROR vector::topology: Configuration error: Source "in":
  // …`), Graylog's injector (`ERROR [CmdLineTool] Guice error (more detail on log level debug): Error injecting
  // constructor, …`), Guice's own `CreationException: Unable to create injector`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\berrors?, aborting\.?\s*$/.source,
      /\bvector(?:::cli|::topology)?: (?:Configuration error[.:]|Config file not found in path\.)/.source,
      /\bGuice (?:error|creation errors)\b|\bCreationException: Unable to create injector\b/.source,
    ].join('|')),
    detail: 'a server could not start on its configuration (Fluent Bit, Vector, Guice)',
    literals: [
      'errors, aborting', 'error, aborting', 'Configuration error.', 'Configuration error:', 'Config file not found in path', 'Guice error',
      'Guice creation errors', 'Unable to create injector',
    ],
  },
  // The AWS CDK's deploy that failed (` ❌  integ-user-pool-idp-social failed: Error [ValidationError]: …`,
  // `❌ Deployment failed: …`).
  { kind: 'exit', pattern: /❌ +(?:\S+ failed|Deployment failed): /, detail: 'a CDK deploy failed', whateverLevel: true, literals: ['❌  ', ' ❌ '] },
  // JavaScript test runners' verdicts: WebdriverIO's summary (`Spec Files:      0 passed, 4 failed, 4 total (100%
  // completed) in 00:00:17`), Karma's (`PhantomJS 1.9.7 (Windows 8): Executed 3 of 3 (1 FAILED) (0.022 secs / …)`).
  {
    kind: 'test-failed',
    pattern: /^Spec Files:\s+\d+ passed, [1-9]\d* failed\b|\bExecuted \d+ of \d+ (?:\(skipped \d+\) )?\([1-9]\d* FAILED\)/,
    detail: 'WebdriverIO or Karma failures',
    literals: ['Spec Files:', ' FAILED)'],
  },
  // A Clojure program that died of what it threw: clojure.main writes the report to a file and says where
  // (`Execution error (UnknownHostException) at sun.nio.ch.NioSocketImpl/connect (NioSocketImpl.java:564).`, then
  // `Full report at:` and the file's path); a REPL that printed the same error goes on and writes no report.
  // Chocolatey that could not install a package (`nodejs not installed. An error occurred during installation:`).
  {
    kind: 'exit',
    pattern: /^Full report at:\s*$|\bnot installed\. An error occurred during installation:/,
    detail: 'a program died of an error it reported (Clojure, Chocolatey)',
    literals: ['Full report at:', 'An error occurred during installation'],
  },
  // Daemons that could not start, in their own words: Ceph's OSD (`** ERROR: unable to open OSD superblock on
  // /var/lib/ceph/osd/ceph-3: (2) No such file or directory`, `** ERROR: osd init failed: …`), Unbound whose module
  // failed (`error: module init for module validator failed`), Phusion Passenger that could not start an app
  // (`Could not spawn process for application /home/decidim/decidim-app: …`), wg-quick without WireGuard in the
  // kernel (`Unable to access interface: Protocol not supported`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\*\* ERROR: (?:unable to open OSD superblock|osd init failed|error converting store|unable to mount object store)\b/.source,
      /\bmodule init for module \S+ failed\b|\bCould not spawn process for application\b/.source,
      /^Unable to access interface: /.source,
    ].join('|')),
    detail: 'a daemon could not start (Ceph, Unbound, Passenger, WireGuard)',
    literals: ['** ERROR: ', 'module init for module', 'Could not spawn process for application', 'Unable to access interface'],
  },
  // kubectl's apply that the API server or its validation rejected (`error validating "k8s/services/backend.yaml":
  // error validating data: …`, `The Deployment "social-auth" is invalid: spec.selector: Invalid value: …: field is
  // immutable`): nothing of that object was applied.
  {
    kind: 'exit',
    pattern: /\berror validating "[^"\n]+": error validating data\b|: field is immutable\b/,
    detail: 'kubectl could not apply a manifest (invalid, or a field is immutable)',
    literals: ['error validating data', 'field is immutable'],
  },
  // Tomcat deploys a web application whose listeners or filters failed to start: the application is not started.
  {
    kind: 'fatal',
    pattern: /\bOne or more (?:listeners|Filters) failed to start\b/,
    detail: 'a web application failed to start (its listeners or filters)',
    literals: ['listeners failed to start', 'Filters failed to start'],
  },
  // A server that may not listen, or cannot: Go's `listen tcp :80: bind: permission denied` (Traefik), HAProxy's
  // `Starting frontend fe_web: cannot bind socket (Permission denied) [0.0.0.0:80]`, `cannot create listening
  // socket [:::2375]` and its `Some protocols failed to start their listeners! Exiting.`; Apache's `no listening
  // sockets available, shutting down` after `make_sock: could not bind to address`, then `AH00015: Unable to open
  // logs`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\blisten (?:tcp|udp)[46]? \S{0,80}: bind: permission denied\b|\bcannot bind socket\b|\b(?:cannot|Unable to) create listening socket\b/.source,
      /\bSome protocols failed to start their listeners\b|\berror while attempting to bind on address\b/.source,
      /\bno listening sockets available, shutting down\b|\bAH00015: Unable to open logs\b/.source,
    ].join('|')),
    detail: 'a server could not listen (HAProxy, Apache, a Go server, uvicorn, OpenDKIM)',
    literals: [
      'bind: permission denied', 'cannot bind socket', 'listening socket', 'failed to start their listeners', 'attempting to bind on address',
      'AH00015: Unable to open logs',
    ],
  },
  // Varnish's manager on its cache child: `Child (37) died signal=6`, `Child (37) Panic at: …`, `varnishd -d`'s `Cache
  // child died pid=31181 status=0x6`, the assertion it panicked on (`Assert error in VDP_bytes(), cache/… line 64:`).
  {
    kind: 'panic',
    pattern: /\bChild \(\d+\) (?:died signal=\d+|Panic at: )|\bCache child died pid=\d+|\bAssert error in \w+\(\), \S+ line \d+:/,
    detail: "Varnish's cache process died",
    whateverLevel: true,
    literals: [') died signal=', ') Panic at: ', 'Cache child died', 'Assert error in'],
  },
  { kind: 'fatal', pattern: /\bA server is already running\. Check \S/, detail: 'Rails: a stale server.pid', literals: ['server is already running'] },
  // An entrypoint that cannot write where it must (a volume owned by another user, a file mounted as a
  // directory): under `set -e` it exits. coreutils' wording, bash's and busybox's for a redirection
  // (`/sbin/docker-prepare.sh: line 72: …: Permission denied`, `line 58: can't create …: Is a directory`),
  // rsync's when the image copies its files into the volume (Nextcloud's upgrade).
  {
    kind: 'fatal',
    pattern: new RegExp('^(?:mkdir|touch|cp|mv|ln|install): cannot (?:create|touch) [^\\n]*: Permission denied\\s*$'
      + '|(?:^|\\s)\\S+: line \\d+: [^:\\n]+: (?:Permission denied|Is a directory)\\s*$|^rsync: \\[(?:receiver|sender|generator)\\] [^\\n]*: Permission denied \\(13\\)'),
    detail: 'permission denied at start',
    literals: ['cannot create', 'cannot touch', 'Permission denied', 'Is a directory'],
  },
  // An app's upgrade or migration that failed, in its own words: TypeORM's (n8n, Immich), Ghost's
  // knex-migrator, Twenty's upgrade command, Nextcloud's `occ upgrade`, drush's update hook, GitLab's reconfigure
  // (Cinc/Chef), gitea's ORM engine at start, a Rails task (`rake aborted!`).
  {
    kind: 'exit',
    pattern: new RegExp('\\b[Mm]igration "[^"\\n]{1,200}" failed\\b|\\bError occurred while executing the following migration\\b|\\bMigrationScriptError: '
      + '|\\bAborting the upgrade process\\b|^Update failed\\.?\\s*$|\\[error\\] +Update failed: \\S|^There was an error running gitlab-ctl reconfigure:|\\b(?:Cinc|Chef|Chef Infra) Client failed\\.'
      + '|\\bFailed to initialize ORM engine\\b|\\brake aborted!'
      // The migration tools' own: South's, Flyway's and Liquibase's exceptions, Liquibase's failed changesets.
      + '|^Error in migration: |\\bFlywayException: |\\bliquibase\\.exception\\.\\w+Exception: |\\bErrors encountered while deploying the following changesets\\b'
      // Navidrome's (goose underneath): `msg="Failed to apply new migrations"`.
      + '|\\bFailed to apply new migrations\\b'),
    detail: 'an upgrade or migration failed',
    whateverLevel: true,
    literals: [
      'igration "', 'the following migration', 'MigrationScriptError', 'Aborting the upgrade', 'Update failed', 'gitlab-ctl reconfigure',
      'Client failed.', 'initialize ORM engine', 'rake aborted!', 'Error in migration: ', 'FlywayException', 'liquibase.exception',
      'Errors encountered while deploying', 'Failed to apply new migrations',
    ],
  },
  // A PHP console command that threw (Nextcloud's occ), an app that could not reach MongoDB when it started
  // (Rocket.Chat: the driver throws and the process ends), the mysql client stopping on an error (an import
  // or a restore: `ERROR 2013 (HY000) at line 2340: Lost connection …`), rsync's verdict, certbot's.
  { kind: 'exception', pattern: /\bAn unhandled exception has been thrown:/, detail: 'a console command threw', literals: ['unhandled exception has been'] },
  {
    kind: 'fatal',
    pattern: /\bMongo\w*Error: failed to connect to server \[[^\]\n]{1,200}\] on first connect\b/,
    detail: 'could not reach MongoDB at start',
    literals: ['on first connect'],
  },
  {
    kind: 'exit',
    pattern: /(?:^|\s)ERROR [1-9]\d{3} \([\dA-Z]{5}\)(?: at line \d+)?(?: in file:|: )|^rsync error: [^\n]*\(code [1-9]\d*\)|\bAll renewals failed\.|\bCertbot failed to authenticate some domains\b/,
    detail: 'a client or job stopped on an error (mysql, rsync, certbot)',
    whateverLevel: true,
    literals: ['ERROR 1', 'ERROR 2', 'ERROR 3', 'rsync error: ', 'All renewals failed', 'Certbot failed to authenticate'],
  },
  // A backup or a restore that stopped, in its tool's own words: each exits non-zero on it (pg_dump's and
  // pg_restore's error lines are the postgres format's, whose level table says which end the tool:
  // POSTGRES_LEVELS.exitsOnError), pg_upgrade's
  // `Failure, exiting`, mysqldump's `Got error: 1044: …`, mongo-tools' `Failed: …`, restic's `Fatal: …`
  // and `repository contains errors`, rclone's `Failed to sync: …`, borg's lock timeout, a script's
  // `Backup failed!`.
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Failure, exiting\s*$/.source,
      /^(?:mysqldump|mariadb-dump|mysqlpump): (?:Got error: \d+|Couldn't execute ')/.source,
      /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}\s+)?Failed: (?!Total\b|none\b|no\b)[^\d\s]/.source,
      /^Fatal: \S|^repository contains errors\s*$/.source,
      // A wrapper may name it first (syncrclone: `2021-11-21 22:52:23: rclone: Failed to copyto: open …`).
      /(?:^|\brclone: )(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} )?(?:[A-Z]+ ?: )?Failed to (?:sync|copy|move|copyto|moveto|bisync|check|create file system)\b/.source,
      /\bFailed to create\/acquire the lock \S+ \(timeout\)|^(?:Backup|Restore) failed[.!]?\s*$/.source,
      // pg_dump older than its server (`pg_dump: aborting because of server version mismatch`, no severity before
      // PostgreSQL 12: the postgres format reads it at INFO, its tool's name apart), mongorestore's count of what
      // it could not insert (`finished restoring zimuzu.yyets (0 documents, 17522 failures)`).
      /^(?:pg_dump(?:all)?: )?aborting because of server version mismatch\b/.source,
      // restic held off by a lock (`unable to create lock in backend: repository is already locked by PID 62 …`),
      // duplicity's last attempt (`Giving up after 1 attempts. IOError: [Errno 2] No such file or directory: …`).
      /\bunable to create lock in backend: |^Giving up after \d+ attempts?\. \w+(?:Error|Exception)\b/.source,
      /\bfinished restoring \S+ \(\d+ documents?, [1-9]\d* failures?\)/.source,
    ].join('|')),
    detail: 'a backup or restore tool failed (pg_dump, pg_restore, mysqldump, mongorestore, restic, rclone, borg)',
    whateverLevel: true,
    literals: [
      'Failure, exiting', 'Got error: ', "Couldn't execute '", 'Failed: ', 'Fatal: ', 'repository contains errors',
      'Failed to sync', 'Failed to copy', 'Failed to move', 'Failed to bisync', 'Failed to check', 'Failed to create file system',
      'acquire the lock', 'Backup failed', 'Restore failed', 'aborting because of server version', 'finished restoring ',
      'unable to create lock in backend', 'Giving up after ',
    ],
  },
  // A server that cannot begin: its storage layer (MinIO's object layer), a fork for a background save
  // (Redis), any allocation the kernel refused (ENOMEM's wording).
  { kind: 'fatal', pattern: /\bInitializ(?:ing|ation of) [^\n]{1,80}? failed\b/, detail: 'initialization failed', literals: ['Initializ'] },
  { kind: 'oom', pattern: /\bCannot allocate memory\b/, detail: 'out of memory: an allocation or a fork was refused', literals: ['Cannot allocate memory'] },
  // Brokers, directories and stores that cannot start, in their own words: the Erlang VM's end during boot
  // (RabbitMQ, CouchDB, ejabberd), Kafka's, ZooKeeper's unreadable data, Redis's append-only file, MinIO's
  // backend, Ceph's gateway, OpenLDAP's database, a Go program's goroutine dump (its `panic:` line cut off
  // above), a daemon's own `prog: Fatal: …` (Dovecot, Postfix), gunicorn's worker killed by a signal, and an
  // error that says it exits (`Error: Please fix your configuration. Exiting...`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^Runtime terminating during boot\b|\bExiting \w+ due to fatal exception\b|\bUnable to load database on disk\b/.source,
      /\bBad file format reading the append only file\b|\bCan't open the append-only file\b/.source,
      /\bUnable to initialize backend: |\bInitialization timeout, failed to initialize\b|\bbi_db_open failed!/.source,
      // Not s6-svscanctl that finds its supervisor gone, as it does while a container stops.
      // The dump may follow a logger's prefix (k9s: `12:11PM ERR goroutine 1 [running]:`, derailed/k9s#392).
      /(?:^|\s)goroutine \d+ \[running\]:\s*$|^[\w.-]+(?:\[\d+\])?:(?: [\w-]+:)? [Ff]atal: (?!unable to control \S+: supervisor not listening)\S/.source,
      // gunicorn's worker killed by a signal (by its number when Python has no name for it: `Worker (pid:8) was
      // sent code 132!`); uWSGI's (`DAMN ! worker 2 (pid: 83) died, killed by signal 9 :( trying
      // respawn ...`); Airflow's webserver whose gunicorn never answered (`No response from gunicorn master within 120
      // seconds`).
      /\bWorker \(pid:\d+\) was sent (?:SIGKILL|SIGBUS|SIGSEGV|SIGABRT|code \d+)!|\bDAMN ! worker \d+ \(pid: \d+\) died\b/.source,
      /\bNo response from gunicorn master within \d+ seconds\b/.source,
      // Behind a logger's bracketed name too (Zipline: `2023-01-05 07:06:52,884 PM error [database::migrations]
      // Failed to migrate database... exiting...`).
      // The Prometheus operator's main (`msg="Unhandled error received. Exiting..." err="…"`).
      /^(?:[^\]\n]{0,80}\] )?(?:Error|ERROR|FATAL|Fatal|Failed|Unable|Cannot|Could not|Unhandled)\b:? [^\n]*[.,] [Ee]xiting(?:\.{3}|\.)?\s*$/.source,
    ].join('|')),
    detail: 'a server could not start or was killed (a broker, a directory, a store, a Go program, a daemon)',
    literals: [
      'during boot', 'due to fatal exception', 'load database on disk', 'append only file', 'append-only file',
      'initialize backend', 'Initialization timeout', 'bi_db_open failed', ' [running]:', ': Fatal: ', ': fatal: ',
      'was sent SIG', 'was sent code ', '. Exiting', ', exiting', '. exiting', ', Exiting', 'DAMN ! worker', 'No response from gunicorn master',
    ],
  },
  // Observability and media servers that stop at start, in their own words: the config that Loki, Tempo and
  // Mimir cannot parse (dskit's `failed parsing config:`), Loki's `error initialising`, Alertmanager's config,
  // Telegraf's agent, npm's start script that failed (Node-RED), a C++ program's uncaught exception under
  // libc++ (Plex), .NET's FailFast and an exception that left Main (Emby, Jellyfin).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^failed parsing config: |\berror initialising (?:loki|module)\b|\bLoading configuration file failed\b|\bError running agent: /.source,
      /\bFailed to exec \w+ script\s*$|^libc\+\+abi: terminating with uncaught exception\b|\bat System\.Environment\.FailFast\(/.source,
      // C# 9's top-level statements (`at Program.<Main>$(String[] args) in /build/src/Program.cs:line 31`,
      // iPromKnight/zilean#25).
      /^\s*at [\w.]+\.<?Main>?\$?\((?:System\.)?String\[\] args\)(?: in \S+:line \d+)?\s*$/.source,
    ].join('|')),
    detail: 'a server stopped at start (its config, its agent, its start script, an uncaught exception)',
    literals: [
      'failed parsing config', 'error initialising', 'Loading configuration file failed', 'Error running agent',
      'Failed to exec', 'libc++abi: terminating', 'Environment.FailFast', '[] args)',
    ],
  },
  // .NET and Microsoft stacks: MSBuild's and the C# and C++ compilers' errors (`Foo.cs(17,19): error CS0103: …`,
  // `ggml.c(5841,5): error C2065: …`), the linker's (`general.obj : error LNK2019: unresolved external symbol …`,
  // `fatal error LNK1120: 2 unresolved externals`), NuGet's restore (`… .csproj : error NU1101: Unable to find
  // package Humanizer.`), Visual Studio's `========== Build: 1 succeeded, 1 failed, …`, `Build FAILED.`, `    24
  // Error(s)`, MSTest's and xUnit's failed assertions, SQL Server that stops, the Servarr apps'
  // and Umbraco's start that failed, Duplicati's unhandled exception, an App Service container that did not start.
  {
    kind: 'exit',
    pattern: new RegExp([
      /\(\d+(?:,\d+(?:,\d+,\d+)?)?\): error [A-Z]{1,8}\d{3,5}: |^\s*[1-9]\d* Error\(s\)\s*$|^Build FAILED\.\s*$/.source,
      /\berror LNK\d{4}: |\bfatal error (?:LNK|C)\d{4}: |\berror NU1\d{3}: |^=+ (?:Re)?[Bb]uild(?: All)?: \d+ succeeded, [1-9]\d* failed\b/.source,
      /\bAssert\.\w+ failed\. |\bXunit\.Sdk\.\w+Exception\b/.source,
      // ASP.NET Core's host that threw as it started (`Category: Microsoft.AspNetCore.Hosting.Diagnostics`, event 6).
      /^\s*Application startup exception\b/.source,
    ].join('|')),
    detail: 'a .NET build, test run or start failed (MSBuild, the C# compiler, MSTest, xUnit, ASP.NET Core)',
    whateverLevel: true,
    literals: [
      '): error ', ' Error(s)', 'Build FAILED.', 'Assert.', 'Xunit.Sdk.', 'error LNK', 'fatal error LNK', 'fatal error C', 'error NU1',
      '========== Build', '========== Rebuild', 'Application startup exception',
    ],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThis program has encountered a fatal error and cannot continue running\b|^Non-recoverable failure, waiting for user intervention/.source,
      /\bBootFailedException\b|^Boot failed: |\bFATAL UNHANDLED EXCEPTION\b|\bContainer could not be started\b/.source,
      // BIND's named and unbound stopping on their own error.
      /\bexiting \(due to fatal error\b|\] fatal error: \S/.source,
    ].join('|')),
    detail: 'a server stopped at start (SQL Server, a .NET app, BIND, unbound)',
    literals: [
      'encountered a fatal error', 'Non-recoverable failure', 'BootFailedException', 'Boot failed: ', 'FATAL UNHANDLED EXCEPTION',
      'Container could not be started', 'due to fatal error', 'fatal error: ',
    ],
  },
  // HAProxy: every server of a backend is down, so its requests fail.
  { kind: 'fatal', pattern: /\bbackend '?[^'\s]+'? has no server available!/, detail: 'a proxy backend has no server left (HAProxy)', whateverLevel: true, literals: ['has no server available'] },
  { kind: 'fatal', pattern: /\b[Nn]o space left on device\b/, detail: 'disk full', whateverLevel: true, literals: ['o space left on device'] },
  { kind: 'exception', pattern: /\bException encountered during context initialization - cancelling refresh attempt\b/, detail: 'Spring could not start its context', whateverLevel: true, literals: ['cancelling refresh attempt'] },
  // Builds and scripts that stopped: ninja, webpack (its verdict; Vue CLI's; Next.js's after its spinner's dots:
  // `   Running TypeScript  .Failed to compile.`), rpmbuild, Perl, Jenkins,
  // npm, bash's `set -u`, a Symfony command, a migration.
  {
    kind: 'exit',
    pattern: /^ninja: build stopped: |^(?:webpack: )?Failed to compile\.?\s*$|\.Failed to compile\.\s*$|^webpack (?:\d+\.\d+\.\d+ )?compiled with \d+ errors?\b|\bFailed to compile with \d+ errors?\b|^ *ERROR +Build failed with errors\b|\bBad exit status from \S+ \(%\w+\)|\bcompilation aborted at \S+ line \d+|\bmarked build as failure\b|(?:^|\s)npm (?:ERR!|error) code \S|\bERESOLVE unable to resolve dependency tree\b|: unbound variable\s*$|\bError thrown while running command\b|\b[Mm]igrations? failed\b/,
    detail: 'a build or script failed',
    whateverLevel: true,
    literals: [
      'build stopped', 'Failed to compile', 'compiled with ', 'Build failed with errors', 'Bad exit status', 'compilation aborted', 'marked build as failure', 'npm ERR! code', 'npm error code', 'ERESOLVE unable to resolve',
      'unbound variable', 'Error thrown while running', 'igration failed', 'igrations failed',
    ],
  },
  // End-to-end, acceptance and load test runners: a test marked with a cross at the head of its indented line
  // (bats' ` ✗ Say Hi!`, Jest's `✕`, TestCafe's and Nightwatch's `✖`, cucumber-rs's and Playwright's `✘`, a
  // failed k6 check), Robot Framework's `| FAIL |` and its totals, Cypress's results box (`│ Failing:  3 │`),
  // newman's failure table (its header, its rows: ` 1.  AssertionError   …`), Nightwatch's `TEST FAILURE: …`,
  // Gauge's and godog's totals, TestNG's `FAILED: x.y` and its totals, cucumber-rs's `Step failed:`, k6's
  // thresholds, Artillery's failed virtual users and its errors (`errors.ETIMEDOUT: …… 184279`; before 2.0, every
  // scenario launched and none completed), pabot's `… with 1 failing test(s)`.
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^\s+[✗✘✕✖] +\S/.source,
      /\| FAIL \|\s*$|^\d+ (?:critical )?tests?(?: total)?, \d+ passed, [1-9]\d* failed\b|\bwith (?:-1|[1-9]\d*) failing test\(s\)/.source,
      /│ Failing: +[1-9]\d* +│|^\s*#\s+failure\s+detail\s*$|^\s*\d{1,4}[.⠄]\s+(?:\w*Error|AssertionFailure)\s{2,}\S|^\s*TEST FAILURE: \d/.source,
      /^(?:[\d:.]+ )?(?:Specifications|Scenarios):\s+-?\d+ executed\s+-?\d+ passed\s+[1-9]\d* failed\b|^Finished \(\d+ passed, [1-9]\d* failed\b/.source,
      /^FAILED: [\w.$]+\s*$|^Total tests run: \d+, (?:Passes: \d+, )?Failures: [1-9]|^\s*Step failed:\s*$/.source,
      /\b[Tt]hresholds (?:on metrics '[^'\n]*' )?have been crossed\b|^vusers\.failed: \.* ?[1-9]\d*\s*$/.source,
      /^errors\.[^:\n]+: \.{3,} [1-9]\d*\s*$|^\s*Scenarios completed: 0\s*$/.source,
    ].join('|')),
    detail: 'end-to-end, acceptance or load tests failed',
    whateverLevel: true,
    literals: [
      ' ✗ ', ' ✘ ', ' ✕ ', ' ✖ ', '| FAIL |', ' passed, ', 'failing test(s)', '│ Failing:', '#  failure', 'Error  ', 'AssertionFailure',
      'TEST FAILURE: ', ' executed',
      'FAILED: ', 'Total tests run: ', 'Step failed:', 'have been crossed', 'vusers.failed', 'errors.', 'Scenarios completed: 0',
    ],
  },
  // A test run that could not begin: pytest's own crash (exit 3), a browser the tests drive could not start
  // (Selenium's `session not created`, Puppeteer, Playwright's missing browser), Cypress's server not up, a
  // GoCD job's verdict.
  {
    kind: 'exit',
    pattern: /^INTERNALERROR> |\bSessionNotCreatedException\b|\bsession not created: |\bFailed to launch the browser process\b|\bbrowserType\.launch: Executable doesn't exist\b|\bCypress failed to verify that your server is running\b|\[go\] Current job status: failed\b/,
    detail: 'a test run could not begin (pytest internal error, a browser that would not start, a server not up)',
    whateverLevel: true,
    literals: ['INTERNALERROR>', 'SessionNotCreated', 'session not created', 'Failed to launch the browser', "Executable doesn't exist", 'failed to verify that your server', 'Current job status: failed'],
  },
  // A shell or PowerShell could not find a command: bash exits 127, PowerShell throws.
  {
    kind: 'exit',
    // A shell's exec that found no program (`sh: 1: exec: php-fpm: not found`, bash's `line 5: exec: x: not found`):
    // the shell exits 127 in its place.
    pattern: /: command not found\s*$|\bCommandNotFoundException\b|\bis not recognized as the name of a cmdlet\b|(?:^|: )exec: [^\s:]+: not found\s*$/,
    detail: 'command not found',
    literals: ['command not found', 'CommandNotFound', 'not recognized as the name', 'exec: '],
  },
  // glibc's allocator that found its heap corrupt aborts the process (then `Aborted (core dumped)`): before 2.26
  // ``*** Error in `sidekiq 4.2.10 …': double free or corruption (fasttop): 0x00007f597888c280 ***``, since
  // `free(): double free detected in tcache 2`, `malloc(): corrupted top size`, `munmap_chunk(): invalid pointer`.
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^\*\*\* Error in `[^`'\n]*': |^(?:free|malloc|realloc|munmap_chunk|malloc_consolidate)\(\): (?:double free detected|invalid (?:pointer|size|next size)|corrupted|unaligned)/.source,
      /^(?:double free or corruption \(|corrupted size vs\. prev_size\b)/.source,
    ].join('|')),
    detail: 'glibc found the heap corrupt and aborted the process',
    whateverLevel: true,
    literals: ['*** Error in `', '(): double free', '(): invalid ', '(): corrupted', '(): unaligned', 'double free or corruption', 'corrupted size vs'],
  },
  // A Bitnami image whose set-up script failed: the container exits (`Error executing 'postInstallation': Message:
  // The database migration in Ghost encountered an error.`).
  { kind: 'fatal', pattern: /^Error executing '[A-Za-z]+': /, detail: "a Bitnami image's set-up failed", whateverLevel: true, literals: ["Error executing '"] },
  // VSTest's run that lost its test host: the tests it was running have no result (`The active test run was aborted.
  // Reason: Test host process crashed`, then `Test Run Aborted.`).
  {
    kind: 'test-failed',
    pattern: /\bThe active test run was aborted\. Reason: |^\s*Test Run Aborted\.\s*$/,
    detail: 'a test run was aborted (its test host crashed)',
    whateverLevel: true,
    literals: ['test run was aborted', 'Test Run Aborted'],
  },
  // PHP's fatal out-of-memory, whatever its logger calls it (Monolog's `AzuraCast.ALERT: Fatal Error (E_ERROR): Allowed
  // memory size of 268435456 bytes exhausted (tried to allocate 131093752 bytes)`): the request or the worker dies.
  {
    kind: 'oom',
    pattern: /\bAllowed memory size of \d+ bytes exhausted\b/,
    detail: "out of memory (PHP's memory_limit)",
    whateverLevel: true,
    literals: ['Allowed memory size of'],
  },
  // Flux's helm-controller that gave up on a release (`"error":"upgrade retries exhausted"`), a shell script that
  // cannot be parsed (dash's `sh: 1: Syntax error: end of file unexpected`, `/entrypoint.sh: 97: /entrypoint.sh: Syntax
  // error: "(" unexpected (expecting "fi")`, bash's `entrypoint.sh: line 3: syntax error near unexpected token …` and
  // `line 33: syntax error: unexpected end of file`, busybox's `line 6: syntax error: unexpected word (expecting
  // "do")`): the script does not run; Compose refusing a network it did not create (`network
  // internet-monitoring-front-tier was found but has incorrect label com.docker.compose.network set to "…"`); a
  // program to run that is not there (cgo's `cgo: C compiler "gcc" not found: exec: "gcc": executable file not found
  // in $PATH`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:install|upgrade) retries exhausted$/.source,
      /^(?:\S+: )?(?:line )?\d+: (?:\S+: )?(?:Syntax error: |syntax error(?: near unexpected token |: unexpected ))/.source,
      /^network \S+ was found but has incorrect label /.source,
      /\bexecutable file not found in \$PATH\b/.source,
    ].join('|')),
    detail: 'a job could not go on (a release given up, a script that does not parse, a network, a missing program)',
    literals: ['retries exhausted', 'Syntax error: ', 'syntax error near unexpected token', 'syntax error: unexpected ',
      'was found but has incorrect label', 'executable file not found'],
  },
  // Servers that could not start, in their own words: Jenkins (`Caused: hudson.util.HudsonFailedToLoad`, its
  // cause-first trace), Rspamd (`rspamd_config_read: rcl parse error: one_shot attribute is not boolean …`),
  // maturin building a Python package (`💥 maturin failed`).
  {
    kind: 'fatal',
    pattern: /\bhudson\.util\.HudsonFailedToLoad\b|\brspamd_config_read: rcl parse error: |💥 maturin failed\b/,
    detail: 'a server or a build could not start (Jenkins, Rspamd, maturin)',
    whateverLevel: true,
    literals: ['HudsonFailedToLoad', 'rcl parse error', '💥 maturin failed'],
  },
  // An uncaught exception a Node app's logger reports as it dies (winston's handler, which exits:
  // `error: [localhost:80] uncaughtException: the database system is starting up`).
  { kind: 'exception', pattern: /\buncaughtException: \S/, detail: 'uncaught exception (Node, through its logger)', literals: ['uncaughtException: '] },
  // A Go server's main that gave up, logged as it exits: Loki's `level=error … msg="error running loki"
  // err="failed services…"`, Woodpecker's `"message":"error running server"`, Prometheus 1's `Error opening memory
  // series storage: …`, oauth2-proxy's `[main.go:43] ERROR: failed to load core options: …`, Consul's agent, which
  // reports its own exit at INFO (`[INFO]  agent: Exit code: code=1`); identity servers that
  // did not start: Kanidm's `Failed to start server core!`, LLDAP's `Could not bring up the servers: …`, FreeIPA's
  // `The ipa-replica-install command failed.` and `FreeIPA server configuration failed.`
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\b[Ee]rror running [\w-]+(?=\s*$|"| \|| err(?:or)?=)|\bError opening memory series storage: |\[main\.go:\d+\] ERROR: /.source,
      /\bFailed to start server core!|\bCould not bring up the servers\b|\bThe ipa-(?:server|replica|client)-install command failed\b/.source,
      /^FreeIPA server configuration failed\.|\bagent: Exit code: code=[1-9]\d*\b/.source,
    ].join('|')),
    detail: 'a server gave up at start (Loki, Woodpecker, Prometheus, oauth2-proxy, Consul, Kanidm, LLDAP, FreeIPA)',
    whateverLevel: true,
    literals: [
      'rror running ', 'Error opening memory series storage', '[main.go:', 'Failed to start server core', 'Could not bring up the servers',
      'install command failed', 'FreeIPA server configuration failed', 'agent: Exit code',
    ],
  },
  // Tools that stopped, in their own words: Rust's panic inside a panic (`thread panicked while processing panic.
  // aborting.`), pg_upgrade's `*failure*` (then `Consult the last few lines of …`), Ecto's migrator (`Could not
  // create schema migrations table. This error usually happens due to the following:`), MediaWiki's command line
  // (`Wikimedia\Rdbms\DBQueryError from line 1719 of …/Database.php: Error 1: table dpl_clview already exists`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bthread panicked while processing panic\. aborting\b|^\*failure\*\s*$|\bCould not create schema migrations table\b/.source,
      /^(?:\[[^\]\n]{1,40}\] \[[^\]\n]{1,40}\] )?[\w\\]+(?:Error|Exception) from line \d+ of \S+: /.source,
    ].join('|')),
    detail: 'a tool stopped (a Rust double panic, pg_upgrade, an Ecto migration, a MediaWiki script)',
    whateverLevel: true,
    literals: ['while processing panic', '*failure*', 'schema migrations table', ' from line '],
  },
  // Upstart, the init of Ubuntu before 15.04, through the kernel's log: a job's process that exited with an error
  // or died of a crash signal (`init: docker main process (28969) terminated with status 1`, `… killed by SEGV
  // signal`; not TERM or KILL, its own stop), and the respawns it gave up (`init: docker respawning too fast,
  // stopped`).
  {
    kind: 'exit',
    pattern: /\binit: \S+ (?:main|pre-start|post-start) process \(\d+\) (?:terminated with status [1-9]\d*|killed by (?:SEGV|ABRT|BUS|ILL|FPE) signal)\b|\binit: \S+ respawning too fast, stopped\b/,
    detail: 'a job of upstart exited with an error, crashed, or respawned too fast',
    whateverLevel: true,
    literals: ['main process (', 'start process (', 'respawning too fast'],
  },
  // Builds that stopped, in their tools' words: ninja's failed edge (`FAILED: bins/CMakeFiles/zzcat.dir/zzcat.c.obj`,
  // the command and its errors under it), make before 4.3 (`Makefile:316: recipe for target 'test' failed`); and
  // Alembic's command that failed, a sentence after the same word (`FAILED: Requested revision c1d2e3f4a5b6 overlaps
  // with other requested revisions b2c3d4e5f6a7`; not TestNG's `FAILED: pkg.Test.method`).
  {
    kind: 'exit',
    pattern: /^FAILED: (?=[^\s/\\]*[/\\]|\S+\.o(?:bj)?\s*$|[A-Z][a-z]+ \S)\S|^[^\s:]+:\d+: recipe for target '[^'\n]+' failed\s*$/,
    detail: 'a build or a migration stopped (ninja, make, Alembic)',
    whateverLevel: true,
    literals: ['FAILED: ', 'recipe for target'],
  },
  // systemd: a unit it could not start at all (`borgbackup-job-paki.service: Failed at step NAMESPACE spawning …`, the
  // status 226/NAMESPACE), a process that dumped core (systemd-coredump's `Process 334 (systemd-journal) of user 0
  // dumped core.`), PID 1's own crash (`Caught <SEGV>, dumped core as pid 9102.`), a unit restarted again and again
  // (`pac4cli.service: Scheduled restart job, restart counter is at 2.`: from the second restart on).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bFailed at step [A-Z_]+ spawning \S|\bProcess \d+ \([^)\n]{1,80}\) of user \d+ dumped core\b|\bCaught <(?:SEGV|ABRT|BUS|ILL|FPE)>/.source,
      /\bScheduled restart job, restart counter is at (?:[2-9]|\d{2,})\b/.source,
    ].join('|')),
    detail: 'systemd could not start a unit, a process dumped core, or a unit restarts in a loop',
    whateverLevel: true,
    literals: ['Failed at step ', 'dumped core', 'Caught <', 'restart counter is at'],
  },
  // The Erlang VM's crash dump (RabbitMQ, CouchDB, EMQX): its header, and its slogan when the VM ran out of memory
  // (`Slogan: eheap_alloc: Cannot allocate 367904368 bytes of memory (of type "old_heap").`).
  {
    kind: 'oom',
    pattern: /^Slogan: \w+_alloc: Cannot allocate \d+ bytes of memory\b/,
    detail: 'the Erlang VM ran out of memory (its crash dump)',
    whateverLevel: true,
    literals: ['Slogan: '],
  },
  { kind: 'fatal', pattern: /^=erl_crash_dump:\d+\.\d+\s*$/, detail: "the Erlang VM's crash dump", whateverLevel: true, literals: ['=erl_crash_dump:'] },
  // Mobile and front-end toolchains that stopped: Metro's bundle (`bundling failed: Error: Unable to resolve module
  // …`), the Flutter tool's exit (`Error launching application on iPhone 11.`, its stack's `#0      throwToolExit
  // (package:flutter_tools/src/base/common.dart:10:3)`).
  {
    kind: 'exit',
    pattern: /\bbundling failed: \w*Error\b|^Error launching application on \S|\bthrowToolExit \(package:flutter_tools\//,
    detail: 'a mobile build or run stopped (Metro, Flutter)',
    whateverLevel: true,
    literals: ['bundling failed: ', 'Error launching application on', 'throwToolExit'],
  },
  // Log shippers that stopped: a Beat's last word (`Exiting: error initializing publisher: No outputs are defined.`,
  // libbeat's `CRIT Exiting: …` before it), Fluentd's supervisor on its worker (`Worker 0 finished unexpectedly with
  // signal SIGSEGV`, at info; `… with status 1`).
  {
    kind: 'fatal',
    pattern: /^(?:\S+ \S+ \S+: CRIT )?Exiting: \S|\bWorker \d+ finished unexpectedly with (?:signal \w+|status [1-9]\d*)/,
    detail: 'a log shipper stopped (a Beat, a Fluentd worker)',
    whateverLevel: true,
    literals: ['Exiting: ', 'finished unexpectedly with'],
  },
  // Ruby's report of an exception nothing rescued: its frames under the message, each `from …` (`from
  // /opt/td-agent/…/fluent/config/section.rb:169:in `each'`; a logged exception's frames have no `from`).
  { kind: 'exception', pattern: /^\s*from \/\S*\.rb:\d+:in [`']/, detail: 'uncaught Ruby exception (its backtrace)', whateverLevel: true, literals: [':in `', ":in '"] },
  // Cloud command-line tools that stopped: Terraform before 0.12 (`Error applying plan:`, then `1 error(s) occurred:`
  // and `Terraform does not automatically rollback in the face of errors.`), the AWS CLI (`upload failed:
  // scripts/web.userdata to s3://… An error occurred (AccessDenied) when calling the PutObject operation: …`, its
  // error alone on its line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Error applying plan:\s*$|^\d+ error\(s\) occurred:\s*$|^Terraform does not automatically rollback in the face of errors\b/.source,
      /^(?:(?:upload|download|copy|move|delete) failed: \S+ (?:to \S+ )?)?An error occurred \(\w+\) when calling the \w+ operation\b/.source,
    ].join('|')),
    detail: 'a cloud tool stopped (Terraform, the AWS CLI)',
    whateverLevel: true,
    literals: ['Error applying plan', ' error(s) occurred', 'does not automatically rollback', 'An error occurred ('],
  },
  // Tools and test runners that stopped, in their own words: Patroni whose postgres died as it started it (`ERROR:
  // postmaster is not running`), the ClickHouse client's error (`Code: 210. DB::NetException: Connection refused
  // (localhost:9008). (NETWORK_ERROR)`, its exit code; the server says its exceptions inside a line), TestCafe's
  // error box (`Type "testcafe -h" for help.` under it), pabot's suite (`[PID:850] [0] FAILED 01 Test Suite`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bERROR: postmaster is not running\s*$|^Code: \d+\. DB::\w*Exception: /.source,
      /^Type "testcafe -h" for help\.|\[PID:\d+\] \[\d+\] FAILED \S/.source,
    ].join('|')),
    detail: 'a tool or a test run stopped (Patroni, the ClickHouse client, TestCafe, pabot)',
    whateverLevel: true,
    literals: ['postmaster is not running', '. DB::', 'testcafe -h', '] FAILED '],
  },
  // Windows builds and services, in their tools' words: MSBuild's canonical error without a code or a position
  // (`…/restore.proj : error : Unable to load the service index for source …`, `Microsoft.NuGet.targets(186,5): error :
  // The package ControlzEx … could not be found`, `….targets(406,5): Error : Error Code: ERROR_USER_NOT_ADMIN`) and a
  // tool's with its code but no position (WiX's `light.exe : error LGHT0001: A required privilege is not held …`);
  // Chocolatey's installer that failed (`… was not successful. Exit code was '5'.`); Pester's failed test (`[-]
  // DACFx 1.08s (869ms|215ms)`); Windows Error Reporting's crash (`Faulting application name: w3wp.exe, …`), the
  // ASP.NET Core module's in-process app that died (`CLR worker thread exited prematurely`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /(?:\(\d+(?:,\d+){0,3}\)| ): [Ee]rror : \S|\.exe : (?:fatal )?error [A-Z]{1,8}\d{1,5} ?: \S/.source,
      /\bwas not successful\. Exit code was '-?[1-9]\d*'/.source,
      /^\s*(?:[\w-]+: +)?\[-\] \S(?:[^\n]*\s)?\d+(?:\.\d+)?m?s(?: \(\d+m?s\|\d+m?s\))?\s*$/.source,
      /^Faulting application name: \S|\bCLR worker thread exited prematurely\b/.source,
    ].join('|')),
    detail: 'a Windows build, install, test or service failed (MSBuild, WiX, Chocolatey, Pester, IIS)',
    whateverLevel: true,
    literals: ['): error : ', '): Error : ', ' : error : ', ' : Error : ', '.exe : error ', '.exe : fatal error ', 'Exit code was', ' [-] ',
      'Faulting application name', 'CLR worker thread exited prematurely'],
  },
  // Servers that stopped, in their own words: Asterisk (`check_init: Module initialization failed.  ASTERISK
  // EXITING!`), Exim refusing its configuration (`Exim configuration error in line 30 of …`), TeamSpeak's crash
  // (`TeamSpeak server has crashed. A crashdump has been generated at "…"`), Factorio's mod error that ends the game
  // (`Error while running event factorissimo-2-notnotmelon::on_built_entity (ID 6)`), a daemon refusing to start
  // (Kanidm's `ERROR: Refusing to start - unable to create kanidmd exclusive lock at …`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bASTERISK EXITING!|\bExim configuration error in line \d+|\bhas crashed\. A crash ?dump has been generated\b/.source,
      // Not a scheduler that skips one run (`Refusing to start backup, another one is running`).
      /^Error while running event \S+ \(ID \d+\)|\bRefusing to start(?: -|:|\.?\s*$)/.source,
    ].join('|')),
    detail: 'a server stopped (Asterisk, Exim, TeamSpeak, Factorio, a daemon refusing to start)',
    whateverLevel: true,
    literals: ['ASTERISK EXITING', 'Exim configuration error', 'dump has been generated', 'Error while running event', 'Refusing to start'],
  },
  // CI services that stopped a job for its silence: Travis (`No output has been received in the last 10 minutes, this
  // potentially indicates a stalled build …`, `The build has been terminated`; the web page's line numbers run into
  // both when copied, so neither is anchored).
  {
    kind: 'exit',
    pattern: /No output has been received in the last \d+ ?m|The build has been terminated\.?\s*$/,
    detail: 'the CI service stopped a job that printed nothing for too long (Travis)',
    whateverLevel: true,
    literals: ['No output has been received', 'The build has been terminated'],
  },
  // zsh's report of a command a signal stopped (`zsh: segmentation fault  streamlit run st.py`, `zsh: killed  …`).
  {
    kind: 'segfault',
    pattern: /^zsh: (?:segmentation fault|bus error|illegal hardware instruction) +\S/,
    detail: 'a command stopped by a memory access fault, as zsh reports it',
    literals: ['zsh: '],
  },
  {
    kind: 'exit',
    pattern: /^zsh: (?:killed|abort) +\S/,
    detail: 'a command killed by a signal, as zsh reports it',
    literals: ['zsh: '],
  },
  // GitOps and operators that could not apply: Argo CD's sync result (`adding resource result, status: 'SyncFailed',
  // phase: 'Failed', …` at info), Flux's reconciliation (`"msg":"Reconciliation failed after 10.8s, next try in
  // 30m0s"`), Strimzi's wait for its pods (`Exceeded timeout of 300000ms while waiting for Pods resource
  // x-zookeeper-0 in namespace y to be ready`).
  {
    kind: 'exit',
    pattern: /\bstatus: 'SyncFailed', phase: 'Failed'/,
    detail: 'a GitOps sync failed (Argo CD)',
    whateverLevel: true,
    literals: ["'SyncFailed'"],
  },
  {
    kind: 'exit',
    pattern: /^Reconciliation failed after \S+, next try in \S|\bExceeded timeout of \d+ms while waiting for \S+ resource \S+/,
    detail: 'a controller could not reconcile (Flux, Strimzi)',
    literals: ['Reconciliation failed after', 'Exceeded timeout of'],
  },
  // A broker or a server that did not come up in time (`EMQ X Broker 4.2.3 failed to start within 15 seconds,`),
  // gdb's word on a core (`Program terminated with signal SIGABRT, Aborted.`).
  {
    kind: 'fatal',
    pattern: /\bfailed to start within \d+ seconds\b|^Program terminated with signal SIG[A-Z]+\b/,
    detail: 'a server did not start in time, or a program died of a signal (gdb)',
    whateverLevel: true,
    literals: ['failed to start within', 'Program terminated with signal'],
  },
  // s6-overlay's word on a service a signal stopped (Frigate's `[INFO] Service Frigate exited with code 256 (by signal
  // 11)`): a memory fault, or an abort, a trap, an illegal instruction (not TERM, KILL or INT: a stop).
  {
    kind: 'segfault',
    pattern: /\bexited with code \d+ \(by signal (?:7|11)\)/,
    detail: 'a supervised service died of a memory fault (s6)',
    whateverLevel: true,
    literals: ['(by signal '],
  },
  {
    kind: 'exit',
    pattern: /\bexited with code \d+ \(by signal (?:4|5|6|8|31)\)/,
    detail: 'a supervised service died of a signal (s6)',
    whateverLevel: true,
    literals: ['(by signal '],
  },
  // Migrations and builds that stopped, in their tools' words: Liquibase's command line (`Unexpected error running
  // Liquibase: Validation Failed:`), Diesel's (`Failed with: syntax error at or near "VALUE"`), execa's error as a
  // builder prints it (`{ Error: Command failed: nuxt build --standalone …`), Gatsby's error code (` ERROR #95312 `).
  {
    kind: 'exit',
    pattern: /\bUnexpected error running Liquibase: |^Failed with: \S|\bError: Command failed(?: with exit code \d+)?: \S|^\s*ERROR #\d{4,6}\b/,
    detail: 'a migration or a build stopped (Liquibase, Diesel, a builder running a command, Gatsby)',
    literals: ['Unexpected error running Liquibase', 'Failed with: ', 'Error: Command failed', 'ERROR #'],
  },
  // Analysers that fail the job: CodeQL finding nothing it could read (`CodeQL detected code written in Java but could
  // not process any of it.`), golangci-lint that could not run (`level=error msg="Running error: buildir: analysis
  // skipped: …"`), PHPStan's verdict (` [ERROR] Found 133 errors`), tfsec's (`  11 potential problem(s) detected.`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bCodeQL detected code written in \S+ but could not process any of it\b|^Running error: \S/.source,
      /^\s*\[ERROR\] Found [1-9]\d* errors?\b|^\s*[1-9]\d* potential problem\(s\) detected\./.source,
    ].join('|')),
    detail: 'an analyser failed the job (CodeQL, golangci-lint, PHPStan, tfsec)',
    whateverLevel: true,
    literals: ['could not process any of it', 'Running error: ', '[ERROR] Found ', 'potential problem(s) detected'],
  },
  // Supervisors and clients that gave up: the Home Assistant Supervisor's watchdog (`Watchdog found addon Navidrome
  // is unhealthy, restarting...`, at WARNING), illumos's SMF (`Reason: Restarting too quickly.`, `Impact: This service
  // is not running.`), frpc told not to retry (`login to the server failed: … With loginFailExit enabled, no additional
  // retries will be attempted`), Compose with nothing to run (`no containers to start`, then exit 1), a server's
  // database it cannot open as its last word (Stalwart's `Unable to open database: Internal Error: …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bWatchdog found addon \S+(?: \S+){0,5} is unhealthy, restarting\b|^\s*Reason: Restarting too quickly\./.source,
      /^\s*Impact: This service is not running\.|\bWith loginFailExit enabled, no additional retries will be attempted\b/.source,
      /^no containers to start\s*$|^Unable to open database: \S/.source,
    ].join('|')),
    detail: 'a supervisor or a client gave up (Home Assistant, SMF, frpc, Compose, a server without its database)',
    whateverLevel: true,
    literals: [
      'is unhealthy, restarting', 'Restarting too quickly', 'This service is not running', 'loginFailExit enabled', 'no containers to start',
      'Unable to open database: ',
    ],
  },
  // The kernel's word on a process it stopped for a bad memory access, in the syslog or `dmesg` (`memcacheq[4940]:
  // segfault at 8 ip 0000000000403fb5 sp 00007ff16c0efcf0 error 6 in memcacheq[400000+d000]`, `memcacheq[28474]
  // general protection ip:403fb5 sp:7fffe810fe20 error:0 in memcacheq[400000+d000]`, `traps: x[1] general protection
  // fault ip:…`).
  {
    kind: 'segfault',
    pattern: /\bsegfault at [\da-f]+ ip [\da-f]+ sp [\da-f]+ error \d+|\bgeneral protection(?: fault)? ip:[\da-f]+ sp:[\da-f]+ error:[\da-f]+/,
    detail: 'the kernel stopped a process for a bad memory access',
    whateverLevel: true,
    literals: ['segfault at ', 'general protection'],
  },
  // Workflow engines that lost a run: Prefect's flow run (`Flow run 'statuesque-starling' - Crash detected! Execution
  // was interrupted by an unexpected exception.`), Passenger's app that failed to boot (`App 473617 output: Error: The
  // application encountered the following error: expected file … to define constant ShrAutonotesV2, but didn't
  // (Zeitwerk::NameError)`).
  {
    kind: 'fatal',
    pattern: /\bCrash detected! Execution was (?:interrupted|terminated)\b|\bThe application encountered the following error: \S/,
    detail: 'a flow run crashed (Prefect), or an app failed to boot (Passenger)',
    literals: ['Crash detected!', 'encountered the following error'],
  },
  // Servers and agents that say they died or gave up, found in sets 221–226: Fluentd's supervisor (`fluentd main
  // process died unexpectedly. restarting.`, after `process finished code=6`), Tomcat's deployer (`SEVERE [main]
  // …HostConfig.deployWAR Error deploying web application archive [/…/WebAPI.war]`), WildFly's (`WFLYCTL0348: Timeout
  // after [300] seconds waiting for service container stability. Operation will roll back.`) and its CLI batch (`The
  // batch failed with the following error: :`, `WFLYCTL0062: Composite operation failed and was rolled back.`),
  // Micronaut (`Error starting Micronaut server: null`), a Galera node (`[ERROR] WSREP: failed to open gcomm backend
  // connection: 110: failed to reach primary view`), a start script that gave up (`Couln't start Elasticsearch.
  // Exiting.`, spelt as the sebp/elk image prints it).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bprocess died unexpectedly\b|\bprocess finished code=[1-9]\d*\b|\bError deploying web application (?:archive|directory)\b/.source,
      /\bWFLYCTL0348: Timeout after \[\d+\] seconds waiting for service container stability\b/.source,
      /^The batch failed with the following error\b|\bWFLYCTL0062: Composite operation failed and was rolled back\b/.source,
      /\bError starting Micronaut server\b|\bWSREP: failed to open gcomm backend connection\b/.source,
      /\b(?:[Cc]ould(?:n'?t| not)|Couln't|[Cc]an(?:no|')t|[Uu]nable to|[Ff]ailed to) start [\w .-]{1,60}[.!] Exiting\b/.source,
    ].join('|')),
    detail: 'a server or agent died or gave up (Fluentd, Tomcat, WildFly, Micronaut, Galera, a start script)',
    whateverLevel: true,
    literals: [
      'process died unexpectedly', 'process finished code=', 'Error deploying web application', 'WFLYCTL0348', 'The batch failed',
      'WFLYCTL0062', 'Error starting Micronaut', 'open gcomm backend', ' Exiting',
    ],
  },
  // Test runners' own verdicts: Mocha's old summary (`✖ 1 of 1 test failed:`), Cypress's failed assertion
  // (`AssertionError: Timed out retrying: Expected to find content: 'Search results' … but never did.`).
  {
    kind: 'test-failed',
    pattern: /✖ \d+ of \d+ tests? failed\b|\b(?:AssertionError|CypressError): Timed out retrying\b/,
    detail: 'a test failed (Mocha, Cypress)',
    whateverLevel: true,
    literals: [' test failed', ' tests failed', 'Timed out retrying'],
  },
  // Builds, jobs and clients that gave up, found in sets 227–232: ninja's failed edge (`FAILED: g++ -MD -MT …`, or
  // newer ninja's `FAILED: build/release/tests/rpc_test.o`; not TestNG's `FAILED: testName`) and the compiler it ran
  // (`g++: internal compiler error: Killed (program cc1plus)`), electron-builder's error mark (`  ⨯ unknown long flag
  // '--build-resource-dir'`), Jenkins' checkout (`ERROR: Error cloning remote repo 'origin'`, behind the Timestamper's
  // clock with one space too, which is no envelope: an application's own time looks the same), Bitnami's wait for a
  // port (`timeout reached before the port went into state "inuse"`), and a client whose retries ran out (Woodpecker's
  // `backoff: maximum elapsed time exceeded`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^FAILED: (?:\S*\/\S*|\S+ \S)|\binternal compiler error: |^\s*⨯ \S|^(?:\d{2}:\d{2}:\d{2} )?ERROR: Error (?:cloning|fetching) remote repo '/.source,
      /^timeout reached before the port went into state "\w+"/.source,
    ].join('|')),
    detail: 'a build, a job or a start-up step failed (ninja, a compiler, electron-builder, Jenkins, a wait)',
    whateverLevel: true,
    literals: [
      'FAILED: ', 'internal compiler error', '  ⨯ ', 'Error cloning remote repo', 'Error fetching remote repo', 'went into state',
    ],
  },
  {
    kind: 'exit',
    pattern: /\bbackoff: maximum elapsed time exceeded\b/,
    detail: 'a client gave up retrying',
    literals: ['maximum elapsed time exceeded'],
  },
  // A JVM out of direct memory (netty's `io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216
  // byte(s) of direct memory`, BookKeeper's `Unable to allocate memory, exiting bookie`).
  {
    kind: 'oom',
    pattern: /\bOutOfDirectMemoryError\b|\bUnable to allocate memory\b/,
    detail: 'out of memory: a direct buffer or an allocation was refused',
    literals: ['OutOfDirectMemoryError', 'Unable to allocate memory'],
  },
  // Kubernetes' events of a container started again and again (`Normal   Started    2m (x4 over 5m10s)   kubelet
  // Started container keycloak`): a crash loop, whatever the events' type, once it started a third time.
  {
    kind: 'crash-loop',
    pattern: /^\s*Normal\s+(?:Started|Created)\s+\S+ \(x(?:[3-9]|[1-9]\d+) over \S+\)\s+kubelet(?:, \S+)?\s+(?:Started|Created) container\b/,
    detail: 'a container started again and again (Kubernetes events)',
    whateverLevel: true,
    literals: ['Started container', 'Created container'],
  },
  // Found in sets 233–238. A child of Apache httpd killed by a signal, logged at notice (`[core:notice] [pid 1:tid 1]
  // AH00052: child pid 62 exit signal Segmentation fault (11)`); Puma's master killing a worker that stopped answering
  // (`[21147] ! Terminating timed out worker: 13143`).
  {
    kind: 'exit',
    pattern: /\bAH00052: child pid \d+ exit signal [A-Z][a-z]+(?: [a-z]+)* \(\d+\)|^\[\d+\] ! Terminating timed out worker: \d+/,
    detail: 'a server killed or lost a worker process (Apache httpd, Puma)',
    whateverLevel: true,
    literals: ['AH00052', 'Terminating timed out worker'],
  },
  // Accelerators out of memory: CUDA's own (`CUDA error: out of memory`, ggml and PyTorch print it) and XLA's
  // (`jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 4770354232
  // bytes.`).
  {
    kind: 'oom',
    pattern: /\bCUDA error: out of memory\b|\bRESOURCE_EXHAUSTED: Out of memory\b/,
    detail: 'out of memory on a GPU or an accelerator (CUDA, XLA)',
    whateverLevel: true,
    literals: ['CUDA error: out of memory', 'RESOURCE_EXHAUSTED: Out of memory'],
  },
  // ggml's aborts (llama.cpp, Ollama's runner): a failed assertion (`src/llama.cpp:3504: GGML_ASSERT(cell.has_seq_id(
  // seq_id)) failed`) and a CUDA call that failed (`ggml-cuda.cu:132: CUDA error`), each followed by a backtrace.
  {
    kind: 'fatal',
    pattern: /^\S+:\d+: GGML_ASSERT\(.*\) failed$|^\S+\.cu:\d+: CUDA error$/,
    detail: 'a native program aborted on a failed check (ggml: llama.cpp, Ollama)',
    whateverLevel: true,
    literals: ['GGML_ASSERT(', ': CUDA error'],
  },
  // A build step's compiler that refused its options (`nvcc fatal   : Value 'native' is not defined for option
  // 'gpu-architecture'`) and the driver that ran it (`/usr/bin/nvcc: returned nonzero exit status`).
  {
    kind: 'exit',
    pattern: /^nvcc fatal\s+: |: returned nonzero exit status\b/,
    detail: 'a build step failed (nvcc)',
    whateverLevel: true,
    literals: ['nvcc fatal', 'returned nonzero exit status'],
  },
  // Go's gocheck suites (`FAIL: consul_catalog_test.go:237: ConsulCatalogSuite.TestSimpleConfigurationWithWatch`).
  {
    kind: 'test-failed',
    pattern: /^FAIL: \S+_test\.go:\d+: \w+\.\w+/,
    detail: 'a test failed (gocheck)',
    whateverLevel: true,
    literals: ['_test.go:'],
  },
  // Provisioning and infrastructure tools that gave up, found in set 236: Packer's step (`==> vsphere-iso: Step
  // "StepProvision" failed, aborting...`, behind `-timestamp-ui`'s time too), Salt's state (`  Result: False`, as
  // `state.highstate` prints each state, `Result: True` when it held) and its minion (`    Minion did not return`),
  // Terraform 0.11's provider (`Error installing provider "azurerm": Checksums did not match.`). And a Go program
  // refusing its command line (`flag provided but not defined: -trimpath`, Go's flag package, then its usage: exit 2).
  {
    kind: 'exit',
    pattern: new RegExp([
      /(?:^|: )Step "\w+" failed, aborting\b|^\s+Result: False\s*$|^\s+Minion did not return\b/.source,
      /^Error installing provider "[^"\n]+": |^flag provided but not defined: -\S/.source,
    ].join('|')),
    detail: 'a provisioning run or a command line failed (Packer, Salt, Terraform, Go flags)',
    whateverLevel: true,
    literals: ['failed, aborting', 'Result: False', 'Minion did not return', 'Error installing provider', 'flag provided but not defined'],
  },
  // unittest's and Django's report of one failed test, as it heads its traceback under a line of `=` (`FAIL:
  // test_cuda_memory_leak_detection (test_cuda.TestCuda)`, Python 3.11's `(tests.test_x.Case.test_y)`), behind the
  // Jenkins Timestamper's clock too: an excerpt often ends before the run's `FAILED (failures=2)`.
  {
    kind: 'test-failed',
    pattern: /^(?:\d{2}:\d{2}:\d{2} )?(?:FAIL|ERROR): test\w* \([\w.]+\)\s*$/,
    detail: 'a test failed (unittest, Django)',
    whateverLevel: true,
    literals: ['FAIL: test', 'ERROR: test'],
  },
  // Backups and restores that failed, found in sets 239 and 242: Velero's verdict (`Phase:  PartiallyFailed (run
  // 'velero restore logs …' for more information)`; not `Phase:  Completed`), rclone's last attempt (`ERROR : Attempt
  // 3/3 failed with 13 errors and: …`), mysqldump's and mariadb-dump's error (`mariadb-dump: Error 2013: Lost
  // connection to server during query when dumping table …`), and a client told that PostgreSQL crashed under it
  // (pg_restore's `WARNING:  terminating connection because of crash of another server process`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^\s*Phase:\s+(?:PartiallyFailed|FailedValidation)\b|\bAttempt (\d+)\/\1 failed with \d+ errors and: /.source,
      /^(?:mysqldump|mariadb-dump): Error \d+: /.source,
    ].join('|')),
    detail: 'a backup, a restore or a sync failed (Velero, rclone, mysqldump)',
    whateverLevel: true,
    literals: ['PartiallyFailed', 'FailedValidation', 'errors and: ', 'dump: Error '],
  },
  {
    kind: 'fatal',
    pattern: /\bterminating connection because of crash of another server process\b/,
    detail: 'PostgreSQL crashed under a client (a server process died)',
    whateverLevel: true,
    literals: ['because of crash of another'],
  },
  // Found in sets 245–250. Windows: a service `net start` could not start (`The jenkins service could not be
  // started.`), Topshelf's host (`The service terminated abnormally | System.PlatformNotSupportedException: …`), the
  // .NET host that cannot load its resolver (`The library hostfxr.dll was found, but loading it from C:\…\hostfxr.dll
  // failed`), Windows Error Reporting's crash report (`EventType=APPCRASH`). Database servers that stop: Galera's
  // state transfer (`[Galera] Application state transfer failed. This is unrecoverable condition, restart required.`),
  // CockroachDB's node (`this node is terminating because a replica inconsistency was detected between …`), Druid's
  // service (`org.apache.druid.cli.CliHistorical - Error when starting up.  Failing.`), Elasticsearch's and
  // OpenSearch's bootstrap at ERROR (`[ERROR][o.o.b.Bootstrap          ] [node] Exception`; not `BootstrapChecks`).
  // Supervisors that gave up or saw a child die: runit's (`…/patroni: exceeded maximum number of restarts 5`),
  // Scrypted's (`plugin @scrypted/snapshot unexpectedly exited, restarting in 60000ms`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^The .{1,200} service could not be started\.\s*$|\bThe service terminated abnormally\b/.source,
      /\bThe library \S+ was found, but loading it from .{1,400} failed\b|^EventType=APPCRASH\b/.source,
      /\bexceeded maximum number of restarts \d+|\bunexpectedly exited, restarting\b/.source,
    ].join('|')),
    detail: 'a Windows service, a .NET host or a supervised process failed (net start, Topshelf, hostfxr, WER, runit)',
    whateverLevel: true,
    literals: [
      'service could not be started', 'service terminated abnormally', 'was found, but loading it from', 'EventType=APPCRASH',
      'exceeded maximum number of restarts', 'unexpectedly exited',
    ],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bThis is unrecoverable condition, restart required\b|\bthis node is terminating because\b/.source,
      /\bError when starting up\. +Failing\.|\[ERROR\]\[o\.[eo]\.b\.Bootstrap *\] /.source,
    ].join('|')),
    detail: 'a database or search server stopped (Galera, CockroachDB, Druid, Elasticsearch, OpenSearch)',
    whateverLevel: true,
    literals: ['unrecoverable condition, restart required', 'this node is terminating because', 'Error when starting up', 'b.Bootstrap'],
  },
  // A Go program's runtime that aborted (`runtime/cgo: pthread_create failed: Operation not permitted`, then
  // `SIGABRT: abort` and its registers), and Rust's panic message as a tracing field carries it (`ERROR meilisearch:
  // info=panicked at /usr/local/cargo/…/reader.rs:250:83: called \`Option::unwrap()\` on a \`None\` value`).
  {
    kind: 'panic',
    pattern: new RegExp([
      // Behind Compose's prefix too, in a terminal paste no envelope is read from (`navidrome-1  | SIGABRT: abort`).
      /^(?:[\w.-]+ +\| )?(?:(?:SIGABRT: abort|SIGILL: illegal instruction|SIGBUS: bus error)\s*$|runtime\/cgo: pthread_create failed: )/.source,
      /\bpanicked at \S+\.rs:\d+:\d+:/.source,
    ].join('|')),
    detail: 'a Go runtime or a Rust program aborted',
    whateverLevel: true,
    literals: ['SIGABRT: abort', 'SIGILL: illegal instruction', 'SIGBUS: bus error', 'pthread_create failed', 'panicked at '],
  },
  // PHPUnit's count with failures or errors under another heading (`WARNINGS!` first: `Tests: 2, Assertions: 1,
  // Failures: 1, Warnings: 1.`; not `Tests: 6, Assertions: 34, Skipped: 1.`).
  {
    kind: 'test-failed',
    pattern: /^Tests: \d+, Assertions: \d+, (?:Errors: [1-9]\d*|(?:Errors: \d+, )?Failures: [1-9]\d*)\b/,
    detail: 'a test failed (PHPUnit)',
    whateverLevel: true,
    literals: ['Assertions: '],
  },
  // Found in sets 251–256. Firmware and boards: ESP-IDF's panic handler (`Guru Meditation Error: Core  0 panic'ed
  // (LoadProhibited). Exception was unhandled.`), avrdude's last attempt to sync with a bootloader (`avrdude:
  // stk500_getsync() attempt 10 of 10: not in sync: resp=0x01`; an earlier one is a retry), nrfjprog's error through
  // west (`[error] [ Client] - Encountered error -90: Command erase_file executed for 92 milliseconds with result
  // -90`).
  // HPC: Open MPI's launcher (`ORTE was unable to reliably start one or more daemons.`), an nf-core pipeline's end at
  // INFO (`-[nf-core/differentialabundance] Pipeline completed with errors-`), Snakemake's own exceptions
  // (`CreateCondaEnvironmentException:`, `WorkflowError:`). Game servers: Minecraft's crash report (`---- Minecraft
  // Crash Report ----`, `Description: Exception in server tick loop`), Fabric's loader (`[main/ERROR]: Incompatible mod
  // set!`, `Incompatible mods found!`), TShock's (`Server crash: 6/7/2020 11:19:48 AM`, behind Compose's prefix in a
  // line pasted alone too). Java servers: Tomcat's
  // (`SEVERE: Cannot start server. Server instance is not configured.`), JBoss MSC's (`MSC00001: Failed to start
  // service jboss.deployment.unit."OCATS.war": …`). Erlang's supervisor that gave up (`… exit with reason
  // reached_max_restart_intensity in context child_terminated`), a Bitnami image's set-up script stopping on its error
  // (` 09:47:42.76 ERROR ==> Couldn't start RabbitMQ in background.`: its scripts exit after their ERROR lines), tar's
  // `Error is not recoverable: exiting now`.
  {
    kind: 'panic',
    pattern: /\bGuru Meditation Error: Core +\d+ panic'ed\b/,
    detail: 'a board panicked (ESP-IDF)',
    whateverLevel: true,
    literals: ['Guru Meditation'],
  },
  {
    kind: 'exit',
    pattern: new RegExp([
      /\bstk500_getsync\(\) attempt (\d+) of \1: not in sync\b|^\[error\] \[ ?\w+\] - Encountered error -\d+: /.source,
      /^ORTE was unable to reliably start one or more daemons\.|-\[[\w./-]+\] Pipeline completed with errors-/.source,
      /^(?:CreateCondaEnvironmentException|WorkflowError):/.source,
      /\bexit with reason reached_max_restart_intensity\b|\b\d\d:\d\d:\d\d\.\d\d ERROR ==> \S/.source,
      /^tar: Error is not recoverable: exiting now\b/.source,
      // Chef's failed resource (`Error executing action `update` on resource 'chef_client_updater[update
      // chef-client]'`), Puppet's (`err: /Stage[main]//Package[apache2]/ensure: change from purged to present failed:
      // Execution of …`).
      /^\s*Error executing action `\w+` on resource '|\/ensure: change from '?[\w.-]+'? to '?[\w.-]+'? failed: /.source,
    ].join('|')),
    detail: 'a flasher, a launcher, a pipeline, a supervisor or a set-up script gave up (avrdude, nrfjprog, Open MPI, nf-core, Snakemake, Erlang/OTP, Bitnami, tar)',
    whateverLevel: true,
    literals: [
      'not in sync', 'Encountered error -', 'unable to reliably start', 'completed with errors', 'CreateCondaEnvironmentException',
      'WorkflowError:', 'reached_max_restart_intensity', 'ERROR ==> ', 'Error is not recoverable', 'Error executing action',
      'change from ',
    ],
  },
  {
    kind: 'fatal',
    pattern: new RegExp([
      /^-{4} Minecraft Crash Report -{4}|^Description: Exception in server tick loop\b|\bIncompatible mod(?: set|s found)!/.source,
      /^(?:[\w.-]+ +\| )?Server crash: \d|\bCannot start server\. Server instance is not configured\b|\bMSC0+1: Failed to start service\b/.source,
      // A Salt minion that stops and restarts itself (`[ERROR   ] Minion failed to start`, then `** Restarting
      // minion **`).
      /\bMinion failed to start\b/.source,
    ].join('|')),
    detail: 'a game server or a Java application server crashed or could not start (Minecraft, Fabric, TShock, Tomcat, JBoss)',
    whateverLevel: true,
    literals: [
      'Minecraft Crash Report', 'Exception in server tick loop', 'Incompatible mod', 'Server crash: ', 'Server instance is not configured',
      ': Failed to start service', 'Minion failed to start',
    ],
  },
  // Zephyr's twister, a test it ran that failed (`INFO    - 158/517 qemu_x86  tests/ztest/mock/testing.ztest.mock
  // FAILED unexpected eof (qemu 1.644s)`, its columns narrowed here; not `PASSED` nor `SKIPPED (filter)`).
  {
    kind: 'test-failed',
    // Its level is read off the line (`INFO`), its message what follows.
    pattern: /^(?:INFO +)?- +\d+\/\d+ +\S+ +\S+ +FAILED\b/,
    detail: 'a test failed (Zephyr twister)',
    whateverLevel: true,
    literals: ['FAILED '],
  },
  // Found in sets 257–262. Deploys and builds: Firebase's (`Functions deploy had errors with the following
  // functions:`), Vercel's (`Error: No Output Directory named "public" found after the Build completed.`), the Azure
  // CLI's with --debug (`cli.azure.cli.core.util : Azure Error: InvalidTemplateDeployment`), snapcraft's
  // (`'override-build' in part 'treesitter-parsers' failed with code 1.`), Vite's (`[vite] ✗ Build failed in 6.41s`),
  // Eleventy's (`EleventyTemplateError: Having trouble writing template: …`, `[11ty] Problem writing Eleventy
  // templates:`), multipass' (`launch failed: The following errors occurred:`, `exec failed: ssh connection failed:
  // …`), nccl-tests' (`Test NCCL failure common.cu:777 'unhandled system error'`), an NFS mount the server refused
  // (`mount.nfs4: access denied by server while mounting 192.168.1.1:/home/dmig/Media`), a shell's report of its
  // command's abort (`Aborted`, macOS' `Abort trap`, alone on their line).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^Functions deploy had errors with the following functions:|\bNo Output Directory named "[^"\n]*" found after the Build completed\b/.source,
      /: Azure Error: \w|^'[\w-]+' in part '[^'\n]+' failed with code \d+|\[vite\] ✗ Build failed in \d/.source,
      /\bEleventyTemplateError: |\[11ty\] (?:Problem writing Eleventy templates|Eleventy Fatal Error)\b/.source,
      /^(?:launch|exec|start|restart|mount|transfer) failed: \S|\bTest NCCL failure \S+:\d+ '/.source,
      /\baccess denied by server while mounting\b|^(?:Aborted|Abort trap(?:: 6)?)\s*$/.source,
    ].join('|')),
    detail: 'a deploy, a build, a CLI or a mount failed (Firebase, Vercel, Azure CLI, snapcraft, Vite, Eleventy, multipass, NCCL, NFS)',
    whateverLevel: true,
    literals: [
      'Functions deploy had errors', 'No Output Directory named', 'Azure Error: ', "' in part '", 'Build failed in ',
      'EleventyTemplateError', 'Problem writing Eleventy', 'Eleventy Fatal Error', 'launch failed: ', 'exec failed: ',
      'start failed: ', 'mount failed: ', 'transfer failed: ', 'Test NCCL failure', 'access denied by server', 'Aborted',
      'Abort trap',
    ],
  },
  // Crashes: Open MPI's peer that died (`An MPI communication peer process has unexpectedly disconnected.`), a Ceph
  // daemon's crash dump (` NOTE: a copy of the executable, or `objdump -rdS <executable>` is needed to interpret
  // this.`), KubeVirt's domain (`kubevirt domain status: Shutoff(5):Crashed(3)`, at info), KVM's (`KVM internal error.
  // Suberror: 1`), an old macOS assertion (`qobject/qjson.c:69: failed assertion `obj != NULL'`).
  {
    kind: 'fatal',
    pattern: new RegExp([
      /\bAn MPI communication peer process has unexpectedly disconnected\b|\bobjdump -rdS <executable>.? is needed to interpret this\b/.source,
      /\bShutoff\(\d+\):Crashed\(\d+\)|^KVM internal error\. Suberror: \d|:\d+: failed assertion `/.source,
    ].join('|')),
    detail: 'a process crashed (Open MPI, Ceph, KubeVirt, KVM, an assertion)',
    whateverLevel: true,
    literals: ['unexpectedly disconnected', 'objdump -rdS', '):Crashed(', 'KVM internal error', 'failed assertion'],
  },
  // Found in sets 263–268. Compiled languages' builds: a compiler's error at a line of a source file the older
  // pattern's extensions do not name (zig's `build.zig:15:22: error: no member named 'addCommand' in …`, GHC's
  // `Intuit.hs:10:1: error:` with its message below and its older `Could not find module `Clausify'`), Go's own
  // (`services/substrate/stream.go:31:10: undefined: cr`, `cannot use …`, `declared and not used: x`), cabal's
  // verdict (`cabal.exe: Failed to build exe:intuit from intuit-0.1. See the build log above`), a compile that
  // Emacs ran (`Compilation exited abnormally with code 1 at Wed Mar  6 14:04:42`). Releases a deploy tool could not
  // install: helm's hook (`Error: failed post-install: 1 error occurred:`, indented under Terraform's), Flux's events
  // (`  Warning  InstallFailed  4s  helm-controller  Helm install failed for release …`).
  {
    kind: 'exit',
    pattern: new RegExp([
      /^(?:[A-Za-z]:)?[^\s:]+\.(?:zig|hs|lhs|swift|d|nim|cs|vala|ml|mli|pas|cr|odin|v):\d+(?::\d+)?: (?:fatal )?error:(?:\s|$)/.source,
      /\bCould not find module `|^cabal(?:\.exe)?: Failed to build \S|\bexited abnormally with code [1-9]/.source,
      /^(?:[A-Za-z]:)?[^\s:]+\.go:\d+:\d+: (?:undefined: |cannot use |syntax error: |declared and not used\b|\S+ declared (?:and|but) not used\b|"[^"\n]+" imported and not used\b|missing return\b|too many arguments\b|not enough arguments\b|invalid operation: )/.source,
      /\bError: failed (?:pre|post)-(?:install|upgrade): |^\s*(?:\S+\s+){0,2}Warning\s+(?:InstallFailed|UpgradeFailed)\s/.source,
    ].join('|')),
    detail: 'a compiled-language build or a release failed (zig, GHC, cabal, Go, Emacs compile, helm, Flux)',
    whateverLevel: true,
    literals: [
      // A compiler's message may be on the next line (GHC's `Intuit.hs:10:1: error:`).
      ': error:', 'Could not find module `', 'Failed to build ', 'exited abnormally with code', 'undefined: ', 'cannot use ', 'syntax error: ',
      'declared and not used', 'declared but not used', 'imported and not used', 'missing return', 'too many arguments',
      'not enough arguments', 'invalid operation: ', 'Error: failed p', 'InstallFailed', 'UpgradeFailed',
    ],
  },
  // A failed Mocha test's chai assertion under its number (`     AssertionError: expected false to be true`).
  {
    kind: 'test-failed',
    pattern: /^\s+AssertionError: expected \S/,
    detail: 'a test failed (Mocha with chai)',
    whateverLevel: true,
    literals: ['AssertionError: expected'],
  },
  // Servers that did not start: CouchDB's HTTP layer (`Failure to start Mochiweb: eaddrinuse`), Neo4j 2's start script
  // (`Neo4j Server may have failed to start, please check the logs.`, after `Failed to start within 120 seconds.`).
  {
    kind: 'fatal',
    pattern: /\bFailure to start Mochiweb: |\bServer may have failed to start\b|\bFailed to start within \d+ seconds\b/,
    detail: 'a server did not start (CouchDB, Neo4j)',
    whateverLevel: true,
    literals: ['Failure to start Mochiweb', 'may have failed to start', 'Failed to start within'],
  },
  // A shell script traced with `set -x` that exits non-zero (`++ exit 1`, in its error handler:
  // kata-containers/tests#2677; not `+ exit 0`).
  {
    kind: 'exit',
    pattern: /^\++ exit [1-9]\d*\s*$/,
    detail: 'a shell script traced with set -x exited non-zero',
    whateverLevel: true,
    literals: ['+ exit '],
  },
  // Found in sets 269–274. The kernel's own: a panic (`Kernel panic - not syncing: VFS: Unable to mount root fs on
  // unknown-block(0,0)`), an oops (`Unable to handle kernel NULL pointer dereference at virtual address 0000000c`,
  // ARM's `Internal error: Oops: 17 [#2] ARM`, x86's `BUG: unable to handle …`, `general protection fault`), a CPU
  // stuck (`NMI watchdog: BUG: soft lockup - CPU#19 stuck for 22s! [migration/19:104]`), a task hung in D state
  // (`INFO: task DDRace64-Server:27090 blocked for more than 120 seconds.`), each behind its `[    0.987030] ` clock
  // or a syslog prefix (`… kernel: `).
  {
    kind: 'panic',
    pattern: new RegExp([
      /\bKernel panic - not syncing: |\b[Uu]nable to handle (?:kernel|page fault)\b|\bInternal error: Oops: /.source,
      /\bgeneral protection fault(?:, probably for non-canonical address|: 0{4})/.source,
      /\bBUG: soft lockup - CPU#\d+ stuck for /.source,
    ].join('|')),
    detail: 'the kernel panicked, oopsed or found a CPU stuck',
    whateverLevel: true,
    literals: ['Kernel panic - not', 'nable to handle ', 'Internal error: Oops', 'general protection fault', 'soft lockup - CPU'],
  },
  {
    kind: 'fatal',
    pattern: /\bINFO: task \S+:\d+ blocked for more than \d+ seconds\./,
    detail: 'a task hung (the kernel found it blocked)',
    whateverLevel: true,
    literals: ['blocked for more than'],
  },
  // kopia's snapshot that stopped on an error (`Created partial snapshot with root k… and ID … in 0s`, after `(1 fatal
  // errors)`).
  {
    kind: 'exit',
    pattern: /^Created partial snapshot with root \S+/,
    detail: 'a backup stopped on an error (kopia)',
    whateverLevel: true,
    literals: ['partial snapshot'],
  },
  // Found in sets 275–280. A docker image's entrypoint whose set-up failed (ClickHouse's `ClickHouse init process
  // failed.`, the MySQL image's `MySQL init process failed.`); Traefik's entrypoint whose server stopped
  // (`ERRO[…] Error while starting server: set tcp …: setsockopt: invalid argument  entryPointName=web`).
  {
    kind: 'fatal',
    pattern: /\b\w+ init process failed\.?\s*$|\bError while starting server: /,
    detail: "a server's set-up or its listener failed (an image's entrypoint, Traefik)",
    whateverLevel: true,
    literals: ['init process failed', 'rror while starting server'],
  },
  // An app built on uber-go/fx whose start failed (`ERROR fx fxevent/zap.go:59 OnStart hook failed {…}`, `start failed,
  // rolling back`); the OpenTelemetry Collector's (`collector server run finished with error: failed to get config:
  // …`).
  {
    kind: 'fatal',
    pattern: /\bOnStart hook failed\b|\bstart failed, rolling back\b|\bcollector server run finished with error: /,
    detail: 'an app did not start (uber-go/fx, the OpenTelemetry Collector)',
    whateverLevel: true,
    literals: ['OnStart hook failed', 'start failed, rolling back', 'run finished with error'],
  },
];
