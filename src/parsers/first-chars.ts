/**
 * Which characters a regular expression's match can begin with, so that of a list of patterns
 * tried in order at one position (a lexer's tokens, the formats' sniffs) only those that could
 * match the character there are tried: chevrotain's "first char" optimization, for the fast
 * lexer (parsers/fast-lexer.ts) and the format registry's sniffs (parsers/registry.ts).
 *
 * The answer may be too wide, never too narrow: whatever the analysis does not follow (a back
 * reference, a named group, the u or v flags, a pattern it cannot parse) makes the pattern
 * possible at every character. A pattern skipped at a character would fail there anyway, so
 * trying the dispatched patterns in their order gives exactly what trying them all does
 * (test/parsers/first-chars.test.ts holds both to that on every sample, generated lines and the
 * corpus). The regex is parsed by @chevrotain/regexp-to-ast, the parser chevrotain's own lexer
 * uses for the same purpose.
 */
import { RegExpParser, type Alternative, type Disjunction, type RegExpPattern, type Term } from '@chevrotain/regexp-to-ast';
import { BUILTIN_SNIFF_FIRST_CHARS } from './sniff-first-chars.js';

/** ASCII is looked up in a table; every other character shares one answer. */
const ASCII = 128;

export interface FirstChars {
  /** ascii[c]: a match can begin with the character of code c. */
  readonly ascii: readonly boolean[];
  /** A match can begin with a character outside ASCII. */
  readonly beyondAscii: boolean;
  /** A match can be empty: the pattern matches (or fails) whatever follows. */
  readonly empty: boolean;
}

const ANYWHERE: FirstChars = { ascii: new Array<boolean>(ASCII).fill(true), beyondAscii: true, empty: true };

class Unfollowed extends Error {}

/** A set of first characters being built, and whether what was read so far can match nothing. */
class Builder {
  readonly ascii = new Array<boolean>(ASCII).fill(false);
  beyondAscii = false;

  constructor(private readonly ignoreCase: boolean) {}

  addCode(code: number): void {
    if (code >= ASCII) { this.beyondAscii = true; return; }
    this.ascii[code] = true;
    if (!this.ignoreCase) return;
    const char = String.fromCharCode(code);
    this.ascii[char.toLowerCase().charCodeAt(0)] = true;
    this.ascii[char.toUpperCase().charCodeAt(0)] = true;
  }

  addRange(from: number, to: number): void {
    for (let code = from; code <= Math.min(to, ASCII - 1); code++) this.addCode(code);
    if (to >= ASCII) this.beyondAscii = true;
  }

  addSet(items: ReadonlyArray<number | { from: number; to: number }>, complement: boolean): void {
    if (!complement) {
      for (const item of items) {
        if (typeof item === 'number') this.addCode(item);
        else this.addRange(item.from, item.to);
      }
      return;
    }
    const excluded = new Builder(this.ignoreCase);
    excluded.addSet(items, false);
    for (let code = 0; code < ASCII; code++) if (!excluded.ascii[code]) this.addCode(code);
    this.beyondAscii = true;
  }

  addAll(): void {
    this.ascii.fill(true);
    this.beyondAscii = true;
  }
}

const ZERO_WIDTH = new Set(['StartAnchor', 'EndAnchor', 'WordBoundary', 'NonWordBoundary', 'Lookahead', 'NegativeLookahead', 'Lookbehind', 'NegativeLookbehind']);

/** Adds the first characters of a disjunction; returns whether it can match the empty string. */
function disjunction(node: Disjunction, into: Builder): boolean {
  let empty = false;
  for (const alternative of node.value) if (sequence(alternative, into)) empty = true;
  return empty;
}

/** Adds the first characters of a sequence of terms, up to the first that cannot be empty. */
function sequence(node: Alternative, into: Builder): boolean {
  for (const term of node.value) if (!firstOfTerm(term, into)) return false;
  return true;
}

/**
 * Adds a term's first characters; returns whether it can match the empty string (the next
 * term's then count too). An assertion consumes nothing: what follows it supplies the first
 * character, and ignoring what it requires only widens the answer.
 */
function firstOfTerm(term: Term, into: Builder): boolean {
  if (ZERO_WIDTH.has(term.type)) return true;
  let empty: boolean;
  switch (term.type) {
    case 'Character':
      into.addCode(term.value);
      empty = false;
      break;
    case 'Set':
      into.addSet(term.value, term.complement);
      empty = false;
      break;
    case 'Group':
      empty = disjunction(term.value, into);
      break;
    default:
      // A back reference matches what its group matched, which may lie anywhere (or be empty).
      throw new Unfollowed(term.type);
  }
  return empty || (term.quantifier !== undefined && term.quantifier.atLeast === 0);
}

let parser: RegExpParser | undefined;

/**
 * Flags the analysis follows: case folding (of ASCII; any non-ASCII first character is then kept),
 * and those that do not change what a match begins with. Not s (the parser reads `.` without it)
 * nor u and v (their escapes and classes are another syntax).
 */
const FOLLOWED_FLAGS = /^[gimy]*$/;

/** The pattern as regexp-to-ast reads it, or undefined where its flags or syntax are not followed. */
function parsed(pattern: RegExp): RegExpPattern | undefined {
  if (!FOLLOWED_FLAGS.test(pattern.flags)) return undefined;
  try {
    parser ??= new RegExpParser();
    return parser.pattern(`/${pattern.source}/${pattern.flags.replace(/[gy]/g, '')}`);
  } catch {
    return undefined;
  }
}

function firstCharsOf(ast: RegExpPattern | undefined): FirstChars {
  if (ast === undefined) return ANYWHERE;
  try {
    const into = new Builder(ast.flags.ignoreCase);
    const empty = disjunction(ast.value, into);
    // Case folding can match a non-ASCII character to an ASCII one (the Kelvin sign to k).
    return { ascii: into.ascii, beyondAscii: into.beyondAscii || ast.flags.ignoreCase, empty };
  } catch {
    return ANYWHERE;
  }
}

/** The characters a match of `pattern` can begin with (at the position it is tried at). */
export function firstChars(pattern: RegExp): FirstChars {
  return firstCharsOf(parsed(pattern));
}

/** Whether a match of `chars` can begin with the character at `at` of `text` (or be empty there). */
export function canBeginAt(chars: FirstChars, text: string, at: number): boolean {
  if (chars.empty) return true;
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  return code < ASCII ? chars.ascii[code] : chars.beyondAscii;
}

/**
 * Items tried in order, each with a pattern, dispatched by one character: `at(text, i)` is the
 * items whose pattern can match at text[i], in their order. An item whose pattern's start cannot
 * be told (`undefined` from `patternOf`) is in every list.
 */
export class FirstCharDispatch<T> {
  private readonly byCode: T[][];
  private readonly beyondAscii: T[];
  private readonly atEnd: T[];

  constructor(readonly items: readonly T[], patternOf: (item: T) => FirstChars | undefined) {
    this.byCode = Array.from({ length: ASCII }, () => []);
    this.beyondAscii = [];
    this.atEnd = [];
    for (const item of items) {
      const chars = patternOf(item) ?? ANYWHERE;
      for (let code = 0; code < ASCII; code++) if (chars.empty || chars.ascii[code]) this.byCode[code].push(item);
      if (chars.empty || chars.beyondAscii) this.beyondAscii.push(item);
      if (chars.empty) this.atEnd.push(item);
    }
  }

  /** The items that can match at text[at], in order. */
  at(text: string, at: number): readonly T[] {
    const code = text.charCodeAt(at);
    if (Number.isNaN(code)) return this.atEnd;
    return code < ASCII ? this.byCode[code] : this.beyondAscii;
  }
}

/**
 * What a sniff tested on a whole line can start with, when only its start can decide it: a
 * RegExp anchored with `^`. Anything else (a user format's RE2JS sniff, an unanchored pattern)
 * is tried on every line. A built-in format's answer was worked out when the project was built
 * (sniff-first-chars.ts): parsing forty patterns was about a tenth of a small log's whole run.
 */
export function sniffFirstChars(sniff: unknown): FirstChars | undefined {
  if (sniff instanceof RegExp) {
    const known = BUILTIN_SNIFF_FIRST_CHARS[sniffKey(sniff)];
    if (known !== undefined) return decodeFirstChars(known);
  }
  return analyzeSniffFirstChars(sniff);
}

/** How the built-in table names a sniff: its flags and source. */
export function sniffKey(sniff: RegExp): string {
  return `${sniff.flags}/${sniff.source}`;
}

/**
 * A FirstChars in a few characters (sniff-first-chars.ts): the 128 ASCII codes as 32 hex digits,
 * code 0 in the lowest bit of the last digit; then `b` when a non-ASCII character can begin a match and
 * `e` when a match can be empty. `''` is a sniff that may match anywhere in its line.
 */
export function encodeFirstChars(chars: FirstChars | undefined): string {
  if (chars === undefined) return '';
  let hex = '';
  for (let digit = ASCII / 4 - 1; digit >= 0; digit--) {
    let value = 0;
    for (let bit = 3; bit >= 0; bit--) value = value * 2 + (chars.ascii[digit * 4 + bit] ? 1 : 0);
    hex += value.toString(16);
  }
  return `${hex}${chars.beyondAscii ? 'b' : ''}${chars.empty ? 'e' : ''}`;
}

export function decodeFirstChars(code: string): FirstChars | undefined {
  if (code === '') return undefined;
  const digits = ASCII / 4;
  const ascii = new Array<boolean>(ASCII).fill(false);
  for (let digit = 0; digit < digits; digit++) {
    const value = parseInt(code[digits - 1 - digit], 16);
    for (let bit = 0; bit < 4; bit++) ascii[digit * 4 + bit] = (value & (1 << bit)) !== 0;
  }
  const flags = code.slice(digits);
  return { ascii, beyondAscii: flags.includes('b'), empty: flags.includes('e') };
}

/** sniffFirstChars worked out from the pattern itself. */
export function analyzeSniffFirstChars(sniff: unknown): FirstChars | undefined {
  // Not m (`^` after every newline), nor g and y (a test would then start at lastIndex).
  if (!(sniff instanceof RegExp) || !/^i?$/.test(sniff.flags)) return undefined;
  const ast = parsed(sniff);
  // Every alternative opens with `^`: a test anywhere in the line can only succeed at its start.
  const anchored = ast?.value.value.every((alternative) => alternative.value[0]?.type === 'StartAnchor');
  return anchored ? firstCharsOf(ast) : undefined;
}
