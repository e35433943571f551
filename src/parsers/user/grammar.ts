/**
 * A user format's regex as a line grammar: named captures → timestamp, level, message and
 * fields, then the format's statements on the message. The regex runs on RE2JS (linear time
 * whatever the pattern: log text is untrusted and so is a user's regex), never on V8.
 */
import type { Fields, Level } from '../../events.js';
import { LinearRegex } from '../../engine/regex.js';
import type { LineGrammar, PayloadResult } from '../kit.js';
import { NAMED_LEVELS } from '../levels.js';
import { parseIsoTimestamp, parseSlashTimestamp, type TimeZoneSpec } from '../time.js';
import { compileStatements, recognizeStatement, tierFailed, type HarnessStatement } from '../harness/statements.js';
import type { FormatDefinition } from './definition.js';

/** User statement patterns: RE2JS too. */
export function linearPattern(source: string): HarnessStatement['pattern'] {
  return new LinearRegex(source);
}

const SLASH_TIME = /^(\d{4}\/\d{2}\/\d{2})[ T](\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)$/;

/**
 * A `timestamp` capture: RFC 3339 / ISO 8601 (`T` or a space, zone optional) or
 * `yyyy/mm/dd hh:mm:ss`; no zone means --tz.
 */
export function parseUserTimestamp(text: string, tz: TimeZoneSpec): number | undefined {
  const iso = parseIsoTimestamp(text, tz);
  if (iso !== undefined) return iso;
  const slash = SLASH_TIME.exec(text);
  return slash ? parseSlashTimestamp(slash[1], slash[2], tz) : undefined;
}

/**
 * The level of a spelling: the format's mapping (exact, then any case), else the common names
 * (`error`, `warning` …).
 */
function levelLookup(levels: FormatDefinition['levels']): (spelling: string | undefined) => Level | undefined {
  const exact = new Map<string, Level>();
  const folded = new Map<string, Level>();
  for (const [level, spellings] of Object.entries(levels ?? {})) {
    for (const spelling of spellings ?? []) {
      exact.set(spelling, level as Level);
      folded.set(spelling.toLowerCase(), level as Level);
    }
  }
  return (spelling) => {
    if (spelling === undefined) return undefined;
    const lower = spelling.toLowerCase();
    return exact.get(spelling) ?? folded.get(lower) ?? NAMED_LEVELS[lower];
  };
}

/** A user format with a regex as a payload grammar. RE2JS must be loaded (loadLinearEngine). */
export function userGrammar(definition: FormatDefinition): LineGrammar<PayloadResult> {
  const regex = new LinearRegex(definition.regex!);
  const levelOf = levelLookup(definition.levels);
  const statements = definition.statements ? compileStatements(definition.statements, linearPattern) : undefined;
  // The sniff and the parse see the same line one after the other: match it once.
  let lastText: string | undefined;
  let lastCaptures: Record<string, string> | undefined;
  const capturesOf = (text: string) => {
    if (text !== lastText) {
      lastText = text;
      lastCaptures = regex.exec(text);
    }
    return lastCaptures;
  };
  return {
    name: definition.name,
    role: 'payload',
    title: definition.title,
    sniff: { test: (text) => capturesOf(text) !== undefined },
    // A user's samples are checked when the file is loaded (format-set.ts), with their own rules.
    samples: [],
    parse(text, ctx) {
      const captures = capturesOf(text);
      if (!captures) return undefined;
      const { timestamp, level: spelling, message, ...rest } = captures;
      const fields: Fields = { ...rest };
      const body = message ?? text;
      const statement = statements ? recognizeStatement(typeof fields.component === 'string' ? fields.component : undefined, body, statements) : undefined;
      if (statement) Object.assign(fields, statement.fields);
      return {
        format: definition.name,
        kind: statement?.kind,
        ts: timestamp !== undefined ? parseUserTimestamp(timestamp, ctx.tz) : undefined,
        level: tierFailed(statement) ? 'error' : levelOf(spelling),
        message: body,
        fields,
      };
    },
  };
}
