/**
 * canonical.json of a warm canonical → one `canonical-written` event: what was promoted, when,
 * at which version. A file that is not a JSON object is a fatal problem for that input.
 */
import { setField, type LogEvent } from '../../events.js';
import { parseCompactTimestamp, parseIsoTimestamp } from '../time.js';
import type { DocumentSink, DocumentSource, DocumentSummary } from '../document.js';

/** canonical.json is a small record; a larger file is not one. */
export const CANONICAL_MAX_BYTES = 1024 * 1024;

export function canonicalEvents(data: Buffer, source: Pick<DocumentSource, 'path'>, sink: DocumentSink): DocumentSummary {
  const text = data.toString('utf8').replace(/^\ufeff/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    sink.problem({ message: `not valid JSON: ${(error as Error).message}`, fatal: true });
    return { events: 0 };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    sink.problem({ message: `not a canonical record: the JSON is ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`}, not an object`, line: 1, fatal: true });
    return { events: 0 };
  }
  const value = parsed as Record<string, unknown>;
  const fields: LogEvent['fields'] = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') setField(fields, k, v);
  const promoted = typeof value.promoted === 'string' ? value.promoted : undefined;
  sink.event({
    path: source.path, line: 1, format: 'canonical', kind: 'canonical-written', tier: 'promote',
    recipe: typeof value.recipe === 'string' ? value.recipe : undefined,
    ts: promoted ? parseCompactTimestamp(promoted) ?? parseIsoTimestamp(promoted, 'UTC') : undefined,
    message: `canonical ${String(fields.recipe ?? '?')} @ ${String(fields.version ?? '?')}`,
    fields, text: text.split('\n', 1)[0].slice(0, 500), hits: [],
  });
  return { events: 1 };
}
