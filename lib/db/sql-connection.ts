// A single raw SQL connection on either backend, for the migration runner and health checks
// (which must work before the Prisma schema exists).
import pg from 'pg';
import type { DatabaseConfig } from './config';
import { getPglite } from './pglite-instance';

export interface SqlConnection {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSqlConnection(config: DatabaseConfig): Promise<SqlConnection> {
  if (config.kind === 'pglite') {
    const pglite = getPglite(config.dataDir);
    await pglite.waitReady;
    return {
      async query<Row>(sql: string, params: unknown[] = []) {
        return (await pglite.query<Row>(sql, params)).rows;
      },
      async exec(sql: string) {
        await pglite.exec(sql);
      },
      async close() {
        // The instance is shared with Prisma for the life of the process.
      },
    };
  }
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {}); // a dropped connection surfaces on the next query instead
  await client.connect();
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}
