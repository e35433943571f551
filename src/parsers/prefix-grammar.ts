/**
 * Envelopes that are a prefix, then the message if there is one: the CI runners' (ci/grammar.ts)
 * and a markdown quote's (markdown/quote.ts). The prefix is a sequence of slots, each one of some
 * tokens (Jenkins: a bracketed ISO time or a clock), some optional (TeamCity's block): one parser
 * class per envelope, made from its slots, and a visitor that hands the tokens' images to a reader.
 */
import { CstParser } from './chevrotain.js';
import type { IToken, TokenType } from 'chevrotain';
import { PARSER_CONFIG, tokenImages, type EnvelopeResult, type ParseContext } from './kit.js';

export interface PrefixSlot {
  tokens: readonly TokenType[];
  optional?: true;
}

export function prefixThenMessage(slots: readonly PrefixSlot[], message: TokenType) {
  return class PrefixThenMessageParser extends CstParser {
    constructor() {
      super([...new Set(slots.flatMap((slot) => slot.tokens)), message], PARSER_CONFIG);
      this.performSelfAnalysis();
    }
    // Made once per parser: chevrotain reads an OR's alternatives on every call.
    private readonly alternatives = slots.map((slot, index) =>
      slot.tokens.map((token) => ({ ALT: () => { this.consume(index, token); } })));
    line = this.RULE('line', () => {
      slots.forEach((slot, index) => {
        const read = (): void => {
          if (slot.tokens.length === 1) this.consume(index, slot.tokens[0]);
          else this.or(index, this.alternatives[index]);
        };
        if (slot.optional) this.option(index + 1, read);
        else read();
      });
      this.OPTION(() => this.CONSUME(message));
    });
  };
}

/** A prefix token's `name[inside]` (Heroku's `app[web.1]: `, Fly's `app[e784e113ae4e18] `): its two parts. */
export function nameAndBracketed(image: string): [name: string, inside: string] {
  const open = image.indexOf('[');
  return [image.slice(0, open), image.slice(open + 1, image.indexOf(']', open))];
}

type Ctx = Record<string, IToken[] | undefined>;
export type ReadPrefix = (images: Record<string, string | undefined>, parse: ParseContext) => EnvelopeResult;

export function prefixVisitor(read: ReadPrefix) {
  return (parser: InstanceType<ReturnType<typeof prefixThenMessage>>) => {
    const Base = parser.getBaseCstVisitorConstructor();
    return new (class PrefixVisitor extends Base {
      constructor() { super(); this.validateVisitor(); }
      line(ctx: Ctx, parse: ParseContext): EnvelopeResult {
        return read(tokenImages(ctx), parse);
      }
    })();
  };
}
