import { readFileSync } from 'node:fs';

/** The package version, read once from the package.json this module was built from. */
export const TOOL_NAME = 'redfix-forensics';
export const TOOL_VERSION: string = (() => {
  // dist/src/version.js (tsc) and dist/bundle/chunks/*.js (the bundle) sit at different depths.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === TOOL_NAME && pkg.version) return pkg.version;
    } catch {
      // Not at this depth.
    }
  }
  return '0.0.0';
})();
