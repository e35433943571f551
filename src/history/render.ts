import { escapeForDisplay, safeJsonStringify } from '../text/escape.js';
import { redactSecrets } from '../text/redact.js';

export type QueryFormat = 'table' | 'json' | 'ndjson' | 'markdown';

/** A query's answer: named rows under a header that says which history, and from when the window counts. */
export interface QueryOutput {
  kind: string;
  header: Record<string, unknown>;
  sections: Array<{
    name: string;
    type: string;
    title: string;
    columns: Array<[key: string, title: string, show?: (value: unknown) => string]>;
    rows: Array<Record<string, unknown>>;
  }>;
  /** One closing line for a person (table and markdown). */
  summary: string;
}

/** A value that is not an object as text: undefined as nothing, as a join writes it. */
function scalarText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'function':
      return String(value);
    default:
      return '';
  }
}

/** An object in a cell (a run and when it was, `{ run, at }`): its fields that are not null, space-separated. */
function fieldsText(value: object): string {
  const fields: string[] = [];
  for (const field of Object.values(value as Record<string, unknown>)) {
    if (field === null) continue;
    fields.push(typeof field === 'object' ? fieldsText(field) : scalarText(field));
  }
  return fields.join(' ');
}

/**
 * Text from the record (test names, run labels, versions read from logs) shown to a person:
 * controls escaped, secrets redacted, in an object cell (`{ run, at }`) as in any other.
 */
function plain(value: unknown): string {
  if (value === null || value === undefined) return '-';
  const text = typeof value === 'object' ? fieldsText(value) : scalarText(value);
  return redactSecrets(escapeForDisplay(text));
}

function table(output: QueryOutput): string {
  const out: string[] = [
    Object.entries(output.header)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join(' · '),
    '',
  ];
  for (const section of output.sections) {
    out.push(section.title);
    if (section.rows.length === 0) {
      out.push('  (none)', '');
      continue;
    }
    const cells = section.rows.map((row) =>
      section.columns.map(([key, , show]) => plain(show ? show(row[key]) : row[key])),
    );
    const widths = section.columns.map(([, title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
    const line = (values: string[]) => `  ${values.map((v, i) => v.padEnd(widths[i])).join('  ')}`.trimEnd();
    out.push(line(section.columns.map(([, title]) => title)), ...cells.map(line), '');
  }
  out.push(output.summary);
  return `${out.join('\n')}\n`;
}

/** Markdown text: every markup character escaped, so record text never becomes a link or a tag. */
function md(value: unknown): string {
  return plain(value).replace(/[\\`*_[\]|<>&~]/g, (c) => `\\${c}`);
}

function markdown(output: QueryOutput): string {
  const out: string[] = [
    `**${md(output.kind)}** — ${Object.entries(output.header)
      .map(([k, v]) => `${md(k)}: ${md(v)}`)
      .join(' · ')}`,
    '',
  ];
  for (const section of output.sections) {
    out.push(`### ${md(section.title)}`, '');
    if (section.rows.length === 0) {
      out.push('(none)', '');
      continue;
    }
    out.push(
      `| ${section.columns.map(([, t]) => md(t)).join(' | ')} |`,
      `|${section.columns.map(() => ' --- |').join('')}`,
    );
    for (const row of section.rows)
      out.push(`| ${section.columns.map(([key, , show]) => md(show ? show(row[key]) : row[key])).join(' | ')} |`);
    out.push('');
  }
  out.push(md(output.summary));
  return `${out.join('\n')}\n`;
}

export function renderQuery(output: QueryOutput, format: QueryFormat): string {
  if (format === 'json') {
    const body = Object.fromEntries(output.sections.map((s) => [s.name, s.rows]));
    return `${safeJsonStringify({ kind: output.kind, ...output.header, ...body }, 2)}\n`;
  }
  if (format === 'ndjson') {
    const lines = [safeJsonStringify({ type: 'header', kind: output.kind, ...output.header })];
    for (const section of output.sections)
      for (const row of section.rows) lines.push(safeJsonStringify({ type: section.type, ...row }));
    return `${lines.join('\n')}\n`;
  }
  return format === 'markdown' ? markdown(output) : table(output);
}
