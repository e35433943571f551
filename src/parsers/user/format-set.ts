/**
 * The payload formats one scan tries: the built-ins, or with user formats (`--formats`) the
 * user's first, each replacing a built-in of the same name (a notice says so). Built from plain
 * definitions, so a worker thread builds the same set from what WorkerSetup carries.
 */
import { loadLinearEngine } from '../../engine/linear-engine.js';
import type { LineGrammar, PayloadResult } from '../kit.js';
import { ENVELOPES, PAYLOADS } from '../registry.js';
import { parseLine } from '../line.js';
import { harnessGrammar } from '../harness/grammar.js';
import { compileStatements, recognizeStatement } from '../harness/statements.js';
import { FormatDefinitionError, type FormatDefinition, type LoadedFormat, type SampleDefinition } from './definition.js';
import { linearPattern, userGrammar } from './grammar.js';
import { STRUCTURAL_LITERALS } from '../structural.js';
import { FAILURE_LITERALS } from '../../signals/failure.js';

export interface FormatSet {
  /** Tried in this order on each line once its envelopes are peeled. */
  payloads: readonly LineGrammar<PayloadResult>[];
  /** The user definitions the set was built from (handed to worker threads as they are). */
  definitions: readonly LoadedFormat[];
  notices: readonly string[];
}

export const BUILTIN_FORMATS: FormatSet = { payloads: PAYLOADS, definitions: [], notices: [] };

/**
 * Names no user format may take: envelopes are peeled before any payload, and these
 * --input-format names mean a structure.
 */
const RESERVED_NAMES = new Set(['junit', 'canonical-json', 'caddy-json', 'json-lines', 'sweep-log', 'text']);

function grammarOf(definition: FormatDefinition): LineGrammar<PayloadResult> {
  // No regex: a built-in layout (harness) reading the user's statements.
  return definition.regex !== undefined
    ? userGrammar(definition)
    : harnessGrammar(compileStatements(definition.statements!, linearPattern));
}

/**
 * Builds the set. Throws FormatDefinitionError for a name no user format may take or one
 * defined in two files. RE2JS is loaded here: user regexes run on nothing else.
 */
export async function buildFormatSet(loaded: readonly LoadedFormat[]): Promise<FormatSet> {
  if (loaded.length === 0) return BUILTIN_FORMATS;
  await loadLinearEngine();
  const origins = new Map<string, string>();
  const user: LineGrammar<PayloadResult>[] = [];
  const layoutsKept = new Map<string, LineGrammar<PayloadResult>>();
  const notices: string[] = [];
  for (const { definition, origin } of loaded) {
    const { name } = definition;
    if (RESERVED_NAMES.has(name)) throw new FormatDefinitionError(origin, name, 'name', `"${name}" is a reserved --input-format name; choose another`);
    if (ENVELOPES[name]) throw new FormatDefinitionError(origin, name, 'name', `"${name}" is a built-in envelope; a user format is a payload format and cannot replace it`);
    const earlier = origins.get(name);
    if (earlier !== undefined) throw new FormatDefinitionError(origin, name, 'name', `also defined in ${earlier}`);
    origins.set(name, origin);
    const grammar = grammarOf(definition);
    if (definition.regex === undefined) layoutsKept.set(name, grammar);
    else user.push(grammar);
    if (PAYLOADS.some((g) => g.name === name)) {
      notices.push(definition.regex === undefined
        ? `format ${name} from ${origin} replaces the built-in ${name} statements (its line layout is kept)`
        : `format ${name} from ${origin} replaces the built-in format of the same name`);
    }
  }
  const replaced = new Set(user.map((g) => g.name));
  // User formats are tried first; a kept layout stays where its built-in was.
  const builtins = PAYLOADS.filter((g) => !replaced.has(g.name)).map((g) => layoutsKept.get(g.name) ?? g);
  return { payloads: [...user, ...builtins], definitions: loaded, notices };
}

/**
 * Whether the scanner's prefilter hands the line on: it holds a literal of the format or one the
 * tool always looks for.
 */
function handedOn(definition: FormatDefinition, line: string): boolean {
  const literals = [...(definition.literals ?? []), ...STRUCTURAL_LITERALS, ...FAILURE_LITERALS];
  return literals.some((literal) => line.includes(literal));
}

/** Why a parsed sample differs from what it says, or undefined. */
function sampleProblem(set: FormatSet, definition: FormatDefinition, sample: SampleDefinition): string | undefined {
  const parsed = parseLine(sample.line, { payloads: set.payloads }, 'UTC');
  if (parsed.format !== definition.name) {
    return parsed.format === 'text' ? 'the regex does not match it' : `it parses as ${parsed.format}, a format tried before this one`;
  }
  if (definition.regex?.includes('(?<timestamp>') && parsed.ts === undefined) {
    return 'its timestamp capture is not a time this tool reads (RFC 3339 / ISO 8601 with T or a space, or yyyy/mm/dd hh:mm:ss)';
  }
  if (sample.level !== undefined && parsed.level !== sample.level) return `level is ${parsed.level ?? 'none'}, the sample says ${sample.level}`;
  if (sample.kind !== undefined && parsed.kind !== sample.kind) return `kind is ${parsed.kind ?? 'none'}, the sample says ${sample.kind}`;
  for (const [field, value] of Object.entries(sample.fields ?? {})) {
    const got = parsed.fields[field];
    if (String(got) !== value) return `field ${field} is ${got === undefined ? 'absent' : JSON.stringify(String(got))}, the sample says ${JSON.stringify(value)}`;
  }
  // A line the triage needs (a statement, an error or fatal line) must reach the parser in a scan too.
  const needed = parsed.kind !== undefined ? `a ${parsed.kind} line` : parsed.level === 'error' ? 'an error line' : parsed.level === 'fatal' ? 'a fatal line' : undefined;
  if (definition.regex !== undefined && needed && !handedOn(definition, sample.line)) {
    return `${needed} that holds none of the format's literals (${(definition.literals ?? []).join(', ')}): a scan would skip it unparsed; add a literal it holds`;
  }
  return undefined;
}

/**
 * Why a statement's sample is not recognized as its kind by the format's statements (first match
 * wins), or undefined.
 */
function statementProblem(definition: FormatDefinition, index: number): string | undefined {
  const statements = compileStatements(definition.statements!, linearPattern);
  const own = statements[index];
  const tag = own.tags?.[0];
  const recognized = recognizeStatement(tag, own.sample, statements);
  if (recognized?.kind === own.kind) return undefined;
  return recognized ? `recognized as ${recognized.kind} by an earlier statement` : 'its pattern does not match it';
}

/**
 * Every sample of every user format through the real parse path (lnav checks its samples this
 * way): a sample that does not parse to what it says is a load error naming the file, the
 * format and the sample.
 */
export function checkSamples(set: FormatSet): void {
  for (const { definition, origin } of set.definitions) {
    definition.samples?.forEach((sample, i) => {
      const problem = sampleProblem(set, definition, sample);
      if (problem) throw new FormatDefinitionError(origin, definition.name, `samples[${i}]`, `${JSON.stringify(sample.line)}: ${problem}`);
    });
    definition.statements?.forEach((statement, i) => {
      const problem = statementProblem(definition, i);
      if (problem) throw new FormatDefinitionError(origin, definition.name, `statements[${i}].sample`, `${JSON.stringify(statement.sample)}: ${problem}`);
    });
  }
}

/** The payload format named `name` in this set (a user's, or a built-in it did not replace). */
export function payloadIn(set: FormatSet, name: string): LineGrammar<PayloadResult> | undefined {
  return set.payloads.find((g) => g.name === name);
}
