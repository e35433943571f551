/**
 * Reads user format files (`--formats <file|dir>`, and the default directory): JSON or YAML,
 * validated against the schema's rules, built into a format set and every sample checked, so a
 * mistake is an error at load naming the file, the format and the field, never a silent miss.
 */
import { promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FormatDefinitionError, type LoadedFormat } from './definition.js';
import { buildFormatSet, checkSamples } from './format-set.js';
import { DATA_FILE, DataFileError, readDataFile } from '../../data-file.js';

/** The default user directory: $REDFIX_FORMATS_DIR, else ${XDG_CONFIG_HOME:-~/.config}/redfix-forensics/formats. */
export function defaultFormatsDir(env: NodeJS.ProcessEnv): { dir: string; explicit: boolean } {
  if (env.REDFIX_FORMATS_DIR) return { dir: env.REDFIX_FORMATS_DIR, explicit: true };
  const config = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return { dir: path.join(config, 'redfix-forensics', 'formats'), explicit: false };
}

async function formatFiles(target: string, option: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    throw new FormatDefinitionError(`${option} ${target}`, undefined, '', 'no such file or directory');
  }
  if (stat.isFile()) return [target];
  // A pipe or a device is not a format file: reading one could block or never end.
  if (!stat.isDirectory()) throw new FormatDefinitionError(`${option} ${target}`, undefined, '', 'not a file or a directory');
  const names = (await fs.readdir(target)).filter((n) => DATA_FILE.test(n)).sort();
  if (names.length === 0 && option === '--formats') throw new FormatDefinitionError(`${option} ${target}`, undefined, '', 'the directory holds no .json, .yaml or .yml format files');
  return names.map((n) => path.join(target, n));
}

/** A file's text as data: JSON or YAML. */
async function parseFile(file: string): Promise<unknown> {
  try {
    return await readDataFile(file);
  } catch (error) {
    if (error instanceof DataFileError) throw new FormatDefinitionError(file, undefined, '', error.message);
    throw error;
  }
}

/**
 * Whether the default directory exists: asked on every start, synchronously, because the first
 * use of fs.promises loads its module and more (on Node 24 readline's too), about 1.5 ms.
 */
function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The user formats of the default directory (when `useDefault` and it exists) and of each
 * `--formats` target, validated and sample-checked. Throws FormatDefinitionError.
 */
export async function loadFormats(
  targets: readonly string[],
  options: { env?: NodeJS.ProcessEnv; useDefault?: boolean } = {},
): Promise<LoadedFormat[]> {
  const files: string[] = [];
  if (options.useDefault) {
    const { dir, explicit } = defaultFormatsDir(options.env ?? process.env);
    const exists = isDirectory(dir);
    if (exists) files.push(...(await formatFiles(dir, 'REDFIX_FORMATS_DIR')));
    else if (explicit) throw new FormatDefinitionError(`REDFIX_FORMATS_DIR ${dir}`, undefined, '', 'not a directory');
  }
  for (const target of targets) files.push(...(await formatFiles(target, '--formats')));
  // A file named twice (in the default directory and with --formats) is read once, not refused as a duplicate.
  const unique = [...new Map(files.map((f) => [path.resolve(f), f])).values()];
  if (unique.length === 0) return [];
  const { validateFormatFile } = await import('./validate.js');
  const loaded: LoadedFormat[] = [];
  for (const file of unique) {
    for (const definition of validateFormatFile(await parseFile(file), file)) loaded.push({ definition, origin: file });
  }
  checkSamples(await buildFormatSet(loaded));
  return loaded;
}
