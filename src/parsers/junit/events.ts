/**
 * A junit file's bytes → events: a `test-suite` event for each suite that names a version, one
 * `test-case` event per case, handed on as they are read (never one array of every case).
 *
 * Bodies are bounded first (compact.ts: long texts cut to head and tail, a warning), then the
 * document is read by parse.ts. Problems name the byte of the file as it is, even after a cut.
 */
import { isUtf8 } from 'node:buffer';
import type { LogEvent } from '../../events.js';
import { literalIndex } from '../../prefilter/multi-literal.js';
import { junitNodeId, testKey, tierFromJunitFileName } from '../../triage/attribution.js';
import { parseIsoTimestamp } from '../time.js';
import type { DocumentEvent, DocumentProblem, DocumentSink, DocumentSource, DocumentSummary } from '../document.js';
import { compactJunit, originalOffset, type Cut } from './compact.js';
import { JUNIT_LIMITS } from './limits.js';
import { readJunit } from './parse.js';
import type { JunitCase, JunitSuite } from './types.js';

export interface JunitEventSettings {
  tz: string;
  literals: readonly string[];
}

const VERSION_PROPERTIES = ['recipe_version', 'RECIPE_VERSION', 'version', 'VERSION'];

function versionIn(properties: Record<string, string>): string | undefined {
  return VERSION_PROPERTIES.map((k) => properties[k]).find((v) => v !== undefined && v !== '');
}

/** A junit file's text, its long bodies cut (compact.ts): what `junitEvents` reads. */
export interface JunitText {
  text: string;
  /** What was cut, to map offsets in `text` back to bytes of the file. */
  cuts: readonly Cut[];
  /** Bytes before `text` (a byte order mark). */
  skipped: number;
}

/**
 * The bytes of a junit file as text, long bodies cut and said. A step of its own so that the
 * caller can let go of the bytes before the text is parsed: a large file is not held twice.
 */
export function decodeJunit(data: Buffer, sink: DocumentSink): JunitText {
  const { data: compacted, cuts } = compactJunit(data);
  if (cuts.length > 0) sink.problem(cutProblem(cuts));
  if (!isUtf8(compacted)) sink.problem({ message: 'invalid UTF-8; decoded with U+FFFD replacement characters' });
  const text = compacted.toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, cuts, skipped: bom ? 3 : 0 };
}

/**
 * The byte of the file where character `offset` of the text is: the text's characters counted in
 * UTF-8 bytes, past the byte order mark, and mapped back over what was cut. (In a file that is
 * not valid UTF-8, a replacement character counts its own 3 bytes, not the bytes it replaced.)
 */
function fileOffset({ text, cuts, skipped }: JunitText, offset: number): number {
  const compacted = skipped + Buffer.byteLength(text.slice(0, offset));
  return cuts.length > 0 ? originalOffset(cuts, compacted) : compacted;
}

/** Reads a junit document, handing on its events as they are read; returns how many test cases it held. */
export function junitEvents(
  document: JunitText,
  source: DocumentSource,
  settings: JunitEventSettings,
  sink: DocumentSink,
): DocumentSummary {
  const tier = tierFromJunitFileName(source.fileName);
  const outline = readJunit(document.text, {
    suite: (suite) => {
      const event = suiteEvent(source.path, tier, suite, settings.tz);
      if (event) sink.event(event);
    },
    testCase: (testCase) => sink.event(caseEvent(source.path, tier, testCase, settings.literals)),
  });
  const unusable = outline.cases === 0 && outline.errors.length > 0;
  for (const error of outline.errors) {
    // The parser counts characters of the text; a problem names a byte of the file as it is.
    const offset = error.offset !== undefined ? fileOffset(document, error.offset) : undefined;
    sink.problem({ ...error, ...(offset !== undefined ? { offset } : {}), fatal: unusable });
  }
  return { events: outline.cases };
}

/** A suite that names the recipe version: its version and timestamp (a tier's start when the harness logs none). */
function suiteEvent(path: string, tier: string | undefined, suite: JunitSuite, tz: string): DocumentEvent | undefined {
  const version = versionIn(suite.properties);
  if (!version) return undefined;
  const timestamp = suite.attributes.timestamp;
  return {
    path, line: 1, format: 'junit', kind: 'test-suite', tier, message: suite.name ?? '',
    fields: { version, ...(timestamp ? { timestamp } : {}) },
    text: `<testsuite name="${suite.name ?? ''}">`, hits: [],
    ts: timestamp ? parseIsoTimestamp(timestamp.replace(/\.\d+/, ''), tz) : undefined,
  };
}

function caseEvent(path: string, tier: string | undefined, c: JunitCase, literals: readonly string[]): DocumentEvent {
  const first = c.results.find((r) => r.kind === 'failure' || r.kind === 'error') ?? c.results[0];
  const message = first?.message ?? first?.body?.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  const nodeid = junitNodeId(c.classname, c.name, c.file);
  const fields: LogEvent['fields'] = { outcome: c.outcome };
  if (c.classname !== undefined) fields.classname = c.classname;
  if (c.name !== undefined) fields.name = c.name;
  if (nodeid !== undefined) fields.nodeid = nodeid;
  if (c.file !== undefined) fields.file = c.file;
  if (c.suite !== undefined) fields.suite = c.suite;
  if (c.time !== undefined) fields.time = c.time;
  if (first) {
    fields.resultType = first.kind;
    if (first.type !== undefined) fields.type = first.type;
    if (first.body) fields.body = first.body;
  }
  for (const [k, v] of Object.entries(c.properties)) fields[`property.${k}`] = v;
  const version = versionIn(c.properties);
  if (version) fields.version = version;
  const hitText = `${c.name ?? ''} ${c.classname ?? ''}\n${message}\n${first?.body ?? ''}`;
  return {
    path,
    line: (c.outcome === 'passed' ? undefined : c.resultLine) ?? c.line,
    format: 'junit',
    kind: 'test-case',
    tier,
    test: testKey(c.file ?? c.classname, c.name),
    level: c.outcome === 'failed' || c.outcome === 'error' ? 'error' : 'info',
    message,
    fields,
    text: `${nodeid ?? ''} ${c.outcome.toUpperCase()}${message ? ` - ${message}` : ''}`,
    hits: literalIndex(literals).hits(hitText),
  };
}

/** Says what compactJunit cut: how many runs, how many bytes, and where the first was. */
function cutProblem(cuts: readonly Cut[]): DocumentProblem {
  const bytes = cuts.reduce((n, c) => n + c.bytes, 0);
  const keep = JUNIT_LIMITS.maxBodyBytes / 2;
  return {
    message: `${cuts.length === 1 ? '1 text' : `${cuts.length} texts`} (failure, system-out or message bodies) ` +
      `longer than ${JUNIT_LIMITS.maxBodyBytes} bytes cut to their first and last ${keep} bytes, ` +
      `marked "… N bytes cut …": ${bytes} bytes not read, first at line ${cuts[0].line}`,
    line: cuts[0].line,
    kind: 'junit-cut',
  };
}
