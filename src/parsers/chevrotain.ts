/**
 * chevrotain, loaded from the single-file bundle its release ships. The package's entry point is
 * its unbundled ESM build, which imports some 650 lodash-es modules: about half a second of
 * module loading on every start, for a tool users pipe small logs into all day.
 */
import type * as Chevrotain from 'chevrotain';

const entry = import.meta.resolve('chevrotain'); // …/chevrotain/lib/src/api.js
const bundle = (await import(new URL('../chevrotain.min.mjs', entry).href)) as typeof Chevrotain;

export const { createToken, CstParser, Lexer } = bundle;
