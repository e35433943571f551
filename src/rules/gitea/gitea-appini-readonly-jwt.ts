import type { Rule } from '../types.js';

export const giteaAppIniReadonlyJwt: Rule = {
  id: 'gitea-appini-readonly-jwt',
  title: 'gitea cannot persist a generated secret: app.ini is on a read-only file system',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.9,
  scope: 'recipe',
  description:
    'gitea/forgejo generates a secret (JWT, LFS JWT, INTERNAL_TOKEN) at start-up and must save it to app.ini. When the recipe mounts app.ini as a docker config it is read-only, the save fails and the process exits: on the warm advance, which reattaches an older config volume, gitea crash-loops. `permission denied` is a different cause (file ownership) and not this rule.',
  references: ['seeds/002 journal 2026-06-18T00:14Z', 'LOG-FORMATS.md §1.2'],
  events: {
    secretSaveFailed: {
      literals: [': read-only file'],
      format: 'gitea',
      level: ['fatal', 'error'],
      // Two linear regexes rather than one `secret … path` regex, which backtracks quadratically on hostile lines.
      message: '(?<secret>JWT[ _][Ss](?:ecret|ECRET)|INTERNAL_TOKEN)',
      text: "open (?<path>[^\\s:\"']*app\\.ini): read-only file",
    },
    warmAdvance: { kind: 'promote-start', fields: { mode: 'advance' } },
  },
  condition: { exists: 'secretSaveFailed' },
  join: ['warmAdvance'],
  rootCause:
    'gitea cannot save its generated {{secret}} to {{path}}: the file is on a read-only file system, so the app exits at config load and crash-loops. The recipe mounts app.ini as a docker config, which is read-only by design.',
  fix: 'Make app.ini writable for gitea: render it into the writable config volume (e.g. an entrypoint that copies the template once) instead of mounting it as a docker config, or supply the secret so gitea never rewrites app.ini. Verify on the warm advance path, not only a cold deploy.',
};
