import type { Reporter } from './types.js';
import { safeJsonStringify } from '../text/escape.js';

/** The JSON contract, version 1. */
export const jsonReporter: Reporter = (result) => `${safeJsonStringify(result, 2)}\n`;
