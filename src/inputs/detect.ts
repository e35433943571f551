import { ENVELOPE_FORMATS, PAYLOADS } from '../parsers/registry.js';
import type { LineGrammar, PayloadResult } from '../parsers/kit.js';
import { stripAnsi } from '../text/ansi.js';
import { leadingSpaces } from '../text/indent.js';

export type InputStructure = 'lines' | 'junit' | 'canonical' | 'binary';

export interface DetectedFormat {
  /** Label shown in `inputs[].format`. */
  format: string;
  structure: InputStructure;
  /** Envelope grammar tried first on every line (docker-service, journald, kubectl …). */
  envelope?: string;
  /** A payload format forced with --input-format: no other payload grammar is tried (`text`: none). */
  payload?: string;
  /** Payload formats whose line keys the input is read for (LineKeys: its first lines hold their header). */
  keyed?: string[];
  /**
   * Spaces every line of the input was pasted with (pasteIndent): each line is read without them, its
   * text kept as it came.
   */
  indent?: number;
}

/** What --input-format names mean beyond the registered line formats (whose names are their own). */
const FORMAT_ALIASES: Readonly<Record<string, Omit<DetectedFormat, 'format'>>> = {
  junit: { structure: 'junit' },
  'canonical-json': { structure: 'canonical' },
  'caddy-json': { structure: 'lines', payload: 'json' },
  'json-lines': { structure: 'lines', payload: 'json' },
  // A sweep log mixes harness, pytest, abra and docker lines: forcing it only says "a line file".
  'sweep-log': { structure: 'lines' },
  text: { structure: 'lines', payload: 'text' },
};

/** Formats --input-format accepts, and what each means for reading: every registered format, and the aliases. */
export const INPUT_FORMATS: Readonly<Record<string, Omit<DetectedFormat, 'format'>>> = {
  ...Object.fromEntries(ENVELOPE_FORMATS.map((g) => [g.name, { structure: 'lines', envelope: g.name }])),
  ...Object.fromEntries(PAYLOADS.map((g) => [g.name, { structure: 'lines', payload: g.name }])),
  ...FORMAT_ALIASES,
};

const SAMPLE_LINES = 40;

function looksBinary(head: Uint8Array): boolean {
  if (head.indexOf(0) < 0) return false;
  let control = 0;
  for (const byte of head) if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  return control / head.length > 0.1;
}

function looksLikeJunit(text: string, path: string): boolean {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (/^<\?xml\b/.test(start) || /^<testsuites?\b/.test(start)) return true;
  // The name decides when the content does not (a comment first, an empty or truncated file): a
  // junit.xml.gz is named for what it holds once decompressed.
  return /\.xml(?:\.gz)?$/i.test(path);
}

function looksLikeCanonical(text: string, path: string): boolean {
  const start = text.replace(/^\ufeff/, '').trim();
  if (!start.startsWith('{') || !start.endsWith('}')) return false;
  if (/canonical[^/]*\.json$/i.test(path)) return true;
  try {
    const value = JSON.parse(start) as Record<string, unknown>;
    return typeof value === 'object' && value !== null && typeof value.version === 'string' && ('canonical' in value || 'promoted' in value || 'domain' in value);
  } catch {
    return false;
  }
}

/**
 * Recognizes an input's format from its first lines: specific formats before generic ones,
 * files and stdin alike. `forced` (--input-format) wins. `payloads`: the formats a line is tried
 * with, user formats (--formats) first when there are any.
 */
export function detectFormat(
  head: Buffer,
  path: string,
  forced?: string,
  payloads: readonly LineGrammar<PayloadResult>[] = PAYLOADS,
): DetectedFormat {
  if (forced) {
    const detected: DetectedFormat = { format: forced, ...(INPUT_FORMATS[forced] ?? { structure: 'lines', payload: forced }) };
    const keyed = payloads.find((g) => g.name === detected.payload)?.lineKeys;
    return keyed ? { ...detected, keyed: [forced] } : detected;
  }
  if (head.length > 0 && looksBinary(head.subarray(0, 8192))) return { format: 'binary', structure: 'binary' };
  const text = head.toString('utf8');
  if (looksLikeJunit(text, path)) return { format: 'junit', structure: 'junit' };
  if (looksLikeCanonical(text, path)) return { format: 'canonical-json', structure: 'canonical' };

  const pasted = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, SAMPLE_LINES + 1).slice(0, SAMPLE_LINES)
    .map((l) => stripAnsi(l.replace(/\r$/, ''))).filter((l) => l.trim().length > 0);
  if (pasted.length === 0) return { format: 'text', structure: 'lines' };
  const indent = pasteIndent(pasted);
  const lines = indent === undefined ? pasted : pasted.map((l) => l.slice(indent));
  const detected: DetectedFormat = detectLineFormat(lines, payloads);
  if (indent !== undefined) detected.indent = indent;
  const keyed = payloads.filter((g) => g.lineKeys && lines.some((l) => g.lineKeys!.header.test(l))).map((g) => g.name);
  return keyed.length > 0 ? { ...detected, keyed } : detected;
}

/** Fewer spaces than this before every line are a layout of the log's own, not a paste's. */
const MIN_PASTE_INDENT = 2;

/**
 * The spaces every non-blank line of the head (two lines or more) starts with, when there are
 * MIN_PASTE_INDENT or more: a log pasted as a Markdown code block (four spaces), quoted into a build
 * log or a mail. Read with them, no grammar knows its lines (each starts with a timestamp or a level
 * at column 0) and a traceback's exception line is as indented as its frames.
 */
export function pasteIndent(lines: readonly string[]): number | undefined {
  // One line is no paste: its indentation may be the log's own (a test step under its scenario).
  if (lines.length < 2) return undefined;
  let indent = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    indent = leadingSpaces(line, indent);
    if (indent < MIN_PASTE_INDENT) return undefined;
  }
  return Number.isFinite(indent) ? indent : undefined;
}

/** The share of a head's lines an envelope must account for. */
const ENVELOPE_SHARE = 0.6;

/**
 * Whether a head is an envelope's log: most of its lines are the envelope's, or its tool's own
 * output around them (LineGrammar.companions), with at least two of them wrapped lines then.
 */
function isEnvelopeOf(grammar: LineGrammar<unknown>, lines: readonly string[]): boolean {
  let wrapped = 0;
  let companions = 0;
  for (const line of lines) {
    if (grammar.sniff.test(line)) wrapped += 1;
    else if (grammar.companions?.test(line)) companions += 1;
  }
  if (wrapped / lines.length >= ENVELOPE_SHARE) return true;
  return wrapped >= 2 && (wrapped + companions) / lines.length >= ENVELOPE_SHARE;
}

/** The format of a line file, from its first lines (not empty). */
function detectLineFormat(lines: readonly string[], payloads: readonly LineGrammar<PayloadResult>[]): DetectedFormat {
  // Harness lines start with an RFC 3339 time like `docker logs -t` lines do: a log of them is a
  // sweep log, not a docker log.
  const harness = payloads.find((g) => g.name === 'harness')!;
  if (lines.filter((l) => harness.sniff.test(l)).length / lines.length >= 0.5) return { format: 'sweep-log', structure: 'lines' };
  const envelope = ENVELOPE_FORMATS.find((grammar) => isEnvelopeOf(grammar, lines));
  if (envelope) return { format: envelope.name, structure: 'lines', envelope: envelope.name };
  const counts = new Map<string, number>();
  for (const line of lines) {
    const name = payloads.find((g) => g.sniff.test(line))?.name ?? 'text';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if ((counts.get('harness') ?? 0) > 0 || (counts.get('pytest') ?? 0) > 0) return { format: 'sweep-log', structure: 'lines' };
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const label: Record<string, string> = { json: lines.some((l) => /"logger"\s*:/.test(l)) ? 'caddy-json' : 'json-lines', 'caddy-console': 'caddy-console' };
  return { format: label[top[0]] ?? top[0], structure: 'lines' };
}
