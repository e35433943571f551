import type { Rule } from '../types.js';

const relationMissing = 'relation "(?<relation>[^"]+)" does not exist';
// pg_restore's and psql's own errors tell a harmful miss (COPY/INSERT of the dump's data) from a
// harmless one (`--clean` dropping a constraint of a table that was never there) only by what
// follows them: pg_restore's `Command was:` line, psql's COPY data spilling as `invalid command \.`.
// So they count through their own patterns, never as a bare relationMissing.
const notRestoreToolError = 'pg_restore: |psql:[^:\\s]*:\\d+: ERROR:';

export const pgRelationMissingAfterRestore: Rule = {
  id: 'pg-relation-missing-after-restore',
  title: 'postgres relation missing after a restore: the backup does not round-trip',
  classification: 'recipe-defect',
  severity: 'error',
  confidence: 0.85,
  scope: 'recipe',
  description:
    "A table seeded before the backup is missing after the restore (server log, psql, psycopg/psycopg2, Django or SQLAlchemy wording, a migration's UndefinedTable even when the process exits 0), and no restore post-hook replayed a dump; or pg_restore or psql itself cannot COPY/INSERT the dump's data because the relation does not exist (pg_restore's `Command was: COPY …`, psql's data rows spilling as `invalid command \\.`). A restore is seen as backupbot's `Restoring Snapshot`, restic's `restoring <Snapshot …>`, `abra app restore`, a `… | psql` replay, or the restore tier itself. Backing up the live PGDATA directory of a running postgres and restoring files over it does not bring the data back; a dump-only backup with a restore post-hook does. Deterministic: not the loaded-node race it was first taken for. pg_restore `--clean` (or a `pg_dump --clean` script in psql) failing to drop objects that were never there is harmless and not this rule.",
  references: ['seeds/002 journal 2026-06-18T00:05Z', 'LOG-FORMATS.md §4', 'dbeaver/dbeaver#41683', 'turbot/steampipe#1904', 'flynn/flynn#4287', 'thoughtbot/parity#180'],
  events: {
    relationMissing: { literals: ['does not exist'], message: relationMissing, exclude: notRestoreToolError },
    relationMissingInRestoreTier: { literals: ['does not exist'], tier: 'restore', message: relationMissing, exclude: notRestoreToolError },
    restoreRan: {
      literals: ['Restoring Snapshot', 'restoring <Snapshot', 'abra app restore ', '| psql '],
      // backupbot, restic (with or without a snapshot id), abra's restore command, a pg_dump | psql replay.
      message: '(?:Restoring Snapshot|restoring <Snapshot|abra app restore|\\| psql )(?: (?<snapshot>[0-9a-f]{8,64})\\b)?',
    },
    restorePostHook: { literals: ['restore.post-hook', 'pg_backup.sh restore'], text: 'restore\\.post-hook|pg_backup\\.sh restore' },
    pgRestoreRelationMissing: {
      literals: ['does not exist'],
      // Modern (`pg_restore: error:`) and pre-12 (`pg_restore: [archiver (db)]`) wordings.
      text: `pg_restore: (?:error: |\\[archiver \\(db\\)\\] )could not execute query: ERROR: +${relationMissing}`,
    },
    pgRestoreLoadCommand: { literals: ['Command was: COPY ', 'Command was: INSERT INTO '], message: 'Command was: (?:COPY|INSERT INTO) (?<relation>[\\w.]+)' },
    psqlRelationMissing: { literals: ['does not exist'], text: `psql:[^:\\s]*:\\d+: ERROR: +${relationMissing}` },
    // After a failed COPY … FROM stdin, psql reads the data rows as commands; the terminator `\.` is the last.
    psqlCopySpill: { literals: ['invalid command \\.'], text: 'invalid command \\\\\\.' },
  },
  condition: {
    any: [
      {
        all: [
          { any: [{ sequence: ['restoreRan', 'relationMissing'] }, { exists: 'relationMissingInRestoreTier' }] },
          { absent: 'restorePostHook' },
        ],
      },
      // The dump replay itself fails to load data, post-hook or not.
      { sameValue: ['pgRestoreRelationMissing', 'pgRestoreLoadCommand'], field: 'relation' },
      { all: [{ sequence: ['restoreRan', 'psqlRelationMissing'] }, { sequence: ['psqlRelationMissing', 'psqlCopySpill'] }] },
    ],
  },
  join: ['restoreRan'],
  rootCause:
    '{{#pgRestoreLoadCommand}}pg_restore could not load the dump\'s data into {{pgRestoreLoadCommand.relation}}: the relation does not exist in the database it restored into, so the backup does not round-trip (the dump carries data for a table it does not create: a data-only or partial dump, or a schema that was never restored).{{/pgRestoreLoadCommand}}' +
    '{{#psqlCopySpill}}psql could not COPY the dump\'s data into {{psqlRelationMissing.relation}} (its data rows then spilled as commands): the relation does not exist in the database it replayed into, so the backup does not round-trip.{{/psqlCopySpill}}' +
    '{{^pgRestoreLoadCommand}}{{^psqlCopySpill}}After the restore{{#restoreRan.snapshot}} of snapshot {{restoreRan.snapshot}}{{/restoreRan.snapshot}}, postgres has no relation "{{relation}}": the recipe\'s backup does not round-trip the database. No restore post-hook replayed a dump{{#restoreRan}}, so the restored files did not bring the data back{{/restoreRan}}.{{/psqlCopySpill}}{{/pgRestoreLoadCommand}}',
  fix: 'Back up a dump only (backupbot.backup.volumes.<vol>.path: backup.sql with a pre-hook that runs pg_dump) and add backupbot.restore.post-hook that replays it (the immich /pg_backup.sh restore pattern){{#pgRestoreLoadCommand}}; the dump must carry the schema as well as the data (no --data-only), and be replayed into an empty database{{/pgRestoreLoadCommand}}{{#psqlCopySpill}}; the dump psql replays must carry the schema as well as the data (no --data-only){{/psqlCopySpill}}. Never weaken the restore test.',
};
