/**
 * The `docker service logs` prefix, read by hand: the fast path of the docker-service envelope.
 * Its grammar (grammar.ts) is the reference; this reads the same tokens, tried in the lexer's
 * order at each position, so a line the grammar rejects (a second `--details` list, a stray
 * newline, a space before the bar after a timestamp) is rejected here too. test/parsers/fast-path
 * checks both agree on generated lines, every sample, the corpus and the Loghub samples.
 */
import type { EnvelopeResult, ParseContext } from '../kit.js';
import { parseIsoTimestamp } from '../time.js';

/** Token patterns of the docker envelopes: the grammar's tokens are made from these sources. */
export const DOCKER_TOKEN_PATTERNS = {
  timestamp: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/,
  space: / +/,
  taskRef: /[A-Za-z0-9][\w.-]*\.\d+(?:\.[a-z0-9]{12,25})?@[\w.-]+/,
  bar: / *\| ?/,
  // Keys with dots (com.docker.swarm.task.id=…): a logfmt message (level=info msg=…) is not taken for details.
  details: /[\w-]+(?:\.[\w-]+)+=[\x21-\x2b\x2d-\uffff]*(?:,[\w.-]+=[\x21-\x2b\x2d-\uffff]*)* /,
} as const;

const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'y');
const TIMESTAMP = sticky(DOCKER_TOKEN_PATTERNS.timestamp);
const SPACE = sticky(DOCKER_TOKEN_PATTERNS.space);
const TASK_REF = sticky(DOCKER_TOKEN_PATTERNS.taskRef);
const BAR = sticky(DOCKER_TOKEN_PATTERNS.bar);
const DETAILS = sticky(DOCKER_TOKEN_PATTERNS.details);

/** The end of `pattern`'s match at `at`, or -1. */
function matchEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

type PrefixToken = 'timestamp' | 'bar' | 'space' | 'taskRef';

/** The prefix mode's token at `at`, tried in the lexer's order, and where it ends; undefined: a lexing error. */
function prefixToken(text: string, at: number): { token: PrefixToken; end: number } | undefined {
  let end = matchEnd(TIMESTAMP, text, at);
  if (end >= 0) return { token: 'timestamp', end };
  end = matchEnd(BAR, text, at);
  if (end >= 0) return { token: 'bar', end };
  end = matchEnd(SPACE, text, at);
  if (end >= 0) return { token: 'space', end };
  end = matchEnd(TASK_REF, text, at);
  return end >= 0 ? { token: 'taskRef', end } : undefined;
}

/**
 * The task ref of the line before: a service log repeats its prefix on every line, and the lexer's
 * answer at a position depends only on the characters there. Text that begins with the same ref
 * (which begins with a letter, so no timestamp, bar or space token can start there) and goes on
 * with a character no ref holds is lexed as that ref again: no regular expression is run for it.
 */
let lastTaskRef = '';

function isTaskRefChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || code === 0x5f || code === 0x2e || code === 0x2d || code === 0x40;
}

/** The token at `at`: the line before's task ref where it repeats, else the lexer's. */
function tokenAt(text: string, at: number): { token: PrefixToken; end: number } | undefined {
  const ref = lastTaskRef;
  if (ref !== '' && text.startsWith(ref, at) && !isTaskRefChar(text.charCodeAt(at + ref.length))) {
    return { token: 'taskRef', end: at + ref.length };
  }
  const token = prefixToken(text, at);
  if (token?.token === 'taskRef' && !isDigit(text.charCodeAt(at))) lastTaskRef = text.slice(at, token.end);
  return token;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The pieces of a service log prefix, as the grammar's tokens give them. */
export interface ServicePrefix {
  timestamp?: string;
  taskRef: string;
  details?: string;
  message?: string;
}

/** `[<ts> ]<task ref> | [<details> ]<message>` split as the grammar would, or undefined where it fails. */
export function splitServicePrefix(text: string): ServicePrefix | undefined {
  let at = 0;
  let token = tokenAt(text, at);
  let timestamp: string | undefined;
  if (token?.token === 'timestamp') {
    timestamp = text.slice(at, token.end);
    const space = prefixToken(text, token.end);
    if (space?.token !== 'space') return undefined;
    at = space.end;
    token = tokenAt(text, at);
  }
  if (token?.token !== 'taskRef') return undefined;
  const taskRef = text.slice(at, token.end);
  const bar = prefixToken(text, token.end);
  if (bar?.token !== 'bar') return undefined;
  return messageMode(text, bar.end, timestamp, taskRef);
}

/** After the bar: an optional details list, then the message (anything but a newline, to the end). */
function messageMode(
  text: string,
  at: number,
  timestamp: string | undefined,
  taskRef: string,
): ServicePrefix | undefined {
  let details: string | undefined;
  const detailsEnd = matchEnd(DETAILS, text, at);
  if (detailsEnd >= 0) {
    details = text.slice(at, detailsEnd);
    // A second list is a second Details token, which the grammar's one optional list refuses.
    if (matchEnd(DETAILS, text, detailsEnd) >= 0) return undefined;
    at = detailsEnd;
  }
  if (at === text.length) return { timestamp, taskRef, details };
  // The message token stops at a newline, and the lexer then has no token for it.
  if (text.indexOf('\n', at) >= 0) return undefined;
  return { timestamp, taskRef, details, message: text.slice(at) };
}

const TASK_REF_PARTS = /^(.*)\.(\d+)(?:\.([a-z0-9]{12,25}))?@(.+)$/;

function splitService(fullName: string): { service: string; stack?: string } {
  const cut = fullName.lastIndexOf('_');
  return cut > 0 ? { stack: fullName.slice(0, cut), service: fullName.slice(cut + 1) } : { service: fullName };
}

function parseDetails(raw: string | undefined): Record<string, string> | undefined {
  if (!raw) return undefined;
  const details: Record<string, string> = {};
  for (const pair of raw.trim().split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) details[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return details;
}

/** A task ref's parts (service, stack, slot, task, node), or undefined when it has none. */
interface TaskRefParts {
  service: string;
  stack?: string;
  slot: number;
  task?: string;
  node: string;
}

/** The parts of the last task ref read: a service log repeats it on every line. */
let lastParts: { taskRef: string; parts: TaskRefParts | undefined } = { taskRef: '', parts: undefined };

function taskRefParts(taskRef: string): TaskRefParts | undefined {
  if (lastParts.taskRef === taskRef && taskRef !== '') return lastParts.parts;
  const match = TASK_REF_PARTS.exec(taskRef);
  const parts = match
    ? { ...splitService(match[1]), slot: Number(match[2]), task: match[3], node: match[4] }
    : undefined;
  lastParts = { taskRef, parts };
  return parts;
}

/** The envelope of a split prefix: what the grammar's visitor and the fast path both return. */
export function serviceEnvelope(prefix: ServicePrefix, context: ParseContext): EnvelopeResult | undefined {
  const parts = taskRefParts(prefix.taskRef);
  if (!parts) return undefined;
  return {
    envelope: 'docker-service',
    ts: prefix.timestamp ? parseIsoTimestamp(prefix.timestamp, context.tz) : undefined,
    ...parts,
    details: parseDetails(prefix.details),
    message: prefix.message ?? '',
  };
}

/** The docker-service envelope's fast path. */
export function readServicePrefix(text: string, context: ParseContext): EnvelopeResult | undefined {
  const prefix = splitServicePrefix(text);
  return prefix === undefined ? undefined : serviceEnvelope(prefix, context);
}
