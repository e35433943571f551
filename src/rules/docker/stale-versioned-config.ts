import type { Rule } from '../types.js';

export const staleVersionedConfig: Rule = {
  id: 'stale-versioned-config',
  title: 'a versioned docker config (…_v1) from an earlier deploy still holds the old content',
  classification: 'leftover-state',
  severity: 'warning',
  confidence: 0.7,
  scope: 'recipe',
  description:
    'Docker configs are immutable: a config name that already exists keeps its old content, and changing the content under the same `_vN` name is refused. A stale config left by an earlier deploy is served until removed or its version bumped.',
  reconstruction: "The journal describes a stale `…_caddyfile_v1` being reused; the corpus line is docker's refusal to change an existing config's content.",
  references: ['seeds/002 journal 2026-06-18T02:10Z'],
  events: {
    configImmutable: {
      literals: ['only updates to Labels are allowed'],
      message: 'config (?<config>[\\w.-]*_v\\d+): ',
    },
  },
  condition: { exists: 'configImmutable' },
  rootCause: 'The existing docker config {{config}} kept its old content; the new content under the same versioned name was refused, so the stack runs with stale configuration.',
  fix: 'Remove the stale config (docker config rm {{config}}) or bump the config version in the recipe (…_v2) so the new content deploys.',
};
