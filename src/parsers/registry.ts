/**
 * Every line format, registered once, in the order it is tried: envelopes (docker, journald,
 * kubectl … peeled off a line, nested to any depth) and payloads (an application's own line,
 * specific before generic). A format is one module exporting a LineGrammar; adding one is one
 * line here. Its name is its `--input-format` name, its level table feeds the prefilter
 * (parsers/structural.ts), and its samples are checked through parseLine (test/parsers/samples).
 * Building a grammar is deferred to its first use (kit.lazily), so an input pays only for the
 * formats it holds.
 */
import type { EnvelopeResult, LineGrammar, ParseContext, PayloadResult } from './kit.js';
import { dockerComposeLogs, dockerDesktop, dockerLogs, dockerServiceLogs } from './docker/grammar.js';
import { dockerJsonFile } from './docker/json-file.js';
import { syslogLines } from './syslog/grammar.js';
import { journaldShortIso, journaldUnit, journalJson } from './journald/grammar.js';
import { criLines, kubectlPrefix } from './kubernetes/grammar.js';
import { buildkit, githubActions, gitlabRunner, jenkinsTimestamper, obsBuild, teamcity } from './ci/grammar.js';
import { jsonLog } from './json/grammar.js';
import { mumbleLog } from './mumble/grammar.js';
import { klogLog } from './klog/grammar.js';
import { tensorflowLog } from './tensorflow/grammar.js';
import { harnessLog } from './harness/grammar.js';
import { pytestOutput } from './pytest/grammar.js';
import { giteaLog } from './gitea/grammar.js';
import { caddyConsoleLog } from './caddy/console.js';
import { postgresLog } from './postgres/grammar.js';
import { javaLog } from './java/grammar.js';
import { abraLog } from './abra/grammar.js';
import { logfmtLog } from './logfmt/grammar.js';
import { apacheErrorLog, nginxErrorLog } from './webserver/grammar.js';
import { pythonLogging } from './python/grammar.js';
import { dotnetConsole } from './dotnet/grammar.js';
import { rubyLogger } from './ruby/grammar.js';
import { markdownQuote } from './markdown/quote.js';
import { herokuRouter } from './paas/heroku.js';
import { flyLogs } from './paas/fly.js';
import { netlifyDeployLog } from './paas/netlify.js';
import { vercelBuildLog } from './paas/vercel.js';
import { workerPrefix } from './distributed/worker-prefix.js';
import { FirstCharDispatch, sniffFirstChars } from './first-chars.js';

/** Envelopes, most specific prefix first: the first whose sniff and parse succeed is peeled. */
export const ENVELOPE_FORMATS: readonly LineGrammar<EnvelopeResult>[] = [
  journalJson,
  dockerJsonFile,
  dockerServiceLogs,
  kubectlPrefix,
  gitlabRunner,
  criLines,
  githubActions,
  jenkinsTimestamper,
  obsBuild,
  buildkit,
  teamcity,
  // Before docker-logs, whose bare time would leave the platform's `app[web.1]: ` in front of the message.
  herokuRouter,
  flyLogs,
  netlifyDeployLog,
  vercelBuildLog,
  workerPrefix,
  journaldShortIso,
  syslogLines,
  journaldUnit,
  dockerComposeLogs,
  dockerDesktop,
  dockerLogs,
  // Its `> ` can begin no other envelope's line: its place in the list is free.
  markdownQuote,
];

/** Tried in this order on each line once its envelopes are peeled. */
export const PAYLOADS: readonly LineGrammar<PayloadResult>[] = [
  jsonLog,
  mumbleLog,
  klogLog,
  tensorflowLog,
  harnessLog,
  pytestOutput,
  caddyConsoleLog,
  giteaLog,
  postgresLog,
  javaLog,
  nginxErrorLog,
  apacheErrorLog,
  dotnetConsole,
  pythonLogging,
  rubyLogger,
  abraLog,
  logfmtLog,
];

/** The format of a line no payload grammar claims. */
export const PLAIN_TEXT_FORMAT = 'text';

/** Formats of whole-file inputs: junit XML and the harness's canonical.json. */
export const FILE_FORMATS = ['junit', 'canonical'] as const;

/** Every `format` an event can carry, sorted: what a rule pattern's `format` may name (besides user formats). */
export const EVENT_FORMATS: readonly string[] = [
  ...new Set([...PAYLOADS.flatMap((g) => g.eventFormats ?? [g.name]), PLAIN_TEXT_FORMAT, ...FILE_FORMATS]),
].sort();

export const ENVELOPES: Readonly<Record<string, LineGrammar<EnvelopeResult>>> = Object.fromEntries(
  ENVELOPE_FORMATS.map((g) => [g.name, g]),
);

const PAYLOAD_BY_NAME = new Map(PAYLOADS.map((g) => [g.name, g]));

export function payloadFormat(name: string): LineGrammar<PayloadResult> | undefined {
  return PAYLOAD_BY_NAME.get(name);
}

const sniffDispatch = new WeakMap<readonly LineGrammar<unknown>[], FirstCharDispatch<LineGrammar<unknown>>>();

/**
 * The grammars of `grammars` whose sniff can accept a line starting as `text` does, in order:
 * most sniffs are anchored at the line's start, and a line's first character rules out most
 * formats (parsers/first-chars.ts). The table of a list is made when it is first asked for, and
 * again if the list has changed in place since (a test puts a grammar in front of the built-ins).
 */
export function sniffable<G extends LineGrammar<unknown>>(grammars: readonly G[], text: string): readonly G[] {
  let dispatch = sniffDispatch.get(grammars);
  if (dispatch === undefined || dispatch.items.length !== grammars.length || dispatch.items[0] !== grammars[0]) {
    dispatch = new FirstCharDispatch<LineGrammar<unknown>>([...grammars], (grammar) => sniffFirstChars(grammar.sniff));
    sniffDispatch.set(grammars, dispatch);
  }
  return dispatch.at(text, 0) as readonly G[];
}

/**
 * The payload of a line whose envelopes are peeled; `only` forces one format (--input-format).
 * `payloads` is the list to try: the built-ins, or with user formats (parsers/user) theirs first.
 */
export function parsePayload(
  text: string,
  context: ParseContext,
  only?: LineGrammar<PayloadResult>,
  payloads: readonly LineGrammar<PayloadResult>[] = PAYLOADS,
): PayloadResult | undefined {
  if (only) return only.sniff.test(text) ? only.parse(text, context) : undefined;
  for (const grammar of sniffable(payloads, text)) {
    if (!grammar.sniff.test(text)) continue;
    const result = grammar.parse(text, context);
    if (result) return result;
  }
  return undefined;
}

/** Does a payload grammar claim the whole line (a generic timestamp envelope must then leave it alone)? */
export function payloadClaims(text: string, payloads: readonly LineGrammar<PayloadResult>[] = PAYLOADS): boolean {
  for (const grammar of sniffable(payloads, text)) if (grammar.sniff.test(text)) return true;
  return false;
}
