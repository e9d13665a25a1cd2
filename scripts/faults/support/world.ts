// Set-up shared by the fault runs: a throwaway PostgreSQL server, migrated and seeded with the npm
// scripts, the load test's fixtures on it (made in-process through the app's own db client), and a
// pool for the checks. close() stops and removes everything.
import pg from 'pg';
import { migrateAndSeed } from '../../bench/load/app-server';
import { createLoadFixtures, type LoadFixtures, type LoadSizes } from '../../bench/load/fixtures';
import { startThrowawayPostgres, type ThrowawayPostgres } from './postgres';

export interface FaultWorld {
  postgres: ThrowawayPostgres;
  url: string;
  fixtures: LoadFixtures;
  pool: pg.Pool;
  close(): Promise<void>;
}

export const SMALL: LoadSizes = { teams: 15, replyRollouts: 8, findingRollouts: 2, inviteRollouts: 6, resolveRollouts: 40, coordinatorTokens: 10 };

export async function makeFaultWorld(label: string, sizes: LoadSizes = SMALL, seed = true): Promise<FaultWorld> {
  const postgres = await startThrowawayPostgres(label);
  const url = postgres.url;
  if (seed) migrateAndSeed(url);
  const { db, disconnectDb } = await import('../../../lib/db/client');
  await disconnectDb();
  process.env.DATABASE_URL = url;
  if (!seed) {
    const { openSqlConnection } = await import('../../../lib/db/sql-connection');
    const { applyMigrations } = await import('../../../lib/db/migrations/apply-migrations');
    const conn = await openSqlConnection({ kind: 'postgres', url, display: url });
    await applyMigrations(conn);
    await conn.close();
  }
  const fixtures = await createLoadFixtures(db, sizes);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {}); // idle clients die with the server restart; the next query reconnects
  return {
    postgres,
    url,
    fixtures,
    pool,
    async close() {
      await pool.end().catch(() => {});
      await disconnectDb().catch(() => {});
      postgres.destroy();
    },
  };
}
