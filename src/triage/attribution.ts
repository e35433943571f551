/**
 * Which recipe, tier and test an event belongs to, from the evidence's own structure only:
 * the run's RECIPE= line, the directory under the run root, junit paths and classnames, and
 * stack/service names. Addresses or names inside a message never attribute anything (the
 * shared-proxy IPs in bluesky's Caddy errors belong to other stacks, not to this run's recipes).
 */
export const KNOWN_TIERS = ['install', 'upgrade', 'backup', 'restore', 'custom', 'promote'] as const;

/** Directories of a run layout that are not recipe names. */
const STRUCTURAL_DIRS = new Set(['junit', 'services', 'logs', 'log', 'caddy', 'artifacts', 'input', 'reports']);

/** `<run>/<recipe>/…` → recipe, when the input sits below a recipe directory. */
export function recipeFromRelativePath(relative: string | undefined): string | undefined {
  if (!relative) return undefined;
  const segments = relative.split('/');
  if (segments.length < 2) return undefined;
  const first = segments[0];
  return STRUCTURAL_DIRS.has(first) || first.startsWith('.') ? undefined : first;
}

/**
 * The compose service of a container `docker compose` says exited: v1 `<project>_<service>_<n>`,
 * v2 `<project>-<service>-<n>` (the name its log lines carry, replica index dropped).
 */
export function serviceOfExitedContainer(message: string): string | undefined {
  const name = /^(\S+) exited with code \d+/.exec(message)?.[1];
  if (name === undefined) return undefined;
  const base = name.replace(/[-_]\d+$/, '');
  const cut = base.indexOf('_');
  return cut > 0 ? base.slice(cut + 1) : base;
}

/**
 * A `docker service ps` row (`<task id>  \\_ failer.1  alpine:3.4  node02  Shutdown  Failed …`): the
 * task's service.
 */
export function serviceOfTaskRow(message: string): string | undefined {
  return /^\s*[a-z0-9]{12,25}\s+(?:\\_ +)?([\w.-]+?)\.\d+\s/.exec(message)?.[1];
}

/** systemd speaking of a unit (`caddy@app.service: Main process exited, …`): that unit's line. */
export function serviceOfSystemdLine(message: string): string | undefined {
  return /^([\w@.:-]+?)\.(?:service|socket|mount|timer): /.exec(message)?.[1];
}

/** `warm-gitea.ci.example.net` in an abra or harness line → gitea. */
export function recipeFromWarmDomain(message: string): string | undefined {
  const m = /\bwarm-(?:canon-)?([a-z0-9][a-z0-9-]*)\.[a-z0-9-]+\.[a-z]/.exec(message);
  return m?.[1];
}

/** `warm-canon-keycloak_ci_…`, `warm-gitea_ci_…`, `gitea_…` → the recipe. */
export function recipeFromStack(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const head = stack.split('_')[0];
  const recipe = head.replace(/^warm-canon-/, '').replace(/^warm-/, '');
  return recipe.length > 0 ? recipe : undefined;
}

export function isWarmStack(stack: string | undefined): boolean {
  return stack !== undefined && stack.startsWith('warm-');
}

/** `tests/<recipe>/…` in a pytest node id, a junit file attribute, or a dotted classname. */
export function recipeFromTestPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const slashed = /(?:^|\/)tests\/([\w.-]+)\//.exec(path);
  if (slashed) return slashed[1];
  const dotted = /(?:^|\.)tests\.([\w-]+)\./.exec(path);
  return dotted?.[1];
}

/** `restore__cc-ci__test_restore.xml` → restore. */
export function tierFromJunitFileName(fileName: string): string | undefined {
  const m = /^([\w-]+?)__[\w.-]+?__[\w.-]+\.xml$/i.exec(fileName);
  return m?.[1];
}

/** A known tier as a path segment (`custom/test_x.py`) or module name (`test_restore.py`). */
export function tierFromTestPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  for (const segment of path.split(/[/.]/)) {
    if ((KNOWN_TIERS as readonly string[]).includes(segment)) return segment;
    const module = /^test_(\w+)$/.exec(segment);
    if (module && (KNOWN_TIERS as readonly string[]).includes(module[1])) return module[1];
  }
  return undefined;
}

/**
 * A test's identity across junit and pytest output: `<module file>::<name>`. junit classnames
 * are dotted (`tests.mumble.custom.test_protocol_handshake`), pytest node ids are paths.
 */
export function testKey(nodeIdOrClassname: string | undefined, name?: string): string | undefined {
  if (name === undefined) {
    if (!nodeIdOrClassname) return undefined;
    // The node id's file part loses its directories; the rest (`::class::name[params]`) stays as
    // it is. Sliced, not split and joined: every pytest result line of a run comes through here.
    const sep = nodeIdOrClassname.indexOf('::');
    const fileEnd = sep < 0 ? nodeIdOrClassname.length : sep;
    const base = nodeIdOrClassname.lastIndexOf('/', fileEnd - 1) + 1;
    return base === 0 ? nodeIdOrClassname : nodeIdOrClassname.slice(base);
  }
  if (!nodeIdOrClassname) return name;
  if (nodeIdOrClassname.endsWith('.py')) return `${nodeIdOrClassname.split('/').pop()}::${name}`;
  const parts = splitClassname(nodeIdOrClassname);
  if (!parts) return `${nodeIdOrClassname}::${name}`;
  return [`${parts.modulePath[parts.modulePath.length - 1]}.py`, ...parts.classes, name].join('::');
}

/**
 * A dotted junit classname split at its test module (the last `test_*` or `*_test` segment):
 * `tests.mumble.test_x.TestY` → module path [tests, mumble, test_x], classes [TestY].
 */
function splitClassname(classname: string): { modulePath: string[]; classes: string[] } | undefined {
  const segments = classname.split('.');
  const moduleIndex = segments.findLastIndex((s) => /^test_|_test$/.test(s));
  if (moduleIndex < 0) return undefined;
  return { modulePath: segments.slice(0, moduleIndex + 1), classes: segments.slice(moduleIndex + 1) };
}

/** The fuller display form of a junit case: `tests/mumble/custom/test_protocol_handshake.py::test_x`. */
export function junitNodeId(
  classname: string | undefined,
  name: string | undefined,
  file: string | undefined,
): string | undefined {
  if (!name) return classname;
  if (file) return `${file}::${name}`;
  if (!classname) return name;
  const parts = splitClassname(classname);
  if (!parts) return `${classname}::${name}`;
  return [`${parts.modulePath.join('/')}.py`, ...parts.classes, name].join('::');
}
