/**
 * Docker's `json-file` logging driver, as users copy it from
 * `/var/lib/docker/containers/<id>/<id>-json.log` (docker-archive/classicswarm#1805):
 *
 *   {"log":"panic: runtime error: invalid memory address or nil pointer dereference\n",
 *    "stream":"stderr","time":"2016-02-11T02:14:44.771664068Z"}   (one line in the file)
 *
 * One entry per line the container wrote: `log` is the line (its newline kept, or none when docker
 * split a line longer than 16 KiB), `stream` stdout or stderr, `time` RFC 3339 with nanoseconds;
 * `attrs` holds the labels and env `--log-opt` asked for. Read with JSON.parse (exact and linear,
 * as for JSON payloads and journald's JSON); the line goes on to the payload grammars.
 */
import { parseJsonObject } from '../json/fields.js';
import { parseIsoTimestamp } from '../time.js';
import type { EnvelopeResult, LineGrammar, ParseContext } from '../kit.js';

function jsonFileEnvelope(text: string, context: ParseContext): EnvelopeResult | undefined {
  const entry = parseJsonObject(text);
  if (!entry || typeof entry.log !== 'string') return undefined;
  const details: Record<string, string> = {};
  if (typeof entry.stream === 'string') details.stream = entry.stream;
  if (entry.attrs !== null && typeof entry.attrs === 'object' && !Array.isArray(entry.attrs)) {
    for (const [key, value] of Object.entries(entry.attrs)) if (typeof value === 'string') details[key] = value;
  }
  const ts = typeof entry.time === 'string' ? parseIsoTimestamp(entry.time, context.tz) : undefined;
  return {
    envelope: 'docker-json',
    ...(ts !== undefined ? { ts } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    message: entry.log.replace(/\r?\n$/, ''),
  };
}

export const dockerJsonFileSamples = [
  {
    line: '{"log":"panic: runtime error: invalid memory address or nil pointer dereference\\n","stream":"stderr","time":"2016-02-11T02:14:44.771664068Z"}',
    fields: { 'docker-json.stream': 'stderr' },
    source: 'docker-archive/classicswarm#1805',
  },
  {
    line: '{"log":"2022-06-29 20:09:39.436 UTC [97] ERROR:  relation \\"user\\" does not exist at character 225\\n","stream":"stderr","time":"2022-06-29T20:09:39.436512Z"}',
    level: 'error',
  },
] as const;

export const dockerJsonFile: LineGrammar<EnvelopeResult> = {
  name: 'docker-json',
  role: 'envelope',
  title: "docker's json-file driver (`{\"log\":…,\"stream\":…,\"time\":…}`, as in `<id>-json.log`)",
  unmistakable: true,
  sniff: /^\{"log":"/,
  samples: dockerJsonFileSamples,
  parse: (text, context) => jsonFileEnvelope(text, context),
};
