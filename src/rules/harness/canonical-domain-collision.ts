import type { Rule } from '../types.js';

export const canonicalDomainCollision: Rule = {
  id: 'canonical-domain-collision',
  title: "the warm canonical domain collides with a live warm service's domain",
  classification: 'harness-defect',
  severity: 'error',
  confidence: 0.9,
  scope: 'recipe',
  description:
    "canonical_domain(r) is warm-<r>…, which is also the domain of the always-on warm service of the same name (keycloak, the shared OIDC provider). Promoting or tearing down the canonical would hit the live service, so the recipe was de-enrolled instead of tested. The harness must give canonicals a namespace that cannot collide (e.g. warm-canon-<r>).",
  reconstruction:
    'The journal proves the collision from the harness code (canonical.py, warm.py), not from a log line; the harness lines that state the two domains and the de-enrollment are reconstructions.',
  references: ['seeds/002 journal 2026-06-18T01:05Z'],
  events: {
    deEnrolledForCollision: {
      literals: ['WARM_CANONICAL=False'],
      message: '^(?<recipe>[\\w.-]+): skipped \\(WARM_CANONICAL=False: canonical domain (?<domain>[\\w.-]+) collides',
    },
    canonicalDomain: { literals: ['canonical_domain('], message: 'canonical_domain\\((?<recipe>[\\w.-]+)\\) = (?<domain>[\\w.-]+)' },
    liveWarmDomain: { literals: ['WARM_DOMAINS['], message: 'WARM_DOMAINS\\[(?<recipe>[\\w.-]+)\\] = (?<domain>[\\w.-]+)' },
  },
  condition: {
    any: [{ exists: 'deEnrolledForCollision' }, { sameValue: ['canonicalDomain', 'liveWarmDomain'], field: 'domain' }],
  },
  rootCause:
    "The warm canonical domain of {{recipe}} is {{domain}}, the same as the live warm service's domain: a canonical deploy or teardown there would hit the live service, so the recipe cannot be enrolled.",
  fix: 'Make canonical_domain(r) collision-free for recipes that are live warm providers (e.g. warm-canon-<r>), then re-enroll the recipe (WARM_CANONICAL=True) and verify the live service stays up during the promote.',
};
