import type { Rule } from '../types.js';

const relationMissing = 'relation "(?<relation>[^"]+)" does not exist';

export const pgRelationMissingAfterRestore: Rule = {
  id: 'pg-relation-missing-after-restore',
  title: 'postgres relation missing after a restore: the backup does not round-trip',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.85,
  scope: 'recipe',
  description:
    'A table seeded before the backup is missing after the restore (server log, psql, psycopg/psycopg2, Django or SQLAlchemy wording), and no restore post-hook replayed a dump. Backing up the live PGDATA directory of a running postgres and restoring files over it does not bring the data back; a dump-only backup with a restore post-hook does. Deterministic: not the loaded-node race it was first taken for.',
  references: ['seeds/002 journal 2026-06-18T00:05Z', 'LOG-FORMATS.md §4'],
  events: {
    relationMissing: { literals: ['does not exist'], message: relationMissing },
    relationMissingInRestoreTier: { literals: ['does not exist'], tier: 'restore', message: relationMissing },
    restoreRan: { literals: ['Restoring Snapshot'], message: 'Restoring Snapshot (?<snapshot>[0-9a-f]+) at (?<target>\\S+)' },
    restorePostHook: { literals: ['restore.post-hook', 'pg_backup.sh restore'], text: 'restore\\.post-hook|pg_backup\\.sh restore' },
  },
  condition: {
    all: [
      { any: [{ sequence: ['restoreRan', 'relationMissing'] }, { exists: 'relationMissingInRestoreTier' }] },
      { absent: 'restorePostHook' },
    ],
  },
  join: ['restoreRan'],
  rootCause:
    'After the restore, postgres has no relation "{{relation}}": the recipe\'s backup does not round-trip the database. No restore post-hook replayed a dump, so the restored (hot-copied) PGDATA does not bring the data back.',
  fix: 'Back up a dump only (backupbot.backup.volumes.<vol>.path: backup.sql with a pre-hook that runs pg_dump) and add backupbot.restore.post-hook that replays it (the immich /pg_backup.sh restore pattern). Never weaken the restore test.',
};
