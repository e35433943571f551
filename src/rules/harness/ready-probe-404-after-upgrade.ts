import type { Rule } from '../types.js';

export const readyProbe404AfterUpgrade: Rule = {
  id: 'ready-probe-404-after-upgrade',
  title: 'after the upgrade redeploy the app answers 404 on its API: it came up unconfigured (install wizard)',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.75,
  scope: 'recipe',
  description:
    "The readiness probe's API path returns 404 for the whole wait after the upgrade redeploy: the app serves, but without its config (gitea in install-wizard mode because app.ini was missing at the path it reads). The upgrade path of the recipe lost the config.",
  references: ['seeds/002 journal 2026-06-18T03:00Z'],
  events: {
    upgradeStarted: { kind: 'tier-start', fields: { tier: 'upgrade' } },
    probe404: {
      literals: ['READY_PROBE not ready'],
      message: 'READY_PROBE not ready: (?<probe>\\S+) \\(last status (?<status>404)\\) within (?<seconds>\\d+)s',
    },
  },
  condition: { sequence: ['upgradeStarted', 'probe404'] },
  rootCause:
    'After the upgrade redeploy, {{probe}} answered 404 for {{seconds}}s: the app is up but unconfigured (install-wizard mode), so the upgrade path of the recipe did not carry its config over.',
  fix: 'Check which config the new version reads after the upgrade (a moved app.ini path, a config version that did not update on redeploy) and make the upgrade carry it over; inspect the container after the redeploy.',
};
