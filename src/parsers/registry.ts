/**
 * The grammars, in the order they are tried: envelopes (chosen per file by detection) and
 * payloads (sniffed per line, specific before generic). Building a grammar is deferred to its
 * first use (kit.lazily), so an input pays only for the formats it holds.
 */
import type { EnvelopeResult, LineGrammar, PayloadResult } from './kit.js';
import { dockerComposeLogs, dockerLogs, dockerServiceLogs } from './docker/grammar.js';
import { syslogLines } from './syslog/grammar.js';
import { jsonLog } from './json/grammar.js';
import { mumbleLog } from './mumble/grammar.js';
import { harnessLog } from './harness/grammar.js';
import { pytestOutput } from './pytest/grammar.js';
import { giteaLog } from './gitea/grammar.js';
import { caddyConsoleLog } from './caddy/console.js';
import { postgresLog } from './postgres/grammar.js';
import { javaLog } from './java/grammar.js';
import { abraLog } from './abra/grammar.js';
import { logfmtLog } from './logfmt/grammar.js';

export const ENVELOPES: Readonly<Record<string, LineGrammar<EnvelopeResult>>> = {
  'docker-service': dockerServiceLogs,
  'docker-compose': dockerComposeLogs,
  'docker-logs': dockerLogs,
  syslog: syslogLines,
};

/** Tried in this order on each line (after its envelope, if any, is removed). */
export const PAYLOADS: readonly LineGrammar<PayloadResult>[] = [
  jsonLog,
  mumbleLog,
  harnessLog,
  pytestOutput,
  caddyConsoleLog,
  giteaLog,
  postgresLog,
  javaLog,
  abraLog,
  logfmtLog,
];

export function parsePayload(text: string, tz: string): PayloadResult | undefined {
  for (const grammar of PAYLOADS) {
    if (!grammar.sniff.test(text)) continue;
    const result = grammar.parse(text, { tz });
    if (result) return result;
  }
  return undefined;
}
