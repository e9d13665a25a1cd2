// An empty database of the same kind as this test run's (a server database or a PGlite directory),
// for tests that need a history of their own instead of the worker's migrated database.
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { DatabaseConfig } from '@/lib/db/config';
import { closePglite } from '@/lib/db/pglite-instance';
import { openSqlConnection, type SqlConnection } from '@/lib/db/sql-connection';
import { createDatabase, dropDatabases, TEST_DB_PREFIX } from './test-databases';

export interface ThrowawayDatabase {
  config: DatabaseConfig;
  conn: SqlConnection;
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

export async function openThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const { kind, scratch, run, emptyTemplate } = inject('testDatabases');
  const suffix = `${process.env.VITEST_POOL_ID ?? '0'}_s${Math.random().toString(36).slice(2, 8)}`;
  if (kind === 'postgres') {
    const name = `${TEST_DB_PREFIX}${run}_${suffix}`; // dropped by the run's teardown if a test dies first
    const url = await createDatabase(scratch, name);
    const config: DatabaseConfig = { kind: 'postgres', url, display: name };
    const conn = await openSqlConnection(config);
    return {
      config,
      conn,
      async drop() {
        await conn.close();
        await dropDatabases(scratch, [name]);
      },
    };
  }
  const dataDir = path.join(scratch, `throwaway-${suffix}`);
  if (emptyTemplate) fs.cpSync(emptyTemplate, dataDir, { recursive: true });
  const config: DatabaseConfig = { kind: 'pglite', dataDir };
  const conn = await openSqlConnection(config);
  return {
    config,
    conn,
    async drop() {
      await conn.close();
      await closePglite(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
