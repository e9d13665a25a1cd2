// The migration runner against a real, empty database (PGlite, or the server when DATABASE_URL is
// set), with small migration histories written to temp directories.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openThrowawayDatabase, type ThrowawayDatabase } from '@/test/support/throwaway-database';
import { applyMigrations, MigrationHistoryError, migrationStatus } from './apply-migrations';
import { readMigrationFiles } from './migration-files';

const M1 = '20260101000000_create_alpha';
const M2 = '20260102000000_create_beta';
const M3 = '20260103000000_add_gamma';

let database: ThrowawayDatabase;
let dir: string;

function writeMigration(name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

async function tableExists(table: string): Promise<boolean> {
  const rows = await database.conn.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS "exists"`, [table]);
  return rows[0]!.exists;
}

async function recordedMigrations(): Promise<string[]> {
  const rows = await database.conn.query<{ migration_name: string }>(
    'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
  );
  return rows.map((row) => row.migration_name);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ea-migrations-'));
  database = await openThrowawayDatabase();
  writeMigration(M1, 'CREATE TABLE alpha (id integer PRIMARY KEY, label text NOT NULL);\n');
  writeMigration(M2, "CREATE TABLE beta (id integer PRIMARY KEY);\nINSERT INTO alpha VALUES (1, 'one');\n");
});

afterEach(async () => {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('applyMigrations', () => {
  it('applies pending migrations in order, then nothing on a second run', async () => {
    expect(await applyMigrations(database.conn, readMigrationFiles(dir))).toEqual([M1, M2]);
    expect(await tableExists('beta')).toBe(true);
    expect(await database.conn.query('SELECT label FROM alpha')).toEqual([{ label: 'one' }]);

    expect(await applyMigrations(database.conn, readMigrationFiles(dir))).toEqual([]);
    expect(await database.conn.query('SELECT label FROM alpha')).toEqual([{ label: 'one' }]); // M2 not re-run

    writeMigration(M3, 'ALTER TABLE alpha ADD COLUMN gamma integer;\n');
    expect(await migrationStatus(database.conn, readMigrationFiles(dir))).toEqual({ applied: [M1, M2], pending: [M3] });
    expect(await applyMigrations(database.conn, readMigrationFiles(dir))).toEqual([M3]);
    expect(await recordedMigrations()).toEqual([M1, M2, M3]);
  });

  it('records the same checksum Prisma does (SHA-256 of the file)', async () => {
    await applyMigrations(database.conn, readMigrationFiles(dir));
    const rows = await database.conn.query<{ checksum: string }>(
      `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`,
      [M1],
    );
    const bytes = fs.readFileSync(path.join(dir, M1, 'migration.sql'));
    expect(rows[0]!.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuses a migration edited after it was applied, naming it, and applies nothing', async () => {
    await applyMigrations(database.conn, readMigrationFiles(dir));
    writeMigration(M1, 'CREATE TABLE alpha (id bigint PRIMARY KEY, label text NOT NULL);\n');
    writeMigration(M3, 'CREATE TABLE gamma (id integer);\n');

    const attempt = applyMigrations(database.conn, readMigrationFiles(dir));
    await expect(attempt).rejects.toBeInstanceOf(MigrationHistoryError);
    await expect(attempt).rejects.toThrow(new RegExp(`${M1} was edited`));
    expect(await tableExists('gamma')).toBe(false);
    expect(await recordedMigrations()).toEqual([M1, M2]);
  });

  it('refuses a database that has a migration the code does not know, naming it', async () => {
    await applyMigrations(database.conn, readMigrationFiles(dir));
    fs.rmSync(path.join(dir, M2), { recursive: true });

    await expect(applyMigrations(database.conn, readMigrationFiles(dir))).rejects.toThrow(
      new RegExp(`database has migration ${M2}, which is not in prisma/migrations`),
    );
    await expect(migrationStatus(database.conn, readMigrationFiles(dir))).rejects.toBeInstanceOf(MigrationHistoryError);
  });

  it('rolls a failing migration back entirely and can apply it once fixed', async () => {
    writeMigration(M3, 'CREATE TABLE half_done (id integer);\nINSERT INTO no_such_table VALUES (1);\n');

    const attempt = applyMigrations(database.conn, readMigrationFiles(dir));
    await expect(attempt).rejects.toThrow(new RegExp(`Migration ${M3} failed and was rolled back: .*no_such_table`));
    expect(await tableExists('half_done')).toBe(false);
    expect(await recordedMigrations()).toEqual([M1, M2]); // the earlier ones stay applied, M3 left no row

    writeMigration(M3, 'CREATE TABLE half_done (id integer);\n');
    expect(await applyMigrations(database.conn, readMigrationFiles(dir))).toEqual([M3]);
    expect(await tableExists('half_done')).toBe(true);
  });
});
