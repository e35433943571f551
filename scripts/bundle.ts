/**
 * `npm run bundle` (after tsc, as `npm run build` runs it): the files bin/ loads, in dist/bundle/.
 *   code-cache.cjs  src/code-cache.ts, which bin/ requires: CommonJS, as Node's built-ins are
 *                   cheaper to load there (an ES module's import of node:fs loads all of fs's
 *                   lazily loaded parts, its promises API and streams, about 6 ms on Node 24)
 *   cli.cjs         the CLI, one CommonJS file: bin/ compiles it through its code cache
 *                   (src/code-cache.ts), which V8 offers for a script, not for an ES module. What
 *                   loads on demand (reporters, commands, the junit parser, the linear-time regex
 *                   engine) is in it but runs, and is compiled, only when used. It ends with a line
 *                   holding its SHA-256, which names the build its cache was made from.
 *   worker.js       the scan worker, an ES module
 *   chevrotain.cjs  chevrotain's release bundle as CommonJS (src/parsers/chevrotain.ts)
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'dist', 'bundle');
const CLI = path.join(OUT, 'cli.cjs');

/** chevrotain's single-file release bundle: beside its entry point, which its exports map hides. */
function chevrotainReleaseBundle(): string {
  const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/chevrotain/lib/src/api.js
  return path.join(path.dirname(entry), '..', 'chevrotain.min.mjs');
}

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  external: ['better-sqlite3', 'pg'],
};

/**
 * commander requires node:child_process when it loads, for executable subcommands (a subcommand
 * that is a program of its own), which this CLI has none of; with it came net, dgram and the rest
 * of child_process: about 1 ms of every start, and net is otherwise not loaded when stdout is a
 * file. commander gets a stand-in that requires the module on the first use of any of its names.
 */
const lazyChildProcessForCommander: Plugin = {
  name: 'lazy-child-process-for-commander',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:child_process$/ }, (args) =>
      (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-for-commander' } : undefined));
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-for-commander' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * The CLI as one script. `import.meta.url` (the modules that find files beside themselves) is the
 * bundle's own URL; any other use of import.meta would be empty in a script, so it fails the build.
 */
async function buildCli(): Promise<void> {
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'src', 'cli.ts')],
    outfile: CLI,
    format: 'cjs',
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logOverride: { 'empty-import-meta': 'error' },
    plugins: [lazyChildProcessForCommander],
  });
  const code = readFileSync(CLI, 'utf8');
  // bin/ compiles the bundle as a plain script, which has no loader for import().
  if (/\bimport\(/.test(code)) throw new Error(`${CLI} holds an import() call: a script cannot run it`);
  writeFileSync(CLI, `${code}//# bundle-sha256=${createHash('sha256').update(code).digest('hex')}\n`);
}

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [path.join(ROOT, 'src', 'code-cache.ts')],
  outfile: path.join(OUT, 'code-cache.cjs'),
  format: 'cjs',
});
await buildCli();
await build({
  ...common,
  entryPoints: [path.join(ROOT, 'src', 'scan', 'worker.ts')],
  outfile: path.join(OUT, 'worker.js'),
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [chevrotainReleaseBundle()],
  outfile: path.join(OUT, 'chevrotain.cjs'),
  format: 'cjs',
});
