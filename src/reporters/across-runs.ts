import type { AcrossRun, Finding } from '../engine/findings.js';

/** Version, load and start of one compared run: the same words in every format. */
export function acrossRunFacts(a: AcrossRun): string {
  const load = a.concurrency === undefined ? undefined : a.concurrency > 1 ? `${a.concurrency} recipes at once` : 'alone';
  return [a.version ? `version ${a.version}` : 'version unknown', load, a.started, a.detail].filter(Boolean).join(', ');
}

/**
 * The runs a finding was compared across, one line each: what a reader needs to see why it is
 * (or is not) called a flake. Shared by the plain-text formats.
 */
export function acrossRunsLines(finding: Finding): string[] {
  return (finding.acrossRuns ?? []).map((a) => {
    const result = a.result === 'fail' ? 'red' : a.result === 'pass' ? 'green' : 'not run';
    return `${result}: ${a.run}, ${acrossRunFacts(a)}`;
  });
}
