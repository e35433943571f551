import type { Rule } from '../types.js';

export const composePrepullUndefinedService: Rule = {
  id: 'compose-prepull-undefined-service',
  title: 'red herring: the prepull compose check failed, was skipped, and the deploy converged',
  classification: 'benign',
  severity: 'info',
  confidence: 0.9,
  scope: 'recipe',
  description:
    "`docker compose config --images` (the harness's optional prepull) rejects a compose file whose depends_on names an undefined service, and the harness skips the prepull. The real deploy is a swarm `docker stack deploy`, which ignores depends_on, and it converged. The canon triage took this line for discourse's root cause; it must not be blamed.",
  references: ['seeds/002 journal 2026-06-17T23:40Z'],
  events: {
    prepullRejected: {
      literals: ['depends on undefined service'],
      fields: { component: 'prepull' },
      message: 'service "?(?<service>[\\w.-]+)"? depends on undefined service "?(?<missing>[\\w.-]+)"?',
    },
    prepullSkipped: { literals: ['skipping (deploy will pull as usual)'] },
    deployConverged: { literals: ['UpdateStatus=completed'] },
  },
  condition: { all: [{ exists: 'prepullRejected' }, { exists: 'deployConverged' }] },
  join: ['prepullSkipped'],
  rootCause:
    'Not a cause: the prepull check rejected service {{service}} depending on undefined service {{missing}}, the harness skipped the prepull, and the swarm deploy (which ignores depends_on) converged.',
  fix: 'Nothing to fix for the failure; look at the other findings. (Cleaning up the depends_on entry would silence the warning.)',
};
