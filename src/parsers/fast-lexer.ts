/**
 * A grammar's own lexer definition, run without chevrotain: each mode's token patterns tried in
 * order at each position, the first that matches taken, modes pushed and popped as the tokens
 * say. That is chevrotain's lexing for the features a line grammar here uses; a definition with
 * any other (token groups, longer alternatives, custom matchers) is refused when it is built, so
 * a fast path can never lex differently without saying so. The tokens are names and images only:
 * no offsets, no token objects a parser would need.
 */
import type { TokenType } from 'chevrotain';
import { escapeRegExp } from '../text/regex-escape.js';
import { FirstCharDispatch, firstChars } from './first-chars.js';

export type LexerDefinition = TokenType[] | { modes: Record<string, TokenType[]>; defaultMode: string };

interface FastToken {
  name: string;
  pattern: RegExp;
  push?: string;
  pop: boolean;
}

/** A line's tokens: names and images side by side; undefined where chevrotain would report a lexing error. */
export interface LexedLine {
  names: string[];
  images: string[];
}

function fastToken(token: TokenType): FastToken {
  if (token.GROUP !== undefined || token.LONGER_ALT !== undefined) {
    throw new Error(`fast lexer: token ${token.name} uses a group or a longer alternative, which it does not emulate`);
  }
  const pattern = token.PATTERN;
  let source: RegExp;
  if (pattern instanceof RegExp) source = pattern;
  else if (typeof pattern === 'string') source = new RegExp(escapeRegExp(pattern));
  else throw new Error(`fast lexer: token ${token.name} has a custom matcher, which it does not emulate`);
  const flags = source.flags.replace(/[gy]/g, '');
  return { name: token.name, pattern: new RegExp(source.source, `${flags}y`), push: token.PUSH_MODE, pop: token.POP_MODE === true };
}

export class FastLexer {
  /** Each mode's tokens by the character they can begin with, in the definition's order (as chevrotain lexes). */
  private readonly modes: ReadonlyMap<string, FirstCharDispatch<FastToken>>;
  private readonly defaultMode: string;

  constructor(definition: LexerDefinition) {
    const modes = Array.isArray(definition) ? { default: definition } : definition.modes;
    this.defaultMode = Array.isArray(definition) ? 'default' : definition.defaultMode;
    this.modes = new Map(Object.entries(modes).map(([mode, tokens]) =>
      [mode, new FirstCharDispatch(tokens.map(fastToken), (token) => firstChars(token.pattern))]));
    for (const { items } of this.modes.values()) {
      for (const token of items) {
        if (token.push !== undefined && !this.modes.has(token.push)) throw new Error(`fast lexer: no mode ${token.push}`);
      }
    }
  }

  tokenize(text: string): LexedLine | undefined {
    const names: string[] = [];
    const images: string[] = [];
    const stack = [this.defaultMode];
    let at = 0;
    while (at < text.length) {
      const token = this.matchAt(stack[stack.length - 1], text, at);
      if (token === undefined) return undefined;
      const end = token.pattern.lastIndex;
      // chevrotain refuses tokens that match nothing; one here would loop forever.
      if (end === at) return undefined;
      names.push(token.name);
      images.push(text.slice(at, end));
      at = end;
      if (token.pop) {
        // Popping the last mode is a lexing error in chevrotain.
        if (stack.length === 1) return undefined;
        stack.pop();
      }
      if (token.push !== undefined) stack.push(token.push);
    }
    return { names, images };
  }

  private matchAt(mode: string, text: string, at: number): FastToken | undefined {
    for (const token of this.modes.get(mode)?.at(text, at) ?? []) {
      token.pattern.lastIndex = at;
      if (token.pattern.test(text)) return token;
    }
    return undefined;
  }
}

/** The image of the first token of each name, as a visitor's `tokenImages` gives them. */
export function imagesByName(line: LexedLine): Record<string, string> {
  const images: Record<string, string> = {};
  for (let i = 0; i < line.names.length; i++) images[line.names[i]] ??= line.images[i];
  return images;
}

/** One shape of a line, as the sequence of its token names (joined by spaces), and how it is read. */
export interface TokenSequence<R, C> {
  sequence: RegExp;
  /** The first image of each token name; `line` holds them all, for a token the shape repeats. */
  read: (images: Record<string, string>, context: C, line: LexedLine) => R | undefined;
}

/**
 * A fast path for a grammar whose lines are a regular sequence of tokens (what a regular
 * expression over the token names can say): lexed by FastLexer from the grammar's own definition, the
 * token names matched against each shape in turn, the images read by the same function the
 * grammar's visitor calls. Built on first use.
 */
export function tokenSequenceFastPath<R, C>(
  definition: LexerDefinition,
  shapes: readonly TokenSequence<R, C>[],
): (text: string, context: C) => R | undefined {
  let lexer: FastLexer | undefined;
  return (text, context) => {
    lexer ??= new FastLexer(definition);
    const line = lexer.tokenize(text);
    if (line === undefined) return undefined;
    const names = line.names.join(' ');
    for (const shape of shapes) if (shape.sequence.test(names)) return shape.read(imagesByName(line), context, line);
    return undefined;
  };
}
