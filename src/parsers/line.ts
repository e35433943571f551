import type { Fields, Level } from '../events.js';
import { stripAnsi } from '../text/ansi.js';
import { ENVELOPES, parsePayload } from './registry.js';

/** Everything one line yields before run context (recipe, tier …) is applied. */
export interface ParsedLine {
  format: string;
  envelope?: string;
  kind?: string;
  ts?: number;
  level?: Level;
  message: string;
  fields: Fields;
  service?: string;
  stack?: string;
  node?: string;
  task?: string;
}

/** Plain text lines get a level only from unmistakable markers. */
const TEXT_FATAL = /\b(?:FATAL|PANIC|CRITICAL)\b/;
const TEXT_ERROR = /\bERROR\b|^\s*(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception)\b(?::|$)|^\s*[\w.]*\berrors\.[A-Z]\w*:|\bPG::[A-Z]\w*:|^Traceback \(most recent call last\)/;

function textLevel(text: string): Level | undefined {
  if (TEXT_FATAL.test(text)) return 'fatal';
  if (TEXT_ERROR.test(text)) return 'error';
  return undefined;
}

/**
 * One line → envelope (if the file has one) → payload grammar → ParsedLine.
 * `clean` is the line with terminal escapes removed; a line no grammar knows is plain text,
 * never dropped.
 */
export function parseLine(clean: string, envelope: string | undefined, tz: string): ParsedLine {
  let payloadText = clean;
  let envelopeResult;
  // Files without an envelope of their own (run logs, terminal captures) often embed
  // `docker service logs` output: its prefix is specific enough to try on every line.
  const envelopeGrammar = ENVELOPES[envelope ?? 'docker-service'];
  if (envelopeGrammar && envelopeGrammar.sniff.test(clean)) {
    envelopeResult = envelopeGrammar.parse(clean, { tz });
    if (envelopeResult) payloadText = stripAnsi(envelopeResult.message);
  }
  const payload = parsePayload(payloadText, tz);
  const fields: Fields = payload ? payload.fields : {};
  if (envelopeResult?.details) for (const [k, v] of Object.entries(envelopeResult.details)) fields[`docker.${k}`] = v;
  if (envelopeResult?.slot !== undefined) fields.slot = envelopeResult.slot;
  return {
    format: payload?.format ?? 'text',
    envelope: envelopeResult?.envelope,
    kind: payload?.kind,
    ts: envelopeResult?.ts ?? payload?.ts,
    level: payload ? payload.level : textLevel(payloadText),
    message: payload ? payload.message : payloadText,
    fields,
    service: envelopeResult?.service,
    stack: envelopeResult?.stack,
    node: envelopeResult?.node,
    task: envelopeResult?.task,
  };
}
