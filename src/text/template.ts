/**
 * A line's template: its variable parts masked (UUIDs, IPs with ports, hex ids, paths,
 * numbers), for grouping repeats. The masked values are returned too, because a value that
 * rotates between repeats (the upstream IPs of the Caddy `ask` errors) can be the signal.
 */
const VARIABLE = new RegExp(
  [
    /(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/.source,
    /(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b)/.source,
    /(?<hex>\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b)/.source,
    /(?<path>(?:\/[\w.@+-]+){2,}\/?)/.source,
    /(?<num>(?<![\w.])\d+(?:[.:,]\d+)*)/.source,
  ].join('|'),
  'g',
);

export interface Template {
  template: string;
  values: string[];
}

export function templateOf(text: string): Template {
  const values: string[] = [];
  const template = text.replace(VARIABLE, (match, ...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    values.push(match);
    if (groups.uuid) return '<uuid>';
    if (groups.ip) return '<ip>';
    if (groups.hex) return '<hex>';
    if (groups.path) return '<path>';
    return '<n>';
  });
  return { template, values };
}
