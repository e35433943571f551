import type { DetectedInput } from '../inputs/heads.js';
import type { StdinSource } from '../inputs/sources.js';
import { scanCanonical, scanJunit, scanLines, type ScanSettings } from './scan-input.js';
import type { ScanSink } from './types.js';

/** An input read front to back in this thread, by its structure: its event count. */
export async function scanSequentially(
  { input, format, gzip }: DetectedInput, source: StdinSource | undefined, settings: ScanSettings, sink: ScanSink,
): Promise<number> {
  if (format === undefined) throw new Error(`${input.path}: no format detected`);
  if (format.structure === 'junit') return (await scanJunit(input, source, gzip, settings, sink)).events;
  if (format.structure === 'canonical') return (await scanCanonical(input, source, gzip, sink)).events;
  return (await scanLines(input, format, source, gzip, settings, sink)).events;
}
