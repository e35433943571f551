import type { Rule } from '../types.js';

export const caddyOndemandAskRotatingRefused: Rule = {
  id: 'caddy-ondemand-ask-rotating-refused',
  title: "Caddy's on-demand TLS ask endpoint resolves to other stacks: connection refused at rotating IPs",
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.85,
  scope: 'recipe',
  description:
    "Caddy must reach its `ask` endpoint to be allowed a certificate. When the ask host (a bare service name such as `app`) also names other stacks' services on a shared overlay network, Docker DNS answers with their addresses: the dial is refused at a different IP each time, no certificate is issued and HTTPS answers 000. One refused IP is an app that is down, not this.",
  references: ['seeds/002 journal 2026-06-18T00:45Z', 'LOG-FORMATS.md §2.2'],
  events: {
    askRefused: {
      literals: ['failed to get permission for on-demand certificate'],
      format: 'caddy',
      fields: { dialError: 'connection refused' },
    },
    promoteUnhealthy: {
      literals: ['(last status 0)'],
      message: '(?:^|[^\\w.-])(?<warmDomain>[\\w.-]+): not healthy over HTTPS (?<probe>\\S+) \\(last status (?<status>0)\\)',
    },
  },
  condition: { distinct: 'askRefused', field: 'dialHost', gte: 2, groupBy: 'askHost', within: '15m' },
  join: ['promoteUnhealthy'],
  rootCause:
    "Caddy's on-demand TLS ask endpoint {{askHost}} was refused at {{dialHost}}: the name resolves to other stacks' services on the shared proxy network, never to this stack's own service, so no certificate is issued for {{domain}} and HTTPS fails (status 0).",
  fix: 'Give the service Caddy asks a name unique to the stack (rename it, e.g. app → pds, and point reverse_proxy and on_demand_tls ask at it); a network alias alone may be dropped by the deploy tooling. Verify on the warm promote path.',
};
