// Vitest globalSetup: one fresh, migrated database per worker, handed to the workers through
// `provide` (worker-database.ts picks its own by VITEST_POOL_ID).
//   DATABASE_URL=postgresql://...  one database `ea_test_<run>_<n>` per worker on that server, dropped at the end;
//   DATABASE_URL unset             one PGlite data directory per worker under the OS temp dir, removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type DatabaseConfig, readDatabaseConfig } from '@/lib/db/config';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { closePglite } from '@/lib/db/pglite-instance';
import { openSqlConnection } from '@/lib/db/sql-connection';
import {
  createDatabase,
  dropDatabases,
  listTestDatabases,
  newRunId,
  TEST_DB_PREFIX,
} from './test-databases';

export type WorkerDatabase = { kind: 'postgres'; url: string; name: string } | { kind: 'pglite'; dataDir: string };

export interface TestDatabases {
  kind: 'postgres' | 'pglite';
  /** By pool id, "1".."maxWorkers". */
  workers: Record<string, WorkerDatabase>;
  /** Where tests may make further throwaway databases (server URL or parent directory). */
  scratch: string;
  /** PGlite only: an initialised, empty data directory to copy (initdb takes seconds, a copy does not). */
  emptyTemplate?: string;
  run: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabases: TestDatabases;
  }
}

async function migrate(config: DatabaseConfig): Promise<void> {
  const conn = await openSqlConnection(config);
  try {
    await applyMigrations(conn);
  } finally {
    await conn.close();
    if (config.kind === 'pglite') await closePglite(config.dataDir);
  }
}

/** Back to a freshly initialised database: nothing in the public schema. */
async function dropEverything(dataDir: string): Promise<void> {
  const conn = await openSqlConnection({ kind: 'pglite', dataDir });
  try {
    await conn.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await conn.close();
    await closePglite(dataDir);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const config = readDatabaseConfig();
  const workerCount = Math.max(1, project.config.maxWorkers);
  const run = newRunId();
  const poolIds = Array.from({ length: workerCount }, (_, index) => String(index + 1));
  const workers: Record<string, WorkerDatabase> = {};

  if (config.kind === 'postgres') {
    const stale = await listTestDatabases(config.url);
    await dropDatabases(config.url, stale);
    try {
      await Promise.all(
        poolIds.map(async (poolId) => {
          const name = `${TEST_DB_PREFIX}${run}_${poolId}`;
          const url = await createDatabase(config.url, name);
          await migrate({ kind: 'postgres', url, display: name });
          workers[poolId] = { kind: 'postgres', url, name };
        }),
      );
    } catch (error) {
      await dropDatabases(config.url, await listTestDatabases(config.url, run)).catch(() => {});
      throw error;
    }
    project.provide('testDatabases', { kind: 'postgres', workers, scratch: config.url, run });
    console.log(`[test db] ${workerCount} database(s) ${TEST_DB_PREFIX}${run}_* on ${config.display} (${Date.now() - started} ms)`);
    return async () => {
      await dropDatabases(config.url, await listTestDatabases(config.url, run));
    };
  }

  // PGlite: migrate one directory, then copy it for each worker (much faster than migrating each).
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ea-test-'));
  const template = path.join(base, 'template');
  const emptyTemplate = path.join(base, 'empty');
  try {
    await migrate({ kind: 'pglite', dataDir: template });
    fs.cpSync(template, emptyTemplate, { recursive: true });
    await dropEverything(emptyTemplate);
  } catch (error) {
    fs.rmSync(base, { recursive: true, force: true });
    throw error;
  }
  for (const poolId of poolIds) {
    const dataDir = path.join(base, `worker-${poolId}`);
    fs.cpSync(template, dataDir, { recursive: true });
    workers[poolId] = { kind: 'pglite', dataDir };
  }
  project.provide('testDatabases', { kind: 'pglite', workers, scratch: base, emptyTemplate, run });
  console.log(`[test db] ${workerCount} PGlite database(s) under ${base} (${Date.now() - started} ms)`);
  return async () => {
    fs.rmSync(base, { recursive: true, force: true });
  };
}
