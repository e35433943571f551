/**
 * Formats a user adds without code (lnav's format files are the model): a file of JSON or YAML,
 * `{ "formats": [ … ] }`, each format a regex with named captures, a level mapping, the literals
 * the prefilter hands on, structural statements for a harness, and samples that must parse.
 * The published schema (schema/format.schema.json) and the validator (validate.ts) describe the
 * same file; a test checks every shipped file and fixture against both.
 */
import type { Level, StatementKind } from '../../events.js';

export { STATEMENT_KINDS, type StatementKind } from '../../events.js';

/** Captures with a meaning of their own; every other named capture becomes a field. */
export const SPECIAL_CAPTURES = ['timestamp', 'level', 'message'] as const;

/** A harness statement: a pattern on the message, the kind it gives and the fields it captures. */
export interface StatementDefinition {
  kind: StatementKind;
  /** A regex with named captures, tried on the line's message. */
  pattern: string;
  /** Only on lines whose `component` (the `[tier]` of a cc-ci line) is one of these; any when omitted. */
  tags?: string[];
  /** Canonical value ← captured spellings, per field: `{ "result": { "PASS": ["ok", "passed"] } }`. */
  values?: Record<string, Record<string, string[]>>;
  /** A message the pattern must recognize as this kind. */
  sample: string;
}

/** A line of the format and what it must parse to; checked at load through the real parse path. */
export interface SampleDefinition {
  line: string;
  /** The level it must get (not checked when omitted). */
  level?: Level;
  /** The structural kind it must get (not checked when omitted). */
  kind?: string;
  /** Fields that must hold these values. */
  fields?: Record<string, string>;
}

export interface FormatDefinition {
  /** kebab-case; its `--input-format` name and the `format` of its events. A built-in's name replaces that format. */
  name: string;
  title: string;
  /** The line layout: named captures. Absent only for a built-in layout kept with other statements (`harness`). */
  regex?: string;
  /** Level ← spellings of the `level` capture. */
  levels?: Partial<Record<Level, string[]>>;
  /** Lines holding none of these (nor a rule's literal) are skipped unparsed. At least five bytes each. */
  literals?: string[];
  statements?: StatementDefinition[];
  samples?: SampleDefinition[];
}

/** A format file as written: `$schema` for editors, then the formats. */
export interface FormatFile {
  $schema?: string;
  formats: FormatDefinition[];
}

/** A validated definition and the file it came from (`built-in` for the shipped ones). */
export interface LoadedFormat {
  definition: FormatDefinition;
  origin: string;
}

/** A problem in a format file, naming the file, the format and the field. */
export class FormatDefinitionError extends Error {
  constructor(readonly origin: string, readonly format: string | undefined, readonly field: string, reason: string) {
    super(`${origin}: ${format !== undefined ? `format ${format}: ` : ''}${field ? `${field}: ` : ''}${reason}`);
  }
}
