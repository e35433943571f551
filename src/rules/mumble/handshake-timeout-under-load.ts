import type { Rule } from '../types.js';

export const handshakeTimeoutUnderLoad: Rule = {
  id: 'handshake-timeout-under-load',
  title: 'protocol handshake test failed while the node was loaded by concurrent deploys',
  classification: 'load-flake',
  severity: 'warning',
  confidence: 0.5,
  scope: 'test',
  description:
    'A handshake/readiness test failed in a run where other recipes were deploying at the same time. The test already retries; under contention the server may not finish its handshake inside the budget. From one run this is only a hypothesis: a green re-run of the same version alone confirms it, a red isolated run refutes it.',
  reconstruction:
    "The journal names the failing test and its retry budget (12 attempts, 5 s apart), not its failure message; the corpus's message is a reconstruction in pytest's format.",
  references: ['seeds/002 journal 2026-06-18T00:18Z and 00:25Z'],
  events: {
    handshakeFailed: {
      kind: ['test-case', 'test-result'],
      literals: ['handshake'],
      fields: { outcome: ['failed', 'error'] },
      match: { test: 'handshake' },
    },
  },
  condition: { all: [{ exists: 'handshakeFailed' }, { concurrency: { gte: 2 } }] },
  genuineClassification: 'recipe-defect',
  rootCause:
    '{{test}} failed while {{concurrency}} recipes were deploying on the node at once: the handshake did not complete inside its retry budget under load.',
  fix: 'Stabilize the harness for load: a readiness gate before the custom tier, a longer or smarter handshake budget, or serialize heavy deploys. Confirm by re-running {{recipe}} alone.',
};
