/**
 * chevrotain, loaded when the first grammar is built. Most lines are read by a format's fast path
 * (parsers/fast-lexer.ts) from the grammar's own token definitions, and a small log often builds
 * no grammar at all: loading chevrotain and registering the tokens of some twenty grammars cost
 * every start about 10 ms. So a grammar module defines its tokens and its parser class against
 * the two stand-ins below, and chevrotain itself is loaded when a lexer or a parser is built.
 *
 * chevrotain is loaded from dist/bundle/chevrotain.cjs, its release's single-file bundle made
 * CommonJS by the build (scripts/bundle.ts), so it can be required at that moment, synchronously,
 * from a line's parse. (The package's entry point is its unbundled build, which imports some 650
 * lodash-es modules.)
 */
import { createRequire } from 'node:module';
import type * as Chevrotain from 'chevrotain';
import type { ITokenConfig, TokenType } from 'chevrotain';

type ChevrotainApi = typeof Chevrotain;

/** Where this module sits: the tsc build (dist/src/parsers/), the bundle (dist/bundle/) or a chunk of it. */
const CANDIDATES = ['../../bundle/chevrotain.cjs', './chevrotain.cjs', '../chevrotain.cjs'];

let loaded: ChevrotainApi | undefined;

/** chevrotain's API, loaded on the first call. */
export function chevrotain(): ChevrotainApi {
  if (loaded !== undefined) return loaded;
  const require = createRequire(import.meta.url);
  for (const candidate of CANDIDATES) {
    try {
      loaded = require(candidate) as ChevrotainApi;
      return loaded;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  throw new Error(`chevrotain.cjs is missing beside ${import.meta.url}: rebuild with npm run build`);
}

/**
 * chevrotain's createToken without loading chevrotain: the same token type, before chevrotain
 * registers it. Its Lexer and its parsers register every token type they are given (token types
 * need not come from createToken, as its parser's source says); kit.ts builds a grammar's lexer
 * before its parser, so the lexer registers a token category before a parser asks whether its
 * tokens use categories.
 */
export function createToken(config: ITokenConfig): TokenType {
  const token: TokenType = { name: config.name };
  if (config.pattern !== undefined) token.PATTERN = config.pattern;
  if (config.categories !== undefined) token.CATEGORIES = [config.categories].flat();
  if (config.label !== undefined) token.LABEL = config.label;
  if (config.group !== undefined) token.GROUP = config.group;
  if (config.pop_mode !== undefined) token.POP_MODE = config.pop_mode;
  if (config.push_mode !== undefined) token.PUSH_MODE = config.push_mode;
  if (config.longer_alt !== undefined) token.LONGER_ALT = config.longer_alt;
  if (config.line_breaks !== undefined) token.LINE_BREAKS = config.line_breaks;
  if (config.start_chars_hint !== undefined) token.START_CHARS_HINT = config.start_chars_hint;
  return token;
}

/**
 * A stand-in for chevrotain's CstParser that a grammar's parser class extends at import. The
 * first construction loads chevrotain and puts its CstParser under this class; each construction
 * is chevrotain's own, of the subclass (`new.target`), so the parser object is exactly the one
 * `class … extends CstParser` would have made: its rule fields are defined on it after this
 * constructor returns, and its prototype chain reaches chevrotain's methods.
 */
class DeferredCstParser {
  constructor(...args: unknown[]) {
    const real = chevrotain().CstParser;
    if (Object.getPrototypeOf(DeferredCstParser) !== real) {
      Object.setPrototypeOf(DeferredCstParser, real);
      Object.setPrototypeOf(DeferredCstParser.prototype, real.prototype);
    }
    // A constructor that returns an object makes it the subclass's `this`.
    return Reflect.construct(real, args, new.target) as DeferredCstParser;
  }
}

export const CstParser = DeferredCstParser as unknown as ChevrotainApi['CstParser'];
