/**
 * Preloaded with `--import` into a run of the binary: on exit it writes what the run loaded to
 * $LOADED_MODULES_FILE, one JSON object: Node's built-in modules, the CommonJS files and, with
 * $LOADED_MODULES_ESM=1, every URL the ES module loader resolved (recorded by resolve-recorder.js
 * in the loader's own thread, whose start loads worker_threads: the built-ins are then not the run's alone).
 */
import { createRequire, register } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.LOADED_MODULES_FILE;
if (file === undefined) throw new Error('LOADED_MODULES_FILE is not set');
const esmFile = process.env.LOADED_MODULES_ESM === '1' ? `${file}.esm` : undefined;
if (esmFile !== undefined) {
  writeFileSync(esmFile, '');
  register('./resolve-recorder.js', { parentURL: import.meta.url, data: { file: esmFile } });
}

/** Node's own list of what it loaded (undocumented, there since Node 0.x): `NativeModule fs` … */
const { moduleLoadList } = process as unknown as { moduleLoadList: string[] };

process.on('exit', () => {
  const builtins = moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  const commonjs = Object.keys(createRequire(import.meta.url).cache);
  const esm = esmFile === undefined ? [] : readFileSync(esmFile, 'utf8').split('\n').filter((url) => url !== '');
  writeFileSync(file, JSON.stringify({ builtins, commonjs, esm }));
});
