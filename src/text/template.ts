/**
 * A line's template: its variable parts masked (UUIDs, IPs with ports, hex ids, docker ids, paths,
 * numbers), for grouping repeats. The masked values are returned too, because a value that
 * rotates between repeats (the upstream IPs of the Caddy `ask` errors) can be the signal.
 */
const VARIABLE = new RegExp(
  [
    /(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/.source,
    /(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b)/.source,
    /(?<hex>\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b)/.source,
    // docker task and container ids (12 or 25 characters of base 36): each task of a crash loop has its own.
    /(?<id>\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{12,25}\b)/.source,
    /(?<path>(?:\/[\w.@+-]+){2,}\/?)/.source,
    /(?<num>(?<![\w.])\d+(?:[.:,]\d+)*)/.source,
  ].join('|'),
  'g',
);

/** What each kind of masked value becomes in a template. */
export const MASK_TOKENS = { uuid: '<uuid>', ip: '<ip>', hex: '<hex>', id: '<id>', path: '<path>', num: '<n>' } as const;

/** Splits a template at its masked values, keeping them (capturing split). */
export const MASK_TOKEN_SPLIT = new RegExp(`(${Object.values(MASK_TOKENS).join('|')})`);

export interface Template {
  template: string;
  values: string[];
}

let lastText: string | undefined;
let lastTemplate: Template | undefined;

/**
 * The template of an event's message (its line when it has none). Every rule pattern an event
 * matches folds it by template, and the unexplained-failure collector groups it by the same:
 * the last one is remembered, so one event costs one masking pass, not one per consumer.
 */
export function messageTemplate(event: { message: string; text: string }): Template {
  const text = event.message || event.text;
  if (text !== lastText || lastTemplate === undefined) {
    lastText = text;
    lastTemplate = templateOf(text);
  }
  return lastTemplate;
}

export function templateOf(text: string): Template {
  const values: string[] = [];
  const template = text.replace(VARIABLE, (match, ...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    values.push(match);
    if (groups.uuid) return MASK_TOKENS.uuid;
    if (groups.ip) return MASK_TOKENS.ip;
    if (groups.hex) return MASK_TOKENS.hex;
    if (groups.id) return MASK_TOKENS.id;
    if (groups.path) return MASK_TOKENS.path;
    return MASK_TOKENS.num;
  });
  return { template, values };
}
