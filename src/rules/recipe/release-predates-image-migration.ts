import type { Rule } from '../types.js';

export const releasePredatesImageMigration: Rule = {
  id: 'release-predates-image-migration',
  title: 'the release under test still ships a deprecated bitnamilegacy image that the upgrade test rightly rejects',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.8,
  scope: 'recipe',
  description:
    "An upgrade-tier assertion expects the official image while the head deployed from the latest release still runs `bitnamilegacy/<app>` (and its sidekiq service). The deploy itself converged: this is not a deploy timeout or FATA. The canon triage first blamed a deploy FATA, then a stale test; the evidence settled it: the test is correct and the release predates the migration it demands.",
  reconstruction:
    'The journal states what the two discourse overlay tests assert and what they found, not their assertion text; the failure messages in the corpus follow pytest junit conventions with that content.',
  references: ['seeds/002 journal 2026-06-17T23:40Z and 2026-06-18T01:25Z'],
  events: {
    officialImageExpected: {
      kind: ['test-case', 'test-result', 'test-detail'],
      literals: ['bitnamilegacy/'],
      fields: { outcome: ['failed', 'error'] },
      tier: 'upgrade',
      message: 'bitnamilegacy/(?<legacyImage>[\\w.-]+:[\\w.+-]+)',
      text: 'expected (?:official )?(?<officialImage>[\\w.-]+/[\\w.-]+:[\\w.+-]+)',
    },
    sidekiqStillShipped: {
      kind: ['test-case', 'test-result'],
      literals: ['sidekiq'],
      fields: { outcome: ['failed', 'error'] },
      tier: 'upgrade',
      message: "'sidekiq'",
    },
  },
  condition: { exists: 'officialImageExpected' },
  join: ['sidekiqStillShipped'],
  rootCause:
    'The release under test still ships bitnamilegacy/{{legacyImage}}; the upgrade test expects the official {{officialImage}}. The migration off the deprecated image exists in no release yet, so the (correct) test fails whenever the latest tag is tested.',
  fix: 'Release the migration to the official image (the open migration PR), then re-test. Do not weaken or drop the upgrade test.',
};
