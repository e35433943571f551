import type { Rule } from '../types.js';

export const composeUndefinedServiceDeployFatal: Rule = {
  id: 'compose-undefined-service-deploy-fatal',
  title: 'the deploy itself failed: compose project invalid (depends on an undefined service)',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.8,
  scope: 'recipe',
  description:
    'The same `depends on undefined service` error raised by the deploy (an abra FATA), not by the optional prepull: then it is the cause, and the recipe compose file must be fixed.',
  reconstruction: 'The seeds quote this error only from the prepull; the deploy-time FATA follows the abra line format (LOG-FORMATS.md §6).',
  events: {
    deployRejected: {
      literals: ['depends on undefined service'],
      format: 'abra',
      level: 'fatal',
      message: 'service "?(?<service>[\\w.-]+)"? depends on undefined service "?(?<missing>[\\w.-]+)"?',
    },
  },
  condition: { exists: 'deployRejected' },
  rootCause: 'The deploy failed: service {{service}} depends on undefined service {{missing}}, so the compose project is invalid.',
  fix: 'Fix depends_on in the recipe compose file to name an existing service, release, and re-test.',
};
