/**
 * A line's template: its variable parts masked (UUIDs, IPs with ports, hex ids, docker ids, paths,
 * numbers), for grouping repeats. The masked values are returned too, because a value that
 * rotates between repeats (the upstream IPs of the Caddy `ask` errors) can be the signal.
 */
// Capturing groups in this order, unnamed: a named group costs each match an object of the groups.
const VARIABLE = new RegExp(
  [
    // uuid
    /(\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)/.source,
    // ip, with its port
    /(\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b)/.source,
    // hex
    /(\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b)/.source,
    // docker task and container ids (12 or 25 characters of base 36): each task of a crash loop has its own.
    /(\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{12,25}\b)/.source,
    // path
    /((?:\/[\w.@+-]+){2,}\/?)/.source,
    // num: the alternative that matched when none of the groups above did
    /(?<![\w.])\d+(?:[.:,]\d+)*/.source,
  ].join('|'),
  'g',
);

/** What each kind of masked value becomes in a template. */
export const MASK_TOKENS = { uuid: '<uuid>', ip: '<ip>', hex: '<hex>', id: '<id>', path: '<path>', num: '<n>' } as const;

/** Splits a template at its masked values, keeping them (capturing split). */
export const MASK_TOKEN_SPLIT = new RegExp(`(${Object.values(MASK_TOKENS).join('|')})`);

export interface Template {
  readonly template: string;
  readonly values: readonly string[];
}

/**
 * Templates of texts seen lately: a log repeats its lines (a crash loop, a retry every few
 * seconds), and masking is most of what an error line costs. Bounded in entries and in the
 * length of a text remembered; emptied when full.
 */
const remembered = new Map<string, Template>();
const REMEMBERED = { entries: 2048, textLength: 512 };

let lastText: string | undefined;
let lastTemplate: Template | undefined;

/**
 * The template of an event's message (its line when it has none). Every rule pattern an event
 * matches folds it by template, and the unexplained-failure collector groups it by the same:
 * the last one is remembered, so one event costs one masking pass, not one per consumer, and a
 * text seen lately costs none. The template is shared: never changed by its callers.
 */
export function messageTemplate(event: { message: string; text: string }): Template {
  const text = event.message || event.text;
  if (text !== lastText || lastTemplate === undefined) {
    lastText = text;
    lastTemplate = rememberedTemplate(text);
  }
  return lastTemplate;
}

function rememberedTemplate(text: string): Template {
  if (text.length > REMEMBERED.textLength) return templateOf(text);
  let template = remembered.get(text);
  if (template === undefined) {
    if (remembered.size >= REMEMBERED.entries) remembered.clear();
    remembered.set(text, (template = templateOf(text)));
  }
  return template;
}

export function templateOf(text: string): Template {
  const values: string[] = [];
  const mask = (match: string, uuid?: string, ip?: string, hex?: string, id?: string, path?: string): string => {
    values.push(match);
    if (uuid !== undefined) return MASK_TOKENS.uuid;
    if (ip !== undefined) return MASK_TOKENS.ip;
    if (hex !== undefined) return MASK_TOKENS.hex;
    if (id !== undefined) return MASK_TOKENS.id;
    if (path !== undefined) return MASK_TOKENS.path;
    return MASK_TOKENS.num;
  };
  return { template: text.replace(VARIABLE, mask), values };
}
