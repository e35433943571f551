import { promises as fs } from 'node:fs';
import path from 'node:path';
import { validateExpected, type ExpectedCase } from './expected.js';

/** A corpus case as found on disk: its directory and its expected.json, or why that is unusable. */
export interface CorpusCase {
  name: string;
  dir: string;
  expected: ExpectedCase;
  error?: string;
}

/** Every case directory of a corpus (sorted by name), optionally only those whose name holds `only`. */
export async function loadCases(dir: string, only?: string): Promise<CorpusCase[]> {
  const names = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const cases: CorpusCase[] = [];
  for (const name of names) {
    if (only && !name.includes(only)) continue;
    const caseDir = path.join(dir, name);
    try {
      const expected = JSON.parse(await fs.readFile(path.join(caseDir, 'expected.json'), 'utf8')) as ExpectedCase;
      const problems = validateExpected(expected);
      cases.push(problems.length > 0 ? { name, dir: caseDir, expected, error: `expected.json: ${problems.join('; ')}` } : { name, dir: caseDir, expected });
    } catch (error) {
      cases.push({ name, dir: caseDir, expected: { description: '', findings: [] }, error: `expected.json: ${(error as Error).message}` });
    }
  }
  return cases;
}

/** The cases where a rule must fire, and the near-miss cases where it must stay quiet. */
export function ruleCoverage(cases: readonly CorpusCase[], ruleId: string): { fires: string[]; nearMiss: string[] } {
  return {
    fires: cases
      .filter((c) => c.expected.findings.some((f) => f.rule === ruleId && f.todo === undefined))
      .map((c) => c.name),
    nearMiss: cases.filter((c) => c.expected.nearMissFor?.includes(ruleId)).map((c) => c.name),
  };
}
