// Applies committed migrations the way `prisma migrate deploy` does (same _prisma_migrations table,
// same advisory lock), but each migration inside a transaction, so a failure leaves nothing half-done.
import { randomUUID } from 'node:crypto';
import type { SqlConnection } from '../sql-connection';
import { type MigrationFile, readMigrationFiles } from './migration-files';

export class MigrationHistoryError extends Error {}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

// Prisma's own lock id, so this runner and `prisma migrate deploy` never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

async function readApplied(conn: SqlConnection): Promise<AppliedRow[]> {
  const exists = await conn.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!exists[0]?.exists) return [];
  return conn.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
}

/** Compares the database's history with the files; throws on any divergence. */
export function compareHistory(files: MigrationFile[], applied: AppliedRow[]): MigrationStatus {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied) {
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationHistoryError(
        `The database has migration ${row.migration_name}, which is not in prisma/migrations: it was made by other code. Deploy the code that has it, or resolve the history by hand.`,
      );
    }
    if (!row.finished_at) {
      throw new MigrationHistoryError(
        `Migration ${row.migration_name} failed or is still running in this database; fix it and mark it rolled back before migrating again.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationHistoryError(
        `Migration ${row.migration_name} was edited after it was applied (checksum differs); restore the committed file and add a new migration instead.`,
      );
    }
  }
  const appliedNames = new Set(applied.map((row) => row.migration_name));
  return {
    applied: files.filter((file) => appliedNames.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !appliedNames.has(file.name)).map((file) => file.name),
  };
}

export async function migrationStatus(conn: SqlConnection, files = readMigrationFiles()): Promise<MigrationStatus> {
  return compareHistory(files, await readApplied(conn));
}

/** Applies the pending migrations; idempotent. Returns the names it applied. */
export async function applyMigrations(conn: SqlConnection, files = readMigrationFiles()): Promise<string[]> {
  await conn.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await conn.exec(CREATE_TABLE);
    const { pending } = compareHistory(files, await readApplied(conn));
    for (const name of pending) {
      const file = files.find((candidate) => candidate.name === name)!;
      await conn.exec('BEGIN');
      try {
        await conn.exec(file.sql);
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
        await conn.exec('COMMIT');
      } catch (error) {
        await conn.exec('ROLLBACK');
        throw new MigrationHistoryError(`Migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return pending;
  } finally {
    await conn.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}
