import type { Rule } from '../types.js';

export const alreadyDeployedOnPromote: Rule = {
  id: 'already-deployed-on-promote',
  title: 'the warm promote found the canonical still deployed by an earlier run',
  classification: 'leftover-state',
  severity: 'error',
  confidence: 0.85,
  scope: 'recipe',
  description:
    "The promote/advance runs `abra app deploy` on a canonical it believes idle; an earlier sweep left it deployed (its registry said idle), so abra refuses. The cold lifecycle was green: this run's failure is the previous run's leftover, not the recipe.",
  reconstruction: 'The journal quotes the FATA text; its position in the promote output is reconstructed.',
  references: ['seeds/002 journal 2026-06-18T01:05Z (gitea first advance attempt)'],
  events: {
    promoteStarted: { kind: 'promote-start' },
    alreadyDeployed: { literals: ['is already deployed'], message: '(?:^|[^\\w.-])(?<domain>[\\w.-]+) is already deployed' },
  },
  condition: { sequence: ['promoteStarted', 'alreadyDeployed'] },
  rootCause: '{{domain}} was already deployed when the promote tried to deploy it: state left by an earlier run (the registry said idle while the stack ran).',
  fix: 'Undeploy the stale canonical (keep its volumes) and re-run; in the harness, make the advance undeploy or chaos-redeploy a canonical that is unexpectedly deployed, and reconcile the registry.',
};
