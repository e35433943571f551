import { setField, type Fields } from '../../events.js';

const MAX_DEPTH = 4;

/** The line as a JSON object, or undefined when it is not one (an array, a number, broken JSON). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

/**
 * Flattens a JSON log object into dotted fields (`request.remote_ip`). Arrays and objects
 * deeper than MAX_DEPTH are kept as their JSON text, so nothing is lost and nothing recurses
 * without bound.
 */
export function flattenJsonFields(object: Record<string, unknown>, prefix = '', depth = 0, into: Fields = {}): Fields {
  for (const [key, value] of Object.entries(object)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') setField(into, name, value);
    else if (typeof value === 'object' && !Array.isArray(value) && depth < MAX_DEPTH) flattenJsonFields(value as Record<string, unknown>, name, depth + 1, into);
    else setField(into, name, jsonText(value));
  }
  return into;
}

/**
 * JSON.parse reads nesting of any depth without recursion, JSON.stringify recurses: a line holding
 * `[[[[…` a hundred thousand deep parsed, then overflowed the stack here (and took the rest of the
 * file with it). Such a value is kept as a note instead.
 */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[nested too deeply to show]';
  }
}
