import type { Fields } from '../../events.js';

/** `dial tcp 10.10.0.4:3000: connect: connection refused` → the target and the failure. */
const dialPattern = /dial tcp (?<target>\[[0-9a-fA-F:.]+\]:\d+|[\w.-]+:\d+): (?:connect: )?(?<failure>connection refused|i\/o timeout|no route to host|connection reset by peer|network is unreachable)/;
/** The on-demand `ask` URL, in the old and new wordings and in the Go `Get "…"` error. */
const askPattern = /(?:checking |Get \\?")(?<url>https?:\/\/[\w.-]+(?::\d+)?\/[\w./%-]*)/;
const lookupPattern = /dial tcp: lookup (?<host>[\w.-]+) on (?<dns>[\w.:[\]]+): no such host/;

/**
 * Fields a rule needs that Caddy hides inside its `error` string: the upstream it dialled
 * (`dialTarget`, `dialHost`, `dialPort`), why the dial failed, and the `ask` endpoint
 * (`askUrl`, `askHost` = host:port) of on-demand TLS.
 */
export function caddyDerivedFields(fields: Fields, message = ''): Fields {
  const derived: Fields = {};
  const error = typeof fields.error === 'string' ? fields.error : message;
  const dial = dialPattern.exec(error);
  if (dial?.groups) {
    const target = dial.groups.target;
    const cut = target.lastIndexOf(':');
    derived.dialTarget = target;
    derived.dialHost = target.slice(0, cut).replace(/^\[|\]$/g, '');
    derived.dialPort = Number(target.slice(cut + 1));
    derived.dialError = dial.groups.failure;
  }
  const lookup = lookupPattern.exec(error);
  if (lookup?.groups) { derived.lookupHost = lookup.groups.host; derived.dialError = 'no such host'; }
  const ask = askPattern.exec(error);
  if (ask?.groups) {
    const url = ask.groups.url;
    derived.askUrl = url;
    const host = /^https?:\/\/([^/]+)/.exec(url);
    if (host) derived.askHost = host[1].includes(':') ? host[1] : `${host[1]}:${url.startsWith('https') ? 443 : 80}`;
  }
  return derived;
}
