import type { LineGrammar, PayloadResult } from '../parsers/kit.js';
import { detectFormat, type DetectedFormat } from './detect.js';
import { readHead, type StdinSource } from './sources.js';
import type { InputRef } from './types.js';

/** An input once its head is read: its format, or why it cannot be read. */
export interface DetectedInput {
  input: InputRef;
  format?: DetectedFormat;
  gzip: boolean;
  headError?: string;
}

/**
 * Reads each input's head: a compression we cannot read is an error, UTF-16 is noted on the
 * input (it is decoded as it is read), and the format is detected, or forced with `forced`.
 */
export async function detectInputs(
  inputs: readonly InputRef[], sourceOf: (input: InputRef) => StdinSource | undefined,
  forced: string | undefined, payloads: readonly LineGrammar<PayloadResult>[],
): Promise<DetectedInput[]> {
  const detected: DetectedInput[] = [];
  for (const input of inputs) {
    try {
      const { head, gzip, encoding, compressed } = await readHead(input, sourceOf(input));
      if (compressed) { detected.push({ input, gzip, headError: `compressed with ${compressed}` }); continue; }
      if (encoding) input.encoding = encoding;
      detected.push({ input, format: detectFormat(head, input.path, forced, payloads), gzip });
    } catch (error) {
      detected.push({ input, gzip: false, headError: (error as Error).message });
    }
  }
  return detected;
}
