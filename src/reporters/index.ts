import type { Reporter } from './types.js';

/**
 * Every output format, by the name --format takes. Each is loaded when asked for: a pipe of a
 * small log should not pay for loading the table's dependencies to print JSON, or SARIF's to
 * print a table.
 */
export const REPORTERS: Readonly<Record<string, () => Promise<Reporter>>> = {
  table: async () => (await import('./table.js')).tableReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  ndjson: async () => (await import('./ndjson.js')).ndjsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  junit: async () => (await import('./junit.js')).junitReporter,
  markdown: async () => (await import('./markdown.js')).markdownReporter,
  html: async () => (await import('./html.js')).htmlReporter,
};
