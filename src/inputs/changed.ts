import { statSync, type Stats } from 'node:fs';
import { plural } from '../text/plural.js';
import type { InputRef } from './types.js';

/**
 * A file that grew or shrank (or was rewritten) while it was scanned: what was read is still
 * reported, but it is not the file as it stands now, and the report must say so.
 */
export function changedDuringScan(input: InputRef, lines: number): string | undefined {
  if (input.fsPath === undefined || input.size === undefined) return undefined;
  let now: Stats;
  try {
    now = statSync(input.fsPath);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return `changed during the scan: it is gone now (${why}); `
      + `what was read before (${plural(lines, 'event')}) is reported`;
  }
  if (now.size === input.size && now.mtimeMs === input.mtimeMs) return undefined;
  const how = now.size > input.size ? `grew from ${input.size} to ${now.size} bytes`
    : now.size < input.size ? `shrank from ${input.size} to ${now.size} bytes`
    : `was rewritten (same size, ${input.size} bytes)`;
  return `changed during the scan: it ${how}; what was read (${plural(lines, 'event')}) is reported, `
    + 'which may not match the file as it is now';
}
