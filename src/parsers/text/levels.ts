/**
 * Plain text, a line no grammar claims, gets a level only from unmistakable markers: a level word
 * in capitals, whole, or the shape of an error or exception. Like every format's, its level words
 * are a level table, whose error and fatal markers the prefilter hands on (parsers/structural.ts).
 */
import type { Level } from '../../events.js';
import type { LevelTable } from '../kit.js';

export const TEXT_LEVELS: LevelTable = {
  spellings: { FATAL: 'fatal', PANIC: 'fatal', CRITICAL: 'fatal', ERROR: 'error' },
  markers: (spelling) => [spelling],
};

/** An error with no level word: an exception or error class, Go's `errors.X:`, Ruby's `PG::X:`, a traceback. */
const ERROR_SHAPES = [
  /^\s*(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception)\b(?::|$)/,
  /^\s*[\w.]*\berrors\.[A-Z]\w*:/,
  /\bPG::[A-Z]\w*:/,
  /^Traceback \(most recent call last\)/,
];

/** Literals of the common error shapes (`ValueError: …`, `IOException: …`, a traceback), for the prefilter. */
export const ERROR_SHAPE_LITERALS: readonly string[] = ['Error: ', 'Exception: ', 'Traceback (most'];

function wordsOf(level: Level): RegExp {
  const words = Object.entries(TEXT_LEVELS.spellings).filter(([, l]) => l === level).map(([word]) => word);
  return new RegExp(`\\b(?:${words.join('|')})\\b`);
}

const FATAL_WORDS = wordsOf('fatal');
const ERROR_WORDS = wordsOf('error');

/**
 * GitHub Actions' workflow commands as its raw logs print them (`##[error]Process completed with exit
 * code 1.`, `##[warning]The process '/usr/bin/git' failed with exit code 128`): the runner's own level.
 */
const WORKFLOW_COMMAND = /^##\[(error|warning|notice|debug)\]/;
const WORKFLOW_LEVELS: Readonly<Record<string, Level>> = { error: 'error', warning: 'warn', notice: 'notice', debug: 'debug' };

export function textLevel(text: string): Level | undefined {
  if (text.startsWith('##[')) {
    const command = WORKFLOW_COMMAND.exec(text);
    if (command) return WORKFLOW_LEVELS[command[1]];
  }
  if (FATAL_WORDS.test(text)) return 'fatal';
  if (ERROR_WORDS.test(text) || ERROR_SHAPES.some((shape) => shape.test(text))) return 'error';
  return undefined;
}
