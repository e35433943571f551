import type { Rule } from '../types.js';

export const annotatedTagRevertedTree: Rule = {
  id: 'annotated-tag-reverted-tree',
  title: 'the pinned deploy of an annotated tag reverted the recipe tree under test',
  classification: 'harness-defect',
  severity: 'error',
  confidence: 0.7,
  scope: 'recipe',
  description:
    "A non-chaos (pinned) deploy of an annotated tag checks the tag out in the per-run tree, undoing the recipe change being verified; the tests then look for the changed service and find no container. The harness path, not the recipe change, is at fault: verify such changes with a chaos deploy.",
  reconstruction: 'The journal quotes `no running container _pds`; the checkout line marking the tag annotated is a reconstruction.',
  references: ['seeds/002 journal 2026-06-18T03:30Z'],
  events: {
    pinnedAnnotatedCheckout: { kind: 'checkout', fields: { tagKind: 'annotated' } },
    noRunningContainer: { literals: ['no running container'], message: 'no running container (?<container>[\\w.-]+)' },
  },
  condition: { sequence: ['pinnedAnnotatedCheckout', 'noRunningContainer'] },
  rootCause:
    'The tests found no running container {{container}}: the pinned deploy of annotated tag {{version}} checked the tag out over the per-run tree, so the recipe change under test was never deployed.',
  fix: 'Verify unmerged recipe changes through a chaos deploy (or a tag that carries the change); make the harness refuse a pinned checkout that would discard a local change.',
};
