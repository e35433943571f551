/**
 * Files of data a user writes, format files and rule packs: JSON or YAML, read one way. The yaml
 * package is loaded only when a YAML file is read.
 */
import { promises as fs } from 'node:fs';

/** A data file that cannot be read or parsed; the message says which and why, without the file name. */
export class DataFileError extends Error {}

/** Names of the files a directory of data files contributes. */
export const DATA_FILE = /\.(?:json|ya?ml)$/i;

/**
 * The yaml package. It is CommonJS for Node: a split bundle's dynamic import hands it over as the
 * namespace's `default`, the plain build as named exports.
 */
async function loadYaml(): Promise<typeof import('yaml')> {
  const loaded = await import('yaml');
  if (typeof loaded.parse === 'function') return loaded;
  return (loaded as unknown as { default: typeof import('yaml') }).default;
}

/** JSON for `.json`, YAML for `.yaml`/`.yml`; a name with neither (a pipe) is JSON when it starts like JSON. */
function isJson(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  if (/\.ya?ml$/i.test(file)) return false;
  return /^\s*[{[]/.test(text);
}

export async function parseDataText(text: string, file: string): Promise<unknown> {
  if (isJson(file, text)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new DataFileError(`not valid JSON: ${(error as Error).message}`);
    }
  }
  const { parse } = await loadYaml();
  try {
    // YAML 1.2 core schema: `no` stays a string, as JSON would read it; aliases are bounded by the package.
    return parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new DataFileError(`not valid YAML: ${(error as Error).message.replace(/\n[\s\S]*/, '')}`);
  }
}

/** A data file's content; DataFileError when it cannot be read (unreadable is not malformed: it says which). */
export async function readDataFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new DataFileError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseDataText(text, file);
}
