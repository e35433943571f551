/**
 * CI runner envelopes: what a CI service writes in front of every line of a job's output when its
 * log is downloaded raw.
 *
 * GitLab Runner's job trace (FF_TIMESTAMPS; on by default since runner 18.7):
 *   2026-05-08T09:28:43.725057Z 00O Running with gitlab-runner 18.11.1 (5265d41d)
 *   2026-05-08T09:28:56.523082Z 01E ERROR: To modify pip, please run the following command:
 *   2026-05-08T09:28:43.725057Z 00O+Preparing the "shell" executor
 * Jenkins' Timestamper plugin (`timestamps()` in a pipeline; the classic clock form with two spaces):
 *   [2023-12-03T19:30:38.596Z] Finished: FAILURE
 *   18:17:21  [INFO] Compiling 692 source files to /home/jenkins/agent/workspace/…
 * The Open Build Service's build log (seconds since the build started):
 *   [    7s] tar: Exiting with failure status due to previous errors
 * GitHub Actions' raw job log (a run's logs as downloaded: the time, with seven digits of fraction):
 *   2019-10-29T00:29:17.9614291Z ##[error]Process completed with exit code 1.
 * TeamCity's build log as downloaded (the agent's clock, a status letter — W a warning, E an error —
 * the nesting in tabs, then the block the line belongs to):
 *   [14:36:30]W:	 [Step 1/5] From https://github.com/rowhe/devops-diplom-yandexcloud
 *   [10:56:22]:          [test] Exception in thread "main" java.lang.RuntimeException: EOF while reading
 * BuildKit's plain progress (`docker build --progress=plain`, and any build with no terminal, as in
 * CI): the step's number and the seconds since it began in front of what its command printed:
 *   #7 38.23 webpack 5.72.1 compiled with 17 errors in 9930 ms
 * BuildKit's own lines about a step (`#7 [4/5] RUN npm run build`, `#7 DONE 0.1s`,
 * `#7 ERROR: process "/bin/sh -c …" did not complete successfully: exit code: 1`) carry no seconds:
 * they are the build's, not the command's, and stay as they are.
 *
 * GitLab's header after the time is two hex digits (the stream's number), O or E (stdout or
 * stderr) and `+` when the line continues the one before it or a space when it starts a new one.
 * Peeled on any line (unmistakable), so a job log pasted among other text is still read by the
 * payload grammars: a line's own `Error: …`, a pytest result, a traceback start at its start.
 */
import { createToken } from '../chevrotain.js';
import { parseIsoTimestamp } from '../time.js';
import { REST_OF_LINE, defineLineGrammar, type EnvelopeResult } from '../kit.js';
import { prefixThenMessage, prefixVisitor, type ReadPrefix } from '../prefix-grammar.js';
import type { Level } from '../../events.js';

// ── tokens ────────────────────────────────────────────────────────────────
const RunnerTimestamp = createToken({ name: 'RunnerTimestamp', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z / });
const StreamHeader = createToken({ name: 'StreamHeader', pattern: /[\da-f]{2}[OE][+ ]/, push_mode: 'message' });
const BracketedTime = createToken({
  name: 'BracketedTime',
  pattern: /\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\] ?/,
  push_mode: 'message',
});
// A space before the clock: the console's page copied from a browser (pytest-dev/pytest-xdist#1178).
const ClockTime = createToken({ name: 'ClockTime', pattern: / ?\d{2}:\d{2}:\d{2} {2}/, push_mode: 'message' });
const Elapsed = createToken({ name: 'Elapsed', pattern: /\[ *\d+s\] ?/, push_mode: 'message' });
const GithubTimestamp = createToken({ name: 'GithubTimestamp', pattern: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z ?/, push_mode: 'message' });
const StepOutput = createToken({ name: 'StepOutput', pattern: /#\d+ \d+\.\d+ ?/, push_mode: 'message' });
// The failed step BuildKit quotes under its error (` > [builder 4/6] RUN npm install:`): the seconds alone.
const StepElapsed = createToken({ name: 'StepElapsed', pattern: / ?\d{1,5}\.\d{1,3} ?/, push_mode: 'message' });
const AgentClock = createToken({ name: 'AgentClock', pattern: /\[\d{2}:\d{2}:\d{2}\][ iWEF]?:[\t ]+/, push_mode: 'block' });
const Block = createToken({ name: 'Block', pattern: /\[[^\]\n]{1,100}\] ?/, push_mode: 'message' });
const Message = createToken({ name: 'Message', pattern: REST_OF_LINE });

// ── lexers ────────────────────────────────────────────────────────────────
const gitlabTokens = { modes: { prefix: [RunnerTimestamp, StreamHeader], message: [Message] }, defaultMode: 'prefix' };
const jenkinsTokens = { modes: { prefix: [BracketedTime, ClockTime], message: [Message] }, defaultMode: 'prefix' };
const obsTokens = { modes: { prefix: [Elapsed], message: [Message] }, defaultMode: 'prefix' };
const githubTokens = { modes: { prefix: [GithubTimestamp], message: [Message] }, defaultMode: 'prefix' };
const teamcityTokens = { modes: { prefix: [AgentClock], block: [Block, Message], message: [Message] }, defaultMode: 'prefix' };
const buildkitTokens = { modes: { prefix: [StepOutput, StepElapsed], message: [Message] }, defaultMode: 'prefix' };

// ── parsers and visitors ──────────────────────────────────────────────────
const GitlabTraceParser = prefixThenMessage([{ tokens: [RunnerTimestamp] }, { tokens: [StreamHeader] }], Message);
const TimestamperParser = prefixThenMessage([{ tokens: [BracketedTime, ClockTime] }], Message);
const ObsBuildParser = prefixThenMessage([{ tokens: [Elapsed] }], Message);
const GithubActionsParser = prefixThenMessage([{ tokens: [GithubTimestamp] }], Message);
const TeamcityParser = prefixThenMessage([{ tokens: [AgentClock] }, { tokens: [Block], optional: true }], Message);
const BuildkitParser = prefixThenMessage([{ tokens: [StepOutput, StepElapsed] }], Message);

const readGitlab: ReadPrefix = (images, parse) => {
  const header = images.StreamHeader!;
  return {
    envelope: 'gitlab-runner',
    ts: parseIsoTimestamp(images.RunnerTimestamp!.trimEnd(), parse.tz),
    details: {
      stream: header[2] === 'E' ? 'stderr' : 'stdout',
      ...(header[3] === '+' ? { continued: 'true' } : {}),
    },
    message: images.Message ?? '',
  };
};

const readTimestamper: ReadPrefix = (images, parse) => {
  const bracketed = images.BracketedTime;
  // The clock form carries no date: it names no instant, only the order the lines already have.
  const ts = bracketed === undefined ? undefined : parseIsoTimestamp(bracketed.slice(1, bracketed.indexOf(']')), parse.tz);
  return { envelope: 'jenkins-timestamper', ...(ts === undefined ? {} : { ts }), message: images.Message ?? '' };
};

const readObs: ReadPrefix = (images) => {
  const seconds = Number(/\d+/.exec(images.Elapsed!)![0]);
  return { envelope: 'obs-build', details: { elapsed: seconds }, message: images.Message ?? '' };
};

const readGithub: ReadPrefix = (images, parse) => {
  const ts = parseIsoTimestamp(images.GithubTimestamp!.trimEnd(), parse.tz);
  return { envelope: 'github-actions', ...(ts === undefined ? {} : { ts }), message: images.Message ?? '' };
};

/** TeamCity's status letters that say more than the line: W a warning, E an error (i and a blank say nothing). */
const TEAMCITY_LEVELS: Readonly<Record<string, Level>> = { W: 'warn', E: 'error' };

const readTeamcity: ReadPrefix = (images) => {
  const level = TEAMCITY_LEVELS[images.AgentClock![10]];
  const block = images.Block?.trimEnd().slice(1, -1);
  return {
    envelope: 'teamcity',
    ...(level === undefined ? {} : { level }),
    ...(block === undefined ? {} : { details: { block } }),
    message: images.Message ?? '',
  };
};

const readBuildkit: ReadPrefix = (images) => {
  const message = images.Message ?? '';
  if (images.StepOutput === undefined) {
    const details: EnvelopeResult['details'] = { elapsed: Number(images.StepElapsed!.trim()) };
    return { envelope: 'buildkit', details, message };
  }
  const [step, seconds] = images.StepOutput.slice(1).trimEnd().split(' ');
  return { envelope: 'buildkit', details: { step: Number(step), elapsed: Number(seconds) }, message };
};

// ── samples ───────────────────────────────────────────────────────────────
export const gitlabRunnerSamples = [
  {
    line: '2026-05-08T09:28:43.725057Z 00O Running with gitlab-runner 18.11.1 (5265d41d)',
    fields: { 'gitlab-runner.stream': 'stdout' },
    source: 'a raw GitLab job trace with FF_TIMESTAMPS (runner 18.11.1, shell executor), public repository',
  },
  {
    line: '2026-05-08T09:28:56.523082Z 01E ERROR: To modify pip, please run the following command:',
    fields: { 'gitlab-runner.stream': 'stderr' },
    level: 'error',
  },
  { line: '2026-05-08T09:28:43.725057Z 00O+Preparing the "shell" executor', fields: { 'gitlab-runner.continued': 'true' } },
] as const;

export const jenkinsTimestamperSamples = [
  {
    line: '[2023-12-03T19:30:38.596Z] Finished: FAILURE',
    source: 'Jenkins Timestamper plugin, pipeline timestamps() console text (plugins.jenkins.io/timestamper)',
  },
  {
    line: '18:17:25  [INFO] --- org.eclipse.acceleo.:3.5.2:acceleo-compile (acceleo-compile) @ org.eclipse.sirius.tests.junit ---',
    source: 'eclipse-sirius/sirius-desktop#187 (Timestamper, system clock format)',
  },
  {
    line: '09:52:35       │ Error: Plugin did not respond',
    source: 'hashicorp/terraform-provider-kubernetes#2801 (Timestamper clock before an indented line: Terraform\'s box)',
  },
  {
    line: ' 11:32:04  INTERNALERROR> E                 return self._inner_hookexec(hook_name, methods, kwargs, firstresult)',
    source: 'pytest-dev/pytest-xdist#1178 (the clock with a space before it, as the console page is copied)',
  },
] as const;

export const obsBuildSamples = [
  {
    line: '[    7s] tar: Exiting with failure status due to previous errors',
    fields: { 'obs-build.elapsed': 7 },
    source: 'openSUSE/obs-build#334 (osc build log)',
  },
  { line: '[   28s] FAILED f.py::test_answer - assert 4 == 5', fields: { 'obs-build.elapsed': 28 } },
] as const;

export const githubActionsSamples = [
  {
    line: '2019-10-29T00:29:17.9614291Z /__w/Ampere/Ampere/Tests/AmpereTests/UnitAreaTests.swift:18: error: UnitAreaTests.testDivisionWithDefaultUnits : XCTAssertTrue failed - "m" is not the same unit as "m"',
    source: 'ole/Ampere#24 (a GitHub Actions job log)',
  },
] as const;

export const teamcitySamples = [
  {
    line: '[14:36:30]W:\t [Step 1/5] From https://github.com/rowhe/devops-diplom-yandexcloud',
    fields: { 'teamcity.block': 'Step 1/5' },
    level: 'warn',
    source: 'rowhe/devops-diplom-yandexcloud (a TeamCity build log in its README)',
  },
  {
    line: '[10:56:22]:          [test] Exception in thread "main" java.lang.RuntimeException: EOF while reading, starting at line 18',
    fields: { 'teamcity.block': 'test' },
    source: 'nd/lein-teamcity#1',
  },
] as const;

export const buildkitSamples = [
  {
    line: '#7 38.23 webpack 5.72.1 compiled with 17 errors in 9930 ms',
    fields: { 'buildkit.step': 7, 'buildkit.elapsed': 38.23 },
    source: 'microsoft/MHA#372 (docker build, plain progress)',
  },
  { line: '#11 89.59 npm ERR! code ELIFECYCLE', fields: { 'buildkit.step': 11, 'buildkit.elapsed': 89.59 } },
  { line: '7.742 npm ERR! code ERESOLVE', fields: { 'buildkit.elapsed': 7.742 }, source: 'QuantumNous/new-api#58 (the failed step under BuildKit\'s error)' },
  { line: '125.6           collect2: error: ld returned 1 exit status', fields: { 'buildkit.elapsed': 125.6 }, source: 'quarylabs/sqruff#1676' },
] as const;

// ── API ───────────────────────────────────────────────────────────────────

export const gitlabRunner = defineLineGrammar<EnvelopeResult, InstanceType<typeof GitlabTraceParser>>({
  name: 'gitlab-runner',
  role: 'envelope',
  title: "GitLab Runner's raw job trace (`<RFC 3339>Z 00O …`: stream number, O/E, `+` for a continued line)",
  unmistakable: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z [\da-f]{2}[OE][+ ]/,
  samples: gitlabRunnerSamples,
  lexer: gitlabTokens,
  parser: () => new GitlabTraceParser(),
  visitor: prefixVisitor(readGitlab),
});

export const jenkinsTimestamper = defineLineGrammar<EnvelopeResult, InstanceType<typeof TimestamperParser>>({
  name: 'jenkins-timestamper',
  role: 'envelope',
  title: "Jenkins' Timestamper (`[<ISO 8601>] …`, or the clock `HH:MM:SS  …` with two spaces)",
  unmistakable: true,
  // Only a timestamp: an application line that starts with its own bracketed time is left to its payload grammar.
  generic: true,
  // The clock's line may itself start with spaces (pytest's report, Terraform's box: `09:52:35       │ Error: …`).
  sniff: /^(?:\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\]| ?\d{2}:\d{2}:\d{2} {2} *\S)/,
  samples: jenkinsTimestamperSamples,
  lexer: jenkinsTokens,
  parser: () => new TimestamperParser(),
  visitor: prefixVisitor(readTimestamper),
});

export const obsBuild = defineLineGrammar<EnvelopeResult, InstanceType<typeof ObsBuildParser>>({
  name: 'obs-build',
  role: 'envelope',
  title: 'Open Build Service build logs (`[   28s] …`: seconds since the build began)',
  unmistakable: true,
  sniff: /^\[ *\d+s\](?: |$)/,
  samples: obsBuildSamples,
  lexer: obsTokens,
  parser: () => new ObsBuildParser(),
  visitor: prefixVisitor(readObs),
});

export const buildkit = defineLineGrammar<EnvelopeResult, InstanceType<typeof BuildkitParser>>({
  name: 'buildkit',
  role: 'envelope',
  title: "BuildKit's plain progress (`#7 38.23 …`: the step's number, seconds since it began, what its command printed; "
    + 'the seconds alone in the failed step it quotes under its error, `7.742 npm ERR! …`)',
  unmistakable: true,
  sniff: /^(?:#\d+ \d+\.\d+| ?\d{1,5}\.\d{1,3})(?: |$)/,
  samples: buildkitSamples,
  lexer: buildkitTokens,
  parser: () => new BuildkitParser(),
  visitor: prefixVisitor(readBuildkit),
});

export const githubActions = defineLineGrammar<EnvelopeResult, InstanceType<typeof GithubActionsParser>>({
  name: 'github-actions',
  role: 'envelope',
  title: "GitHub Actions' raw job log (`<ISO 8601 with seven digits of fraction>Z …`)",
  unmistakable: true,
  sniff: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z(?: |$)/,
  samples: githubActionsSamples,
  lexer: githubTokens,
  parser: () => new GithubActionsParser(),
  visitor: prefixVisitor(readGithub),
});

export const teamcity = defineLineGrammar<EnvelopeResult, InstanceType<typeof TeamcityParser>>({
  name: 'teamcity',
  role: 'envelope',
  title: "TeamCity's build log (`[14:36:30]W:\\t [Step 1/5] …`: the agent's clock, a status letter, the block)",
  unmistakable: true,
  sniff: /^\[\d{2}:\d{2}:\d{2}\][ iWEF]?:[\t ]/,
  samples: teamcitySamples,
  lexer: teamcityTokens,
  parser: () => new TeamcityParser(),
  visitor: prefixVisitor(readTeamcity),
});
