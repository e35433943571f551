/**
 * Preloaded with `--import` into a run of the binary: on exit it writes what the run loaded to
 * $LOADED_MODULES_FILE, one JSON object: Node's built-in modules (those Node had not loaded to
 * start), the CommonJS files, which of process.stdin, stdout and stderr were made and, with $LOADED_MODULES_ESM=1,
 * every URL the ES module loader resolved (recorded by resolve-recorder.js in the loader's own
 * thread, whose start loads worker_threads: the built-ins are then not the run's alone).
 */
import { createRequire, register } from 'node:module';

// Required, not imported: importing node:fs as an ES module loads every lazily loaded part of fs
// (its promises API, streams), which would hide whether the run itself loads them.
const require = createRequire(import.meta.url);
const { readFileSync, writeFileSync } = require('node:fs') as typeof import('node:fs');

const file = process.env.LOADED_MODULES_FILE;
if (file === undefined) throw new Error('LOADED_MODULES_FILE is not set');
const esmFile = process.env.LOADED_MODULES_ESM === '1' ? `${file}.esm` : undefined;
if (esmFile !== undefined) {
  writeFileSync(esmFile, '');
  register('./resolve-recorder.js', { parentURL: import.meta.url, data: { file: esmFile } });
}

/** Node's own list of what it loaded (undocumented, there since Node 0.x): `NativeModule fs` … */
const { moduleLoadList } = process as unknown as { moduleLoadList: string[] };
/** What Node loaded to start (Node 20's ES module loader reads files with fs.promises): not the run's. */
const loadedToStart = new Set(moduleLoadList);

/** Which of process.stdin, stdout and stderr the run made, each a stream object of its own (a net.Socket on a pipe). */
const made = new Set<string>();
for (const name of ['stdin', 'stdout', 'stderr']) {
  const property = Object.getOwnPropertyDescriptor(process, name)!;
  Object.defineProperty(process, name, {
    ...property,
    get(): unknown {
      made.add(name);
      return property.get!.call(process);
    },
  });
}

process.on('exit', () => {
  const builtins = moduleLoadList
    .filter((m) => m.startsWith('NativeModule ') && !loadedToStart.has(m))
    .map((m) => m.slice('NativeModule '.length));
  const commonjs = Object.keys(require.cache);
  const esm = esmFile === undefined ? [] : readFileSync(esmFile, 'utf8').split('\n').filter((url) => url !== '');
  writeFileSync(file, JSON.stringify({ builtins, commonjs, esm, streamsMade: [...made] }));
});
