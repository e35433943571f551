import type { EventKind, Fields, Level } from '../events.js';
import { stripAnsi } from '../text/ansi.js';
import { withoutIndent } from '../text/indent.js';
import type { EnvelopeResult, LineGrammar, ParseContext, PayloadResult } from './kit.js';
import { ENVELOPES, ENVELOPE_FORMATS, PAYLOADS, PLAIN_TEXT_FORMAT, parsePayload, payloadClaims, sniffable } from './registry.js';
import { readPassingResult } from './pytest/grammar.js';
import { textLevel } from './text/levels.js';

/** Everything one line yields before run context (recipe, tier …) is applied. */
export interface ParsedLine {
  format: string;
  /** The outermost envelope (docker-service, journald …). */
  envelope?: string;
  /** Every envelope peeled, outermost first, when there is more than one. */
  envelopes?: string[];
  kind?: EventKind;
  ts?: number;
  level?: Level;
  message: string;
  fields: Fields;
  service?: string;
  stack?: string;
  node?: string;
  task?: string;
}

/** How a line is read: the envelope its file was detected with, and a payload format forced by the user. */
export interface LineReading {
  envelope?: string;
  payload?: LineGrammar<PayloadResult>;
  /** The payload formats tried in order: user formats first when any are loaded (parsers/user/format-set.ts). */
  payloads?: readonly LineGrammar<PayloadResult>[];
  /** Every format read by its grammar, its fast path unused (--full-grammar). */
  grammarOnly?: boolean;
  /** Spaces the input was pasted with (inputs/detect.ts pasteIndent): a line starting with them is read without. */
  indent?: number;
}

/** syslog wrapped around compose wrapped around Caddy is real (LOG-FORMATS.md §9): deeper is not. */
const MAX_ENVELOPE_DEPTH = 4;

function tryEnvelope(
  grammar: LineGrammar<EnvelopeResult>,
  text: string,
  reading: LineReading,
  context: ParseContext,
): EnvelopeResult | undefined {
  if (!grammar.sniff.test(text)) return undefined;
  // A bare timestamp prefix is an envelope only when no payload starts with its own timestamp there.
  if (grammar.generic && payloadClaims(text, reading.payloads)) return undefined;
  return grammar.parse(text, context);
}

/**
 * The next envelope around `text`: the file's own first; inside an envelope, any; on a line that
 * has none yet, only those whose prefix cannot be mistaken (run logs embed `docker service logs`,
 * but `name | text` in a run log is no compose line).
 */
function peelEnvelope(
  text: string,
  reading: LineReading,
  nested: boolean,
  context: ParseContext,
): EnvelopeResult | undefined {
  const fileEnvelope = reading.envelope;
  const own = fileEnvelope !== undefined && !nested ? ENVELOPES[fileEnvelope] : undefined;
  if (own) {
    const result = tryEnvelope(own, text, reading, context);
    if (result) return result;
  }
  for (const grammar of sniffable(ENVELOPE_FORMATS, text)) {
    if (grammar === own || (!nested && !grammar.unmistakable)) continue;
    const result = tryEnvelope(grammar, text, reading, context);
    if (result) return result;
  }
  return undefined;
}

/** Envelope details as fields, named by the envelope (`docker.com.docker.swarm.task.id`, `cri.stream`). */
function detailPrefix(envelope: string): string {
  return envelope === 'docker-service' ? 'docker' : envelope;
}

/** The time of a line: the outermost envelope's that has a zone, else the payload's, else a local-clock envelope's. */
function lineTime(chain: readonly EnvelopeResult[], payload: PayloadResult | undefined): number | undefined {
  const precise = chain.find((e) => e.ts !== undefined && !ENVELOPES[e.envelope]?.zoneless);
  return precise?.ts ?? payload?.ts ?? chain.find((e) => e.ts !== undefined)?.ts;
}

/**
 * One line → envelopes, peeled one after another → payload grammar → ParsedLine. `clean` is the
 * line with terminal escapes removed; a line no grammar knows is plain text, never dropped.
 */
export function parseLine(clean: string, reading: LineReading, tz: string): ParsedLine {
  const chain: EnvelopeResult[] = [];
  const context: ParseContext = { tz, grammarOnly: reading.grammarOnly };
  // A pasted line without the paste's indentation; a line with less (a later, unindented part) as it is.
  let payloadText = reading.indent === undefined ? clean : withoutIndent(clean, reading.indent) ?? clean;
  while (chain.length < MAX_ENVELOPE_DEPTH) {
    const peeled = peelEnvelope(payloadText, reading, chain.length > 0, context);
    if (!peeled) break;
    chain.push(peeled);
    payloadText = stripAnsi(peeled.message);
  }
  const payload = parsePayload(payloadText, context, reading.payload, reading.payloads);
  const fields: Fields = payload ? payload.fields : {};
  let service: string | undefined;
  let stack: string | undefined;
  let node: string | undefined;
  let task: string | undefined;
  let envelopeLevel: Level | undefined;
  // The innermost envelope names the most specific unit: `sh[22948]: caddy | …` is caddy's line.
  for (const envelope of chain) {
    if (envelope.details) for (const [k, v] of Object.entries(envelope.details)) fields[`${detailPrefix(envelope.envelope)}.${k}`] = v;
    if (envelope.slot !== undefined) fields.slot = envelope.slot;
    if (envelope.service !== undefined) { service = envelope.service; stack = envelope.stack; }
    node = envelope.node ?? node;
    task = envelope.task ?? task;
    envelopeLevel = envelope.level ?? envelopeLevel;
  }
  const parsed: ParsedLine = {
    format: payload?.format ?? PLAIN_TEXT_FORMAT,
    envelope: chain[0]?.envelope,
    kind: payload?.kind,
    ts: lineTime(chain, payload),
    level: payload ? payload.level ?? envelopeLevel : envelopeLevel ?? textLevel(payloadText),
    message: payload ? payload.message : payloadText,
    fields,
    service,
    stack,
    node,
    task,
  };
  if (chain.length > 1) parsed.envelopes = chain.map((e) => e.envelope);
  return parsed;
}

/**
 * Whether lines read so may take shortcutLine: no envelope of the file's own, no payload forced, the
 * built-in payload formats only (a user's format is tried before them and might claim the line),
 * and not read by the grammars alone (--full-grammar).
 */
export function shortcutsApply(reading: LineReading): boolean {
  return reading.envelope === undefined && reading.payload === undefined && !reading.grammarOnly
    && reading.indent === undefined && (reading.payloads === undefined || reading.payloads === PAYLOADS);
}

/**
 * parseLine's reading of the commonest line of a verbose test run, a passing pytest result, made
 * without trying every envelope and payload format in turn: hundreds of thousands of such lines
 * cost a sweep more than the rest of its run logs. Equal to parseLine's when shortcutsApply (checked
 * on generated, sample, corpus and Loghub lines: test/parsers/fast-path.test.ts); undefined for any
 * other line.
 */
export function shortcutLine(clean: string): ParsedLine | undefined {
  const payload = readPassingResult(clean);
  if (payload === undefined) return undefined;
  const { format, kind, level, message, fields } = payload;
  return {
    format, envelope: undefined, kind, ts: undefined, level, message, fields,
    service: undefined, stack: undefined, node: undefined, task: undefined,
  };
}
