/**
 * `npm run wasm`: compiles the WebAssembly text sources (src/prefilter/wasm/*.wat) and writes each
 * binary, base64, into the module the matcher imports (a bundle then carries it with no file to
 * find at run time). A test compiles them again and compares, so a source and its binary cannot
 * drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASM_SOURCES, compileWat, binaryModuleSource } from './wasm-sources.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

for (const source of WASM_SOURCES) {
  const { wat, binaryModule } = source;
  const bytes = await compileWat(readFileSync(path.join(ROOT, wat), 'utf8'), wat);
  writeFileSync(path.join(ROOT, binaryModule), binaryModuleSource(bytes, source));
  console.log(`${wat}: ${bytes.length} bytes -> ${binaryModule}`);
}
