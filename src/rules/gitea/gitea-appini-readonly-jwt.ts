import type { Rule } from '../types.js';

export const giteaAppIniReadonlyJwt: Rule = {
  id: 'gitea-appini-readonly-jwt',
  title: 'gitea cannot persist a generated secret: app.ini is on a read-only file system',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.9,
  scope: 'recipe',
  description:
    'gitea/forgejo generates a secret (JWT_SECRET, the LFS JWT secret, oauth2.JWT_SECRET, INTERNAL_TOKEN) at start-up and must save it to app.ini. When app.ini is read-only (a docker config, a Kubernetes ConfigMap, a read-only bind mount) the save fails and the process exits; on the warm advance, which reattaches an older config volume, gitea crash-loops. Every wording since 1.8 is recognised, with or without gitea\'s own date and caller (a line pasted from kubectl or k9s has none). `permission denied` (file ownership) and `no such file or directory` (a missing app.ini) are different causes and not this rule.',
  references: ['seeds/002 journal 2026-06-18T00:14Z', 'LOG-FORMATS.md §1.2', 'go-gitea/gitea#7263, #9164, #31169', 'rhpds/openshift-gitea-image#4', 'tektoncd/pipelines-as-code#1321'],
  events: {
    secretSaveFailed: {
      literals: [': read-only file'],
      // No format or level: gitea's save wording, a generated secret's name and a read-only app.ini
      // together are specific enough, and a line copied from kubectl or k9s carries no gitea prefix.
      // Two linear regexes rather than one `secret … path` regex, which backtracks quadratically on hostile lines.
      message: '(?:[Ss]aving (?:generated |generating )?|save (?:oauth2\\.|server\\.)?)(?<secret>(?:LFS_)?JWT_SECRET|JWT [Ss]ecret|INTERNAL_TOKEN)\\b',
      text: "open (?<path>[^\\s:\"']*app\\.ini): read-only file",
    },
    warmAdvance: { kind: 'promote-start', fields: { mode: 'advance' } },
    // Optional evidence that selects a sentence of the root cause: `docker stack deploy` creating
    // a config for app.ini (docker/cli prints `Creating config <name>`) …
    // (Two regexes: one `name containing app_ini` regex backtracks quadratically.)
    appIniDockerConfig: { literals: ['Creating config '], message: '^Creating config (?<dockerConfig>[\\w.-]+)$', text: 'app[._]ini' },
    // … and the image's entrypoint failing to chown app.ini (go-gitea/gitea#31169): a read-only mount.
    appIniReadOnlyMount: { literals: ['Read-only file system'], message: '^chown: (?<readOnlyPath>\\S*app\\.ini): Read-only file system$' },
  },
  condition: { exists: 'secretSaveFailed' },
  join: ['warmAdvance', 'appIniDockerConfig', 'appIniReadOnlyMount'],
  rootCause:
    'gitea cannot save its generated {{secret}} to {{path}}: the file is on a read-only file system' +
    '{{#secretSaveFailed.level=fatal}}, and gitea exits at start-up{{/secretSaveFailed.level=fatal}}' +
    '{{#secretSaveFailed.task>=2}}; every restarted task ({{secretSaveFailed.task}}) failed the same way: the service crash-loops{{/secretSaveFailed.task>=2}}.' +
    '{{#appIniDockerConfig}} The stack deploys app.ini as a docker config ({{dockerConfig}}), and docker configs are mounted read-only by design.{{/appIniDockerConfig}}' +
    '{{#appIniReadOnlyMount}} The container could not chown {{readOnlyPath}} either: app.ini is a read-only mount.{{/appIniReadOnlyMount}}' +
    '{{#warmAdvance}} This happened on the warm advance, which reattaches the retained volumes of an older version.{{/warmAdvance}}',
  fix: 'Make app.ini writable for gitea: render it into a writable volume (e.g. an entrypoint that copies the template once){{#appIniDockerConfig}} instead of mounting it as a docker config{{/appIniDockerConfig}}, or supply {{secret}} in the configuration so gitea never rewrites app.ini.{{#warmAdvance}} Verify on the warm advance path, not only a cold deploy.{{/warmAdvance}}',
};
