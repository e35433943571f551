/**
 * Timestamps of every format, to milliseconds since the epoch.
 * A timestamp without a zone is read in `tz` (default UTC): gitea and Caddy console print local
 * time without saying which.
 */
export type TimeZoneSpec = string; // 'UTC', '+02:00', or an IANA name such as 'Europe/Berlin'

const offsetPattern = /^([+-])(\d{2}):?(\d{2})?$/;
/** Formatters by zone name; null for a name Intl does not know (postgres prints `CEST`), so a
 * log full of them does not pay for a throwing constructor on every line. */
const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>();

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Apr` → 4; undefined for anything else (a month of 0 would silently become last December). */
export function monthNumber(name: string): number | undefined {
  const index = MONTH_NAMES.indexOf(name);
  return index < 0 ? undefined : index + 1;
}

export function validateTimeZone(tz: string): string | undefined {
  if (tz === 'UTC' || tz === 'Z') return undefined;
  const offset = offsetPattern.exec(tz);
  if (offset) {
    // Real zones lie between -12:00 and +14:00; +25:00 is a typo, not a zone.
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? 0);
    const total = (offset[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
    if (minutes >= 60 || total < -12 * 60 || total > 14 * 60) return `offset ${JSON.stringify(tz)} is out of range: UTC offsets run from -12:00 to +14:00`;
    return undefined;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return undefined;
  } catch {
    return `unknown time zone ${JSON.stringify(tz)}: use UTC, an offset like +02:00, or an IANA name like Europe/Berlin`;
  }
}

/** Milliseconds in 400 Gregorian years: the calendar repeats exactly after them. */
const FOUR_CENTURIES = 146097 * 86400000;

/**
 * Date.UTC, except that years 0-99 are those years (Date.UTC reads them as 1900-1999; Go's zero
 * time is 0001-01-01).
 */
function dateUtc(
  year: number,
  monthIndex: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number {
  if (year < 0 || year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second, millis);
  return Date.UTC(year + 400, monthIndex, day, hour, minute, second, millis) - FOUR_CENTURIES;
}

/** Offset of `zone` from UTC in minutes at the given UTC instant, or undefined if the zone is unknown. */
function zoneOffsetMinutes(zone: string, utcMillis: number): number | undefined {
  if (zone === 'UTC' || zone === 'Z' || zone === 'GMT') return 0;
  const m = offsetPattern.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  let fmt = zoneFormatters.get(zone);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch {
      fmt = null;
    }
    zoneFormatters.set(zone, fmt);
  }
  if (fmt === null) return undefined;
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(utcMillis))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = dateUtc(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, 0);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60000);
}

/**
 * Wall-clock fields in `zone` (or in `fallbackZone` when the line names none) to epoch millis.
 * Fractions are given as their digit string so that nanosecond precision truncates cleanly.
 */
export function wallClockToEpoch(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  fraction: string | undefined, zone: string | undefined, fallbackZone: TimeZoneSpec,
): number | undefined {
  const millis = fraction ? Number((fraction + '000').slice(0, 3)) : 0;
  const naive = dateUtc(year, month - 1, day, hour, minute, second, millis);
  if (Number.isNaN(naive)) return undefined;
  // A zone the line names but Intl does not know is read in the fallback zone.
  let z = zone ?? fallbackZone;
  let offset = zoneOffsetMinutes(z, naive);
  if (offset === undefined && zone !== undefined) {
    z = fallbackZone;
    offset = zoneOffsetMinutes(z, naive);
  }
  if (offset === undefined) return undefined;
  // One correction step, in the zone that gave the offset, handles offsets that change near the instant (DST).
  const first = naive - offset * 60000;
  const second2 = zoneOffsetMinutes(z, first);
  return inDateRange(second2 !== undefined && second2 !== offset ? naive - second2 * 60000 : first);
}

/**
 * The range a JavaScript Date can hold (±100,000,000 days from the epoch). A timestamp outside it
 * is no time at all: `new Date(ts).toISOString()` throws on it, so it must never reach an event.
 */
const MAX_EPOCH_MILLIS = 8.64e15;

function inDateRange(millis: number): number | undefined {
  return Number.isFinite(millis) && Math.abs(millis) <= MAX_EPOCH_MILLIS ? millis : undefined;
}

// The zone: Z, ±hh[:mm] (postgres prints `+02` for zones without an abbreviation), or an abbreviation.
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{3,5})?$/;

/** The digit at `at` (0-9), or -1. */
function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The number the `count` digits at `at` make, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The last minute read by utcTimestamp, and its epoch millis: a log's lines share their minute. */
const lastMinute = { key: -1, millis: 0 };

/**
 * `YYYY-MM-DD[T ]hh:mm:ss[.fff…]` then `Z` or ` UTC`, read digit by digit: the time of every docker
 * and postgres line. Undefined for any other shape (isoPattern reads it). Date.UTC is linear in
 * seconds and milliseconds, so a minute's start is computed once for the lines that share it.
 */
function utcTimestamp(text: string): number | undefined {
  const sep = text.charCodeAt(10);
  if (text.length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32)
    || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let at = 19;
  let millis = 0;
  const mark = text.charCodeAt(at);
  if (mark === 46 || mark === 44) {
    let digits = 0;
    for (at += 1; digitAt(text, at) >= 0; at++, digits++) if (digits < 3) millis = millis * 10 + digitAt(text, at);
    if (digits === 0) return undefined;
    for (; digits < 3; digits++) millis *= 10;
  }
  const zoneIsUtc = (at === text.length - 1 && text.charCodeAt(at) === 90) || text.slice(at) === ' UTC';
  if (!zoneIsUtc) return undefined;
  const key = ((year * 100 + month) * 100 + day) * 10000 + hour * 100 + minute;
  if (key !== lastMinute.key) {
    lastMinute.millis = dateUtc(year, month - 1, day, hour, minute, 0, 0);
    lastMinute.key = key;
  }
  return inDateRange(lastMinute.millis + second * 1000 + millis);
}

/** RFC 3339 / ISO 8601 (with `T` or a space) as found in docker, harness and postgres lines. */
export function parseIsoTimestamp(text: string, fallbackZone: TimeZoneSpec): number | undefined {
  return utcTimestamp(text) ?? isoTimestampByPattern(text, fallbackZone);
}

/** Every ISO shape parseIsoTimestamp reads, by one expression: the reference its UTC fast path is held to. */
export function isoTimestampByPattern(text: string, fallbackZone: TimeZoneSpec): number | undefined {
  const m = isoPattern.exec(text);
  if (!m) return undefined;
  return wallClockToEpoch(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], m[7], m[8], fallbackZone);
}

/** `2026/06/17 23:59:01[.123]`: gitea and the Caddy console encoder, no zone. */
export function parseSlashTimestamp(date: string, time: string, fallbackZone: TimeZoneSpec): number | undefined {
  const [y, mo, d] = date.split('/').map(Number);
  const [clock, fraction] = time.split(/[.,]/);
  const [h, mi, s] = clock.split(':').map(Number);
  return wallClockToEpoch(y, mo, d, h, mi, s, fraction, undefined, fallbackZone);
}

/** Caddy/zap JSON `ts`: float seconds since the epoch. */
export function epochSecondsToMillis(ts: number): number | undefined {
  // `"ts": 1e14` is finite but 1e17 ms is past any Date (a crash in every reporter before the fix).
  return inDateRange(Math.round(ts * 1000));
}

/** `20260617T180501Z`, as in canonical.json and the harness's canonical lines. */
export function parseCompactTimestamp(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? wallClockToEpoch(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], undefined, 'UTC', 'UTC') : undefined;
}

/** Epoch millis as ISO 8601 UTC (`…Z`, milliseconds only when there are any); undefined for no time. */
export function formatIso(ts: number | undefined): string | undefined {
  // A timestamp outside what a Date holds is no time at all (the parsers drop them; this is the last guard).
  if (ts === undefined || inDateRange(ts) === undefined) return undefined;
  return new Date(ts).toISOString().replace('.000Z', 'Z');
}
