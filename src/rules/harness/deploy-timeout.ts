import type { Rule } from '../types.js';

export const deployTimeout: Rule = {
  id: 'deploy-timeout',
  title: 'deploy timed out (rc=142/143) with nothing else in the run to explain it',
  classification: 'load-flake',
  severity: 'warning',
  confidence: 0.4,
  scope: 'recipe',
  description:
    'A deploy or run killed by its timeout (rc=142/143, or abra `deploy timed out`) on a loaded node is first a load hypothesis. When another finding in the run explains the recipe, this one stands aside: discourse\'s recorded 51-minute "timeout" was not its cause.',
  references: ['seeds/004 phase plan §1', 'seeds/002 journal 2026-06-17T23:40Z'],
  events: {
    timedOut: { literals: ['rc=142', 'rc=143', 'deploy timed out'], text: '(?<signal>\\brc=14[23]\\b|deploy timed out)' },
  },
  condition: { all: [{ exists: 'timedOut' }, { yieldsTo: ['recipe-defect', 'stale-test', 'harness-defect', 'leftover-state'] }] },
  genuineClassification: 'recipe-defect',
  rootCause: 'The run of {{recipe}} was killed by its timeout ({{signal}}) with nothing else in this run to explain it; under concurrent sweep load this is most likely headroom, not the recipe.',
  fix: 'Re-run {{recipe}} alone (isolation): green confirms a load flake (raise the deploy timeout or serialize heavy deploys); red makes it genuine.',
};
