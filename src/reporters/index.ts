import type { Reporter } from './types.js';
import { jsonReporter } from './json.js';
import { ndjsonReporter } from './ndjson.js';
import { tableReporter } from './table.js';
import { sarifReporter } from './sarif.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';

/** Every output format, by the name --format takes. */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  table: tableReporter,
  json: jsonReporter,
  ndjson: ndjsonReporter,
  sarif: sarifReporter,
  junit: junitReporter,
  markdown: markdownReporter,
};
