/**
 * A test runner's own words that a test failed, errored or never ran: pytest, go test, cargo, Jest and Vitest,
 * JUnit and its build tools, xUnit and NUnit, RSpec, PHPUnit, end-to-end and load testers. First among the
 * wordings: a line a runner marks failed is a failed test, whatever else it holds.
 */
import type { DeathPattern } from './pattern.js';
import { PYTHON_ERRORS } from './pattern.js';

export const TEST_FAILURE_WORDINGS: readonly DeathPattern[] = [
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
  // Cucumber's own totals (cucumber-js, Cucumber-JVM: `3 scenarios (1 failed, 2 passed)`, `11 steps (1 failed, …)`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^Failing [Ss]cenarios:\s*$|^\d+ (?:features?|scenarios?|steps?) passed, [1-9]\d* failed\b|^HOOK-ERROR in \w+:/.source,
      /^\d+ (?:scenarios?|steps?) \((?:\d+ [a-z]+, )*[1-9]\d* failed\b/.source,
    ].join('|')),
    detail: 'cucumber or behave failures',
    literals: ['Failing Scenarios:', 'Failing scenarios:', ' passed, ', 'HOOK-ERROR in', 'scenarios (', 'scenario (', 'steps (', 'step ('],
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
  // The last line of each failure in pytest's long report, when the summary is cut off: `test_x.py:5: AssertionError`.
  {
    kind: 'test-failed',
    // A doctest's (`test_doctest.txt:5: DocTestFailure`), and `pytest.fail()`'s (`t.py:8: Failed`).
    pattern: new RegExp(`^[\\w./-]+\\.(?:py|txt|rst|md):\\d+: (?:[A-Z]\\w*Exception|DocTestFailure|Failed|(?:${PYTHON_ERRORS.join('|')}))$`),
    detail: 'pytest failure (its report, without the summary)',
    literals: ['Exception', 'DocTestFailure', ': Failed', ...PYTHON_ERRORS],
  },
  // JavaScript test runners' verdicts: WebdriverIO's summary (`Spec Files:      0 passed, 4 failed, 4 total (100%
  // completed) in 00:00:17`), Karma's (`PhantomJS 1.9.7 (Windows 8): Executed 3 of 3 (1 FAILED) (0.022 secs / …)`).
  {
    kind: 'test-failed',
    pattern: /^Spec Files:\s+\d+ passed, [1-9]\d* failed\b|\bExecuted \d+ of \d+ (?:\(skipped \d+\) )?\([1-9]\d* FAILED\)/,
    detail: 'WebdriverIO or Karma failures',
    literals: ['Spec Files:', ' FAILED)'],
  },
  // End-to-end, acceptance and load test runners: a test marked with a cross at the head of its indented line
  // (bats' ` ✗ Say Hi!`, Jest's `✕`, TestCafe's and Nightwatch's `✖`, cucumber-rs's and Playwright's `✘`, a
  // failed k6 check), Robot Framework's `| FAIL |` and its totals, Cypress's results box (`│ Failing:  3 │`),
  // newman's failure table (its header, its rows: ` 1.  AssertionError   …`, `1.  JSONError` with its message
  // below), Nightwatch's `TEST FAILURE: …`, Gauge's and godog's totals, TestNG's `FAILED: x.y` and its totals,
  // cucumber-rs's `Step failed:`, k6's thresholds, Artillery's failed virtual users and its errors
  // (`errors.ETIMEDOUT: …… 184279`; before 2.0, every scenario launched and none completed), pabot's `… with 1
  // failing test(s)`.
  {
    kind: 'test-failed',
    pattern: new RegExp([
      // Not Docker Compose's progress (` ✘ Container web  Error`, ` ✘ freeswitch Error  manifest unknown`).
      /^\s+[✗✘✕✖] +(?!(?:Container |Network |Volume )?\S+ +Error\b)\S/.source,
      /\| FAIL \|\s*$|^\d+ (?:critical )?tests?(?: total)?, \d+ passed, [1-9]\d* failed\b|\bwith (?:-1|[1-9]\d*) failing test\(s\)/.source,
      /│ Failing: +[1-9]\d* +│|^\s*#\s+failure\s+detail\s*$|^\s*\d{1,4}[.⠄]\s+(?:\w*Error|AssertionFailure)(?:\s{2,}\S|\s*$)|^\s*TEST FAILURE: \d/.source,
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
  // VSTest's run that lost its test host: the tests it was running have no result (`The active test run was aborted.
  // Reason: Test host process crashed`, then `Test Run Aborted.`; newer: `The active Test Run was aborted because the
  // host process exited unexpectedly.`).
  {
    kind: 'test-failed',
    pattern: /\bThe active test run was aborted\. Reason: |\bThe active Test Run was aborted because the host process exited\b|^\s*Test Run Aborted\.\s*$/,
    detail: 'a test run was aborted (its test host crashed)',
    whateverLevel: true,
    literals: ['test run was aborted', 'Test Run was aborted', 'Test Run Aborted'],
  },
  // pytest's test that errored at set-up, its fixture unknown (`E       fixture 'hf' not found`, or before pytest 3
  // bare and indented under its test's source, behind Jenkins' clock: pytest-dev/pytest#554).
  {
    kind: 'test-failed',
    pattern: /^\s*(?:E\s+)?fixture '[^'\n]+' not found\s*$/,
    detail: 'a test errored at set-up: a fixture it asks for does not exist (pytest)',
    whateverLevel: true,
    literals: ["fixture '"],
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
  // Go's gocheck suites (`FAIL: consul_catalog_test.go:237: ConsulCatalogSuite.TestSimpleConfigurationWithWatch`).
  {
    kind: 'test-failed',
    pattern: /^FAIL: \S+_test\.go:\d+: \w+\.\w+/,
    detail: 'a test failed (gocheck)',
    whateverLevel: true,
    literals: ['_test.go:'],
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
  // PHPUnit's count with failures or errors under another heading (`WARNINGS!` first: `Tests: 2, Assertions: 1,
  // Failures: 1, Warnings: 1.`; not `Tests: 6, Assertions: 34, Skipped: 1.`).
  {
    kind: 'test-failed',
    pattern: /^Tests: \d+, Assertions: \d+, (?:Errors: [1-9]\d*|(?:Errors: \d+, )?Failures: [1-9]\d*)\b/,
    detail: 'a test failed (PHPUnit)',
    whateverLevel: true,
    literals: ['Assertions: '],
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
  // A failed Mocha test's chai assertion under its number (`     AssertionError: expected false to be true`).
  {
    kind: 'test-failed',
    pattern: /^\s+AssertionError: expected \S/,
    detail: 'a test failed (Mocha with chai)',
    whateverLevel: true,
    literals: ['AssertionError: expected'],
  },
  // Robot Framework's debug file (`--debugfile`), a keyword that failed: its time, a tab, `FAIL`, a tab, the message
  // (`09:33:40.106\tFAIL\t404 != 200`).
  {
    kind: 'test-failed',
    pattern: /^\d{2}:\d{2}:\d{2}\.\d{3}\tFAIL\t/,
    detail: 'a test failed (Robot Framework debug file)',
    whateverLevel: true,
    literals: ['\tFAIL\t'],
  },
  // Cypress that could not start its binary (`[FAILED] Command timed out after 30000 milliseconds: …Cypress
  // --no-sandbox --smoke-test …`, `[FAILED] Cypress failed to start.`): no test ran.
  {
    kind: 'test-failed',
    pattern: /^\s*\[FAILED\] (?:Cypress failed to start\b|Command timed out after \d+ milliseconds: \S*Cypress\b)/,
    detail: 'the test runner could not start (Cypress)',
    whateverLevel: true,
    literals: ['[FAILED] C'],
  },
  // Found in sets 299–304. Gradle's test events (`Gradle suite > Gradle test > edu.cmu.sphinx.result.LatticeCompTest.
  // testLatticeComp FAILED`, `LatticeCompTest > testLatticeComp FAILED`); TestNG's configuration method that failed
  // and skipped the tests after it (`Configuration Failures: 1, Skips: 7`); Spring's test context that did not load
  // (`java.lang.IllegalStateException: Failed to load ApplicationContext`, behind Maven's `[INFO] ` too).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^\s*[^>\s][^>\n]*(?: > [^>\n]+)+ FAILED\s*$|^\s*Configuration Failures: [1-9]\d*, Skips: \d+/.source,
      /\bIllegalStateException: Failed to load ApplicationContext\b/.source,
    ].join('|')),
    detail: 'a test failed or could not run (Gradle, TestNG, Spring)',
    whateverLevel: true,
    literals: [' FAILED', 'Configuration Failures: ', 'Failed to load ApplicationContext'],
  },
  // Found in sets 305–310. Vitest's run whose tests passed but caught an error outside them (`Vitest caught 1
  // unhandled error during the test run.`, and it exits 1); AVA's run that stopped on a test that never ended
  // (`✖ Exited because no new tests completed within the last 5000ms of inactivity`, `✖ Timed out while running
  // tests`) and its summary's count of errors outside the tests (`  2 exceptions`, `  1 uncaught exception`,
  // `  1 unhandled rejection`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /\bVitest caught \d+ unhandled errors? during the test run\b/.source,
      /^\s*✖ (?:Exited because no new tests completed within the last \d+m?s of inactivity|Timed out while running tests)\b/.source,
      /^\s*[1-9]\d* (?:uncaught exceptions?|unhandled rejections?|exceptions?)\s*$/.source,
    ].join('|')),
    detail: 'a test run failed outside its tests (Vitest, AVA)',
    whateverLevel: true,
    literals: ['during the test run', 'no new tests completed', 'Timed out while running tests', ' exceptions', '1 exception', 'uncaught exception', 'unhandled rejection'],
  },
  // Found in sets 317–322. Flutter's test framework that caught an exception in a test (`The following assertion was
  // thrown running a test:`, under its `══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞══` banner); WebdriverIO's
  // runner that ended non-zero, said at its debug level (`DEBUG @wdio/local-runner: Runner 0-0 finished with exit
  // code 1`).
  {
    kind: 'test-failed',
    pattern: new RegExp([
      /^The following [^\n]{1,80} was thrown running a test:|\bEXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK\b/.source,
      /\bRunner \d+-\d+ finished with exit code [1-9]\d*/.source,
    ].join('|')),
    detail: 'a test failed or its runner ended non-zero (Flutter, WebdriverIO)',
    whateverLevel: true,
    literals: ['was thrown running a test', 'CAUGHT BY FLUTTER TEST', 'finished with exit code'],
  },
];
