import type { Reporter } from './types.js';
import { safeJsonStringify } from '../text/escape.js';

/**
 * One record per line, each with a `type`: first a `header` (contract version, tool and
 * rule-set versions), then `run`, `input`, `finding`, `recipe`, `unexplained`, `error-seen`
 * and `notice` records, so a stream reader loses nothing the JSON contract carries.
 */
export const ndjsonReporter: Reporter = (result) => {
  const lines: string[] = [safeJsonStringify({ type: 'header', version: result.version, tool: result.tool })];
  for (const run of result.runs) lines.push(safeJsonStringify({ type: 'run', ...run }));
  for (const input of result.inputs) lines.push(safeJsonStringify({ type: 'input', ...input }));
  for (const finding of result.findings) lines.push(safeJsonStringify({ type: 'finding', ...finding }));
  for (const recipe of result.recipes) lines.push(safeJsonStringify({ type: 'recipe', ...recipe }));
  for (const failure of result.unexplained) lines.push(safeJsonStringify({ type: 'unexplained', ...failure }));
  for (const seen of result.errorsSeen ?? []) lines.push(safeJsonStringify({ type: 'error-seen', ...seen }));
  for (const message of result.notices) lines.push(safeJsonStringify({ type: 'notice', message }));
  if (result.history) lines.push(safeJsonStringify({ type: 'history', ...result.history }));
  return `${lines.join('\n')}\n`;
};
