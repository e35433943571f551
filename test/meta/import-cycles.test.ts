import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

const SRC = path.join(ROOT, 'src');

/** Every .ts file under src/, relative to it. */
function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : [];
  });
}

/**
 * What each file imports from src/: static imports, `import type`, re-exports and dynamic
 * `import()` alike (a type-only import is a dependency of the design, if not of the runtime).
 */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(SRC, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.') && name.endsWith('.js'))
      .map((name) => path.relative(SRC, path.resolve(SRC, path.dirname(file), name.replace(/\.js$/, '.ts'))))
      .filter((target) => !target.startsWith('..'));
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/**
 * Cycles as the paths that close them (`a → b → a`): every back edge of a depth-first walk, so a
 * graph with any cycle gives at least one.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string): void => {
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(next)), next];
        const key = [...new Set(cycle)].sort().join('\u0000');
        if (!seen.has(key)) { seen.add(key); cycles.push(cycle); }
      } else if (!state.has(next) && graph.has(next)) visit(next);
    }
    trail.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const graph = importGraph(sourceFiles());

test('the cycle finder finds the cycles of a graph that has some, and none in one that has none', () => {
  const cyclic = new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts', 'c.ts']], ['c.ts', ['b.ts']], ['d.ts', ['a.ts']]]);
  assert.equal(findCycles(cyclic), [['a.ts', 'b.ts', 'a.ts'], ['b.ts', 'c.ts', 'b.ts']]);
  assert.equal(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
});

test('the import graph is read from every file under src/', () => {
  assert.ok(graph.size > 100, `${graph.size} files`);
  assert.ok(graph.get('commands/scan.command.ts')?.includes('analyze.ts'), 'the scan command imports analyze.ts');
  assert.ok(graph.get('triage/summary.ts')?.includes('triage/verdict.ts'), 'import type and value imports alike');
});

test('no import cycle between files of src/ (type-only and dynamic imports included)', () => {
  const cycles = findCycles(graph).map((cycle) => cycle.join(' → '));
  assert.equal(cycles, [], `import cycles:\n${cycles.map((cycle) => `  ${cycle}`).join('\n')}`);
});

/** Every file `file` reaches through its imports, itself excluded. */
function reached(file: string): Set<string> {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    for (const next of graph.get(queue.pop()!) ?? []) if (!seen.has(next)) { seen.add(next); queue.push(next); }
  }
  return seen;
}

test('reporters read the result: none reaches the parsers, the scan or the analysis', () => {
  for (const reporter of [...graph.keys()].filter((f) => f.startsWith('reporters/'))) {
    const far = [...reached(reporter)]
      .filter((f) => /^(?:parsers|scan|inputs)\/|^analyze\.ts$|^triage\/summary\.ts$/.test(f));
    assert.equal(far, [], `${reporter} reaches ${far.join(', ')}`);
  }
});

/**
 * Rules are data: rules/ imports nothing from engine/ (the engine compiles rules, not the other
 * way round). These edges are still there, and removing them is issue 16's rule-schema work;
 * each must then leave this list too, so the list only shrinks.
 */
const RULES_TO_ENGINE_LEFT: string[] = [];

test('rules/ imports nothing from engine/ (but the edges the rule-schema work removes)', () => {
  const edges = [...graph].flatMap(([file, targets]) =>
    file.startsWith('rules/') ? targets.filter((t) => t.startsWith('engine/')).map((t) => `${file} → ${t}`) : []);
  const added = edges.filter((e) => !RULES_TO_ENGINE_LEFT.includes(e));
  const gone = RULES_TO_ENGINE_LEFT.filter((e) => !edges.includes(e));
  assert.equal(added, [], `rules/ must not import engine/: ${added.join(', ')}`);
  assert.equal(gone, [], `no longer imported: take them off RULES_TO_ENGINE_LEFT in this test: ${gone.join(', ')}`);
});

test.run();
