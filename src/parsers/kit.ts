import { chevrotain } from './chevrotain.js';
import type { CstNode, CstParser, IToken, Lexer as LexerType } from 'chevrotain';
import type { EventKind, Fields, Level } from '../events.js';
import type { TimeZoneSpec } from './time.js';
import type { LexerDefinition } from './fast-lexer.js';

/** What a payload grammar extracts from one line. */
export interface PayloadResult {
  format: string;
  /** Structural kind for lines the triage needs whatever the rules say (test results, tier boundaries …). */
  kind?: EventKind;
  ts?: number;
  level?: Level;
  message: string;
  fields: Fields;
}

/** What an envelope grammar (docker, syslog) extracts before handing the message to a payload grammar. */
export interface EnvelopeResult {
  envelope: string;
  ts?: number;
  /** A level the envelope itself carries (journald PRIORITY, a CRI stream): used when the payload has none. */
  level?: Level;
  service?: string;
  stack?: string;
  node?: string;
  task?: string;
  slot?: number;
  details?: Fields;
  /** Everything after the prefix: goes on to the payload grammars. */
  message: string;
}

export interface ParseContext {
  tz: TimeZoneSpec;
  /** Read with the grammar even where the format has a fast path (--full-grammar, the fast path's tests). */
  grammarOnly?: boolean;
}

/**
 * A real line of the format and what it must parse to (lnav's `sample` entries): checked through
 * the same path a scanned line takes, so a sample proves the level and fields a rule will see.
 */
export interface FormatSample {
  line: string;
  /** The level the line must get; omitted: it must get none. */
  level?: Level;
  /** The structural kind the line must get (tier-start, test-result …). */
  kind?: string;
  /** Fields (payload fields, or for an envelope: service, node, task …) that must hold these values. */
  fields?: Fields;
  /** Where the line was seen: an issue, a page, a source file. */
  source?: string;
}

/** An envelope wraps another line (docker, journald, kubectl …); a payload is an application's own line. */
export type FormatRole = 'envelope' | 'payload';

/**
 * A format's level spellings and how they are written on a line. The grammar maps spellings to
 * levels through it, and its error and fatal markers become literals the prefilter hands on.
 */
export interface LevelTable {
  readonly spellings: Readonly<Record<string, Level>>;
  /** The literal text around a spelling on a line (`[F]` → ` [F] `); at least five bytes each. */
  readonly markers?: (spelling: string) => readonly string[];
  /**
   * Whether a fatal-level line means the process died. Absent: every fatal line does. Postgres
   * FATAL ends one session (a failed login, a client during start-up); only PANIC is the server.
   */
  readonly processDied?: (fields: Fields, message: string) => boolean;
  /**
   * Messages that say the process died whatever level the format logs them at (postgres reports
   * its postmaster's end at LOG), with the literals the prefilter hands their lines on by: every
   * message the pattern matches holds one of them.
   */
  readonly deathMessages?: { readonly pattern: RegExp; readonly literals: readonly string[] };
  /**
   * The program whose error line this is, when the format's error lines are a program's last word
   * before it exits non-zero (a PostgreSQL client tool's `pg_restore: error: …`): a failure, where a
   * server's error line is not.
   */
  readonly exitsOnError?: (fields: Fields, message: string) => string | undefined;
}

/**
 * How a format whose error and fatal lines hold no five fixed bytes for the prefilter (klog's
 * `E0124 08:33:25.303541       6 main.go:236] …`) has them read: in an input whose first lines
 * hold its `header` anywhere (behind any envelope), a line holding one of its `keys` (short byte
 * sequences that begin such a line's marker) is read, and becomes an event when this format
 * parses it at error level or above.
 */
export interface LineKeys {
  readonly header: RegExp;
  readonly keys: readonly string[];
}

/** A cheap test of a line's start: a RegExp for a built-in, the user's regex on RE2JS for a user format. */
export interface Sniff {
  test(text: string): boolean;
}

/** Every line grammar has this shape: a cheap sniff, samples that must parse, and a parse that never throws. */
export interface LineGrammar<R> {
  /** The `--input-format` name and the `format`/`envelope` label of its events. */
  readonly name: string;
  readonly role: FormatRole;
  /** The `format` labels its events carry, when not only its name (a JSON line is `caddy`, `zap` or `json`). */
  readonly eventFormats?: readonly string[];
  /** One line for `--help` and the README. */
  readonly title: string;
  /** Tried on the line's start before the grammar is built or run. */
  readonly sniff: Sniff;
  readonly samples: readonly FormatSample[];
  readonly levels?: LevelTable;
  /** Its error and fatal lines are read by their keys (LineKeys), for want of literals. */
  readonly lineKeys?: LineKeys;
  /**
   * An envelope that is only a timestamp in front of the message: peeled only when no payload
   * claims the whole line (a harness or postgres line starts with a timestamp of its own).
   */
  readonly generic?: boolean;
  /** Its time carries no zone (a viewer's local clock): the payload's own time, when it has one, is preferred. */
  readonly zoneless?: boolean;
  /** Peeled on any line of any file, not only in files detected as this envelope: its prefix cannot be mistaken. */
  readonly unmistakable?: boolean;
  /**
   * Lines the envelope's own tool prints among the lines it wraps, which carry no prefix to peel
   * (`docker compose up`'s `Attaching to …`, `[+] Running 3/3`, `app-1 exited with code 1`, the
   * prompt it was run from). Detection counts them for the envelope, so a terminal pasted whole is
   * read as that envelope's log; the lines themselves are read as they are.
   */
  readonly companions?: RegExp;
  /** Whether `parse` has a hand-written fast path beside the grammar (the grammar is then its reference). */
  readonly fastPath?: boolean;
  parse(text: string, ctx: ParseContext): R | undefined;
}

/** The level a table gives a spelling (case-insensitive), or undefined. */
export function levelOf(table: LevelTable, spelling: string | undefined): Level | undefined {
  if (spelling === undefined) return undefined;
  const { spellings } = table;
  return spellings[spelling] ?? spellings[spelling.toUpperCase()] ?? spellings[spelling.toLowerCase()];
}

/**
 * Everything after a prefix, as one token. An explicit range rather than a complement set
 * (`[^\n]`) so chevrotain can keep its first-character optimizations.
 */
// eslint-disable-next-line no-control-regex -- every character but `\n` is the rest of a line, controls too
export const REST_OF_LINE = /[\u0000-\u0009\u000b-\uffff]+/;

/**
 * chevrotain's grammar validations (ambiguities, left recursion …) cost more at start-up than a
 * small log's whole scan. They run in the tests (REDFIX_GRAMMAR_CHECKS=1, see
 * test/parsers/grammar-checks.test.ts); a user's run skips them, as chevrotain's performance
 * guide advises for production.
 */
export const PARSER_CONFIG = { skipValidations: process.env.REDFIX_GRAMMAR_CHECKS !== '1' };

/** Builds a grammar's lexer, parser and visitor on first use: startup pays only for the formats an input needs. */
export function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * Lexers stop at the first character no token matches (recoveryEnabled: false): any lexing error
 * already means the line is not in the grammar, and chevrotain's recovery retries every token
 * pattern at every following offset, quadratic over a long line (a pytest nodeid followed by a
 * megabyte of digits took minutes).
 */
function makeLexer(definition: LexerDefinition): LexerType {
  const { Lexer } = chevrotain();
  return new Lexer(definition, { positionTracking: 'onlyOffset', ensureOptimizations: true, recoveryEnabled: false, skipValidations: PARSER_CONFIG.skipValidations });
}

/**
 * Runs lexer → parser → visitor over one line. Any lexing or parsing error means the line is
 * not in this grammar: the caller falls back to the next grammar or to plain text.
 */
function runGrammar<P extends CstParser, R>(
  lexer: LexerType, parser: P, startRule: (p: P) => unknown, visit: (cst: never) => R | undefined, text: string,
): R | undefined {
  const lexed = lexer.tokenize(text);
  if (lexed.errors.length > 0) return undefined;
  parser.input = lexed.tokens;
  const cst = startRule(parser);
  if (parser.errors.length > 0) return undefined;
  return visit(cst as never);
}

/**
 * A line grammar from its parts: the lexer definition, the parser (whose start rule is `line`)
 * and the visitor. They are built on first use, so start-up pays only for the formats an input
 * holds; `parse` runs lexer → parser → visitor and never throws on a line that does not fit.
 */
export function defineLineGrammar<R, P extends CstParser & { line: () => CstNode }>(spec: Omit<LineGrammar<R>, 'parse' | 'fastPath'> & {
  lexer: LexerDefinition;
  parser: () => P;
  visitor: (parser: P) => { visit(cst: CstNode, context: ParseContext): unknown };
  /**
   * A hand-written reading of the same lines that gives exactly what the grammar gives (a
   * property test holds it to that): used unless the context asks for the grammar.
   */
  fast?: (text: string, context: ParseContext) => R | undefined;
}): LineGrammar<R> {
  const { lexer: lexerDefinition, parser: makeParser, visitor: makeVisitor, fast, ...description } = spec;
  const build = lazily(() => {
    // The lexer first: it registers the token types, categories included (see chevrotain.ts).
    const lexer = makeLexer(lexerDefinition);
    const parser = makeParser();
    return { lexer, parser, visitor: makeVisitor(parser) };
  });
  const byGrammar = (text: string, context: ParseContext): R | undefined => {
    const g = build();
    const visit = (cst: CstNode) => g.visitor.visit(cst, context) as R | undefined;
    return runGrammar(g.lexer, g.parser, (p) => p.line(), visit, text);
  };
  if (fast === undefined) return { ...description, parse: byGrammar };
  return {
    ...description,
    fastPath: true,
    parse: (text, context) => (context.grammarOnly ? byGrammar(text, context) : fast(text, context)),
  };
}

/** A rule's tokens as images by name, the first of each: what a visitor and a fast path both read. */
export function tokenImages(ctx: Record<string, IToken[] | undefined>): Record<string, string> {
  const images: Record<string, string> = {};
  for (const [name, tokens] of Object.entries(ctx)) {
    const first = tokens?.[0];
    if (first !== undefined) images[name] = first.image;
  }
  return images;
}

/** The image of the first token of a CST child list, or undefined. */
export function image(tokens: IToken[] | undefined): string | undefined {
  return tokens?.[0]?.image;
}
