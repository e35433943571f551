/**
 * `npm run bundle` (after tsc, as `npm run build` runs it): the files bin/ loads, in dist/bundle/.
 *   cli.js, worker.js and chunks/  the CLI and the scan worker, split where they load on demand
 *   chevrotain.cjs                 chevrotain's release bundle as CommonJS (src/parsers/chevrotain.ts)
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'dist', 'bundle');

/** chevrotain's single-file release bundle: beside its entry point, which its exports map hides. */
function chevrotainReleaseBundle(): string {
  const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/chevrotain/lib/src/api.js
  return path.join(path.dirname(entry), '..', 'chevrotain.min.mjs');
}

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' } as const;

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [path.join(ROOT, 'src', 'cli.ts'), path.join(ROOT, 'src', 'scan', 'worker.ts')],
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  format: 'esm',
  minify: true,
  external: ['better-sqlite3', 'pg'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [chevrotainReleaseBundle()],
  outfile: path.join(OUT, 'chevrotain.cjs'),
  format: 'cjs',
  minify: true,
});
