/**
 * FastLexer lexes as chevrotain does for the features the line grammars use (first match in mode
 * order, modes pushed and popped), and refuses a definition with any feature it does not emulate.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { chevrotain, createToken } from '../../src/parsers/chevrotain.js';
import { FastLexer, type LexedLine } from '../../src/parsers/fast-lexer.js';
import { runs } from '../fuzz/hostile.js';

const test = suite('fast lexer');

const Word = createToken({ name: 'Word', pattern: /[a-z]+/ });
const Number_ = createToken({ name: 'Number', pattern: /\d+/ });
const Space = createToken({ name: 'Space', pattern: / +/ });
const Open = createToken({ name: 'Open', pattern: /\[/, push_mode: 'inside' });
const Close = createToken({ name: 'Close', pattern: /\]/, pop_mode: true });
const Inside = createToken({ name: 'Inside', pattern: /[^\]\n]+/ });
const Bar = createToken({ name: 'Bar', pattern: ' | ', push_mode: 'rest' });
// eslint-disable-next-line no-control-regex -- the rest of a line is every character but a newline, controls too
const Rest = createToken({ name: 'Rest', pattern: /[\u0000-\u0009\u000b-\uffff]+/ });
const definition = {
  modes: { main: [Word, Number_, Bar, Space, Open], inside: [Close, Inside], rest: [Rest] },
  defaultMode: 'main',
};

function chevrotainTokens(text: string): LexedLine | undefined {
  const lexer = new (chevrotain().Lexer)(definition, { positionTracking: 'onlyOffset', recoveryEnabled: false });
  const lexed = lexer.tokenize(text);
  if (lexed.errors.length > 0) return undefined;
  return { names: lexed.tokens.map((t) => t.tokenType.name), images: lexed.tokens.map((t) => t.image) };
}

const piece = fc.constantFrom('abc', 'x', '12', ' ', '  ', '[', ']', 'in side', ' | ', '|', '\n', '-', 'é');
const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

test('tokens, modes and errors as chevrotain gives them', () => {
  const fast = new FastLexer(definition);
  fc.assert(
    fc.property(line, (text) => {
      assert.equal(fast.tokenize(text), chevrotainTokens(text), JSON.stringify(text));
    }),
    runs(3000),
  );
});

test('a close with no mode to pop is an error, as in chevrotain', () => {
  assert.is(new FastLexer(definition).tokenize('abc]'), undefined);
  assert.is(chevrotainTokens('abc]'), undefined);
});

test('a definition it does not emulate is refused when built', () => {
  const Skipped = createToken({ name: 'Skipped', pattern: / +/, group: chevrotain().Lexer.SKIPPED });
  assert.throws(() => new FastLexer([Word, Skipped]), /Skipped uses a group/);
  const Keyword = createToken({ name: 'Keyword', pattern: /if/, longer_alt: Word });
  assert.throws(() => new FastLexer([Keyword, Word]), /Keyword uses a group or a longer alternative/);
  const Custom = createToken({ name: 'Custom', pattern: { exec: () => null }, line_breaks: false });
  assert.throws(() => new FastLexer([Custom]), /Custom has a custom matcher/);
});

test.run();
