/**
 * JSON log lines: Caddy/zap (`level`, `ts` float seconds, `logger`, `msg`), Mattermost
 * (`timestamp` string or `ts`, `caller`, `msg`), and any other one-object-per-line logger.
 *
 * JSON is read with the runtime's own JSON.parse, which is exact, linear and far faster than
 * a grammar written here could be; this module only maps the keys onto the event.
 * A line that is not a JSON object is not this format (the caller keeps it as text).
 */
import { epochSecondsToMillis, parseIsoTimestamp } from '../time.js';
import { levelOf, type LevelTable, type LineGrammar, type PayloadResult } from '../kit.js';
import { goMainError, NAMED_LEVELS } from '../levels.js';
import type { Level } from '../../events.js';
import { caddyDerivedFields } from '../caddy/fields.js';
import { flattenJsonFields, parseJsonObject } from './fields.js';

/** The message's key, the first present: zap's, logrus's and slog's `msg`; `message`; structlog's `event`. */
const MESSAGE_KEYS = ['msg', 'message', 'MESSAGE', 'event'];
const LEVEL_KEYS = ['level', 'severity', 'lvl'];

/**
 * Objects a shipper wraps the program's own record in, when the line has no message of its own:
 * a forwarder's `{"type":"log",…,"log":{"msg":"panic: log not found"}}` (hashicorp/consul#11430),
 * Cloud Logging's `jsonPayload`.
 */
const WRAPPER_KEYS = ['log', 'jsonPayload'];

/** The message at the line's top, else in the record a shipper wrapped. */
function messageOf(object: Record<string, unknown>): string {
  const messageKey = MESSAGE_KEYS.find((k) => typeof object[k] === 'string');
  if (messageKey) return String(object[messageKey]);
  for (const wrapperKey of WRAPPER_KEYS) {
    const inner = object[wrapperKey];
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) continue;
    const record = inner as Record<string, unknown>;
    const innerKey = MESSAGE_KEYS.find((k) => typeof record[k] === 'string');
    if (innerKey) return String(record[innerKey]);
  }
  return '';
}

function isCaddy(object: Record<string, unknown>): boolean {
  return typeof object.logger === 'string' && typeof object.ts === 'number';
}

export const JSON_LEVELS: LevelTable = {
  spellings: NAMED_LEVELS,
  markers: (s) => [`"level":"${s}"`, `"level": "${s}"`, `"level":"${s.toUpperCase()}"`],
  exitsOnError: goMainError,
};

/**
 * pino's and bunyan's numeric levels (`{"level":50,…}`): 10 trace … 60 fatal. Other numbers (a
 * syslog priority, a custom scale) are no level.
 */
const NUMERIC_LEVELS: Readonly<Record<number, Level>> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** The markers of the numeric error and fatal levels, for the prefilter. */
export const NUMERIC_LEVEL_MARKERS: readonly string[] = ['"level":50', '"level":60'];

/**
 * MongoDB's (4.4 on) severity, `"s"` beside its component `"c"`: F fatal, E error, W warning, I
 * info, D1 … D5 debug. Only with `"c"`: a bare `"s"` key is anybody's.
 */
const MONGO_SEVERITIES: Readonly<Record<string, Level>> = {
  F: 'fatal', E: 'error', W: 'warn', I: 'info', D1: 'debug', D2: 'debug', D3: 'debug', D4: 'debug', D5: 'debug',
};

/** The markers of MongoDB's error and fatal severities, for the prefilter. */
export const MONGO_SEVERITY_MARKERS: readonly string[] = ['"s":"F"', '"s":"E"'];

function levelOfObject(object: Record<string, unknown>): Level | undefined {
  const levelKey = LEVEL_KEYS.find((k) => typeof object[k] === 'string');
  if (levelKey) return levelOf(JSON_LEVELS, String(object[levelKey]).trim());
  if (typeof object.level === 'number') return NUMERIC_LEVELS[object.level];
  if (typeof object.s === 'string' && typeof object.c === 'string') return Object.hasOwn(MONGO_SEVERITIES, object.s) ? MONGO_SEVERITIES[object.s] : undefined;
  return undefined;
}

/** MongoDB's time: `"t":{"$date":"2026-07-01T07:13:10.924+00:00"}`. */
function mongoDate(object: Record<string, unknown>): string | undefined {
  const t = object.t;
  if (typeof t !== 'object' || t === null) return undefined;
  const date = (t as Record<string, unknown>).$date;
  return typeof date === 'string' ? date : undefined;
}

export const jsonLineSamples = [
  { line: '{"level":"error","ts":1612956260.1230588,"logger":"tls.obtain","msg":"will retry","error":"[www.google.com] Obtain: context deadline exceeded","attempt":1,"retrying_in":60}', level: 'error' },
  { line: '{"level":"error","ts":1750206667.129,"logger":"tls","msg":"failed to get permission for on-demand certificate","domain":"warm-bluesky-pds.ci.commoninternet.net","error":"checking http://app:3000/tls-check to determine if certificate for hostname \'warm-bluesky-pds.ci.commoninternet.net\' should be allowed: Get \\"http://app:3000/tls-check?domain=warm-bluesky-pds.ci.commoninternet.net\\": dial tcp 10.10.0.4:3000: connect: connection refused"}', level: 'error' },
  { line: '{"level":"error","ts":1754633393.458146,"logger":"http.log.error","msg":"dial tcp 172.21.0.6:8000: connect: connection refused","request":{"remote_ip":"10.0.0.2","method":"GET","host":"x","uri":"/api//info"},"duration":0.000669913,"status":502}', level: 'error' },
  { line: '{"timestamp":"2024-11-01 09:11:24.804 Z","level":"error","msg":"Failed to ping DB","caller":"sql/sql_utils.go:75","retrying in seconds":10,"error":"dial tcp 172.18.0.8:5432: connect: connection refused"}', level: 'error' },
  { line: '{"level":"error","ts":1611280187.511331,"caller":"sqlstore/supplier.go:258","msg":"Failed to ping DB","error":"dial tcp [::1]:5432: connect: connection refused","retrying in seconds":10}', level: 'error' },
  // structlog (goauthentik/authentik#16757): its message is `event`.
  { line: '{"event": "Worker (pid:553816) was sent SIGBUS!", "level": "error", "logger": "gunicorn.error", "timestamp": "2025-09-13T08:36:38.905726"}', level: 'error' },
] as const;

export const jsonLog: LineGrammar<PayloadResult> = {
  name: 'json',
  role: 'payload',
  eventFormats: ['json', 'caddy', 'zap'],
  title: 'JSON lines: Caddy/zap, Mattermost, logrus JSON, any one-object-per-line logger',
  levels: JSON_LEVELS,
  sniff: /^\s*\{/,
  samples: jsonLineSamples,
  parse(text, ctx) {
    const object = parseJsonObject(text);
    if (!object) return undefined;
    const fields = flattenJsonFields(object);
    let ts: number | undefined;
    if (typeof object.ts === 'number') ts = epochSecondsToMillis(object.ts);
    else if (typeof object.time === 'number' && object.time > 1e11) ts = object.time;
    else if (typeof object.ts === 'string') ts = parseIsoTimestamp(object.ts, ctx.tz);
    else if (typeof object.timestamp === 'string') ts = parseIsoTimestamp(object.timestamp.replace(/ Z$/, 'Z'), ctx.tz);
    else if (typeof object.time === 'string') ts = parseIsoTimestamp(object.time, ctx.tz);
    else {
      const date = mongoDate(object);
      if (date !== undefined) ts = parseIsoTimestamp(date, ctx.tz);
    }
    const caddy = isCaddy(object);
    const message = messageOf(object);
    if (caddy || typeof fields.error === 'string') Object.assign(fields, caddyDerivedFields(fields, message));
    return {
      format: caddy ? 'caddy' : object.caller !== undefined && object.msg !== undefined ? 'zap' : 'json',
      ts,
      level: levelOfObject(object),
      message,
      fields,
    };
  },
};
