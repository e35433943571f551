import type { Reporter } from './types.js';
import { safeJsonStringify } from '../text/escape.js';

/** One record per line, each with a `type`: input, finding, recipe, unexplained. */
export const ndjsonReporter: Reporter = (result) => {
  const lines: string[] = [];
  for (const input of result.inputs) lines.push(safeJsonStringify({ type: 'input', ...input }));
  for (const finding of result.findings) lines.push(safeJsonStringify({ type: 'finding', ...finding }));
  for (const recipe of result.recipes) lines.push(safeJsonStringify({ type: 'recipe', ...recipe }));
  for (const failure of result.unexplained) lines.push(safeJsonStringify({ type: 'unexplained', ...failure }));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
