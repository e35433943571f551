import type { Rule } from '../types.js';

export const caddyOndemandAskRotatingRefused: Rule = {
  id: 'caddy-ondemand-ask-rotating-refused',
  title: "Caddy's on-demand TLS ask endpoint resolves to other stacks: connection refused at rotating IPs",
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.85,
  scope: 'recipe',
  description:
    "Caddy must reach its `ask` endpoint to be allowed a certificate. When the ask host (a bare service name such as `app`) also names other stacks' services on a shared overlay network, Docker DNS answers with their addresses: the dial is refused at a different IP each time, no certificate is issued and HTTPS answers 000. Recognised in Caddy's JSON and console encoders and in every wording since 2.6: `request to 'ask' endpoint failed` (2.6-2.7), `failed to get permission for on-demand certificate` (2.8+), and the TLS handshake error certmagic wraps as `decision func:`. An ask endpoint that answers and refuses (`certificate not allowed by ask endpoint` / `by permission module … non-2xx status code`) is joined as evidence but never fires the rule alone; one refused IP is an app that is down, not this.",
  references: ['seeds/002 journal 2026-06-18T00:45Z', 'LOG-FORMATS.md §2.2', 'caddyserver/caddy modules/caddytls/ondemand.go, automation.go (v2.8+), acmeissuer.go (v2.6-2.7)', 'caddyserver/certmagic handshake.go'],
  events: {
    askRefused: {
      literals: ['failed to get permission for on-demand certificate', "request to 'ask' endpoint failed", 'decision func: '],
      format: 'caddy',
      fields: { dialError: 'connection refused' },
    },
    promoteUnhealthy: {
      literals: ['(last status 0)'],
      message: '(?:^|[^\\w.-])(?<warmDomain>[\\w.-]+): not healthy over HTTPS (?<probe>\\S+) \\(last status (?<status>0)\\)',
    },
    // The ask answered and refused: 2.6-2.7 `ask endpoint`, 2.8+ `permission module` (debug level).
    askDenied: {
      literals: ['certificate not allowed by ask endpoint', 'certificate not allowed by permission module'],
      format: 'caddy',
      text: 'not allowed by (?:ask endpoint|permission module) (?<deniedAskUrl>https?://[\\w.:-]+/[\\w./%-]*) - non-2xx status code (?<deniedStatus>\\d{3})',
    },
  },
  condition: { distinct: 'askRefused', field: 'dialHost', gte: 2, groupBy: 'askHost', within: '15m' },
  join: ['promoteUnhealthy', 'askDenied'],
  rootCause:
    "Caddy's on-demand TLS ask endpoint {{askHost}} was refused at several addresses ({{dialHost}}): the one name resolves to different services, and none of them answers the ask" +
    '{{#askDenied}}; at times a service did answer, and refused ({{deniedAskUrl}}: status {{deniedStatus}}){{/askDenied}}' +
    ', so no certificate is issued{{#domain}} for {{domain}}{{/domain}}{{#promoteUnhealthy}} and {{warmDomain}} is not healthy over HTTPS (last status 0){{/promoteUnhealthy}}.' +
    " A bare service name that other stacks' services also carry on a shared network resolves this way.",
  fix: 'Give the service Caddy asks a name unique to the stack (rename it, e.g. app → pds, and point reverse_proxy and on_demand_tls ask at it); a network alias alone may be dropped by the deploy tooling.{{#promoteUnhealthy}} Verify on the warm promote path.{{/promoteUnhealthy}}',
};
