// Start-up policy. Embedded default: apply pending migrations and seed demo data on first start, so
// that one command gives a working app. Server database: never change the schema implicitly; refuse
// to start on a schema older than the code and name the command that fixes it.
import { type DatabaseConfig, readDatabaseConfig } from './config';
import { applyMigrations, MigrationHistoryError, migrationStatus } from './migrations/apply-migrations';
import { openSqlConnection, type SqlConnection } from './sql-connection';

export class StartupError extends Error {}

export async function prepareDatabase(
  config: DatabaseConfig = readDatabaseConfig(),
  seedIfEmpty?: () => Promise<void>,
): Promise<{ applied: string[] }> {
  let conn;
  try {
    conn = await openSqlConnection(config);
  } catch (error) {
    throw new StartupError(describeConnectionError(config, error));
  }
  try {
    if (config.kind === 'pglite') {
      const applied = await applyMigrations(conn);
      if (seedIfEmpty) {
        const rows = await conn.query<{ count: number }>('SELECT count(*)::int AS count FROM "Ngi"');
        if ((rows[0]?.count ?? 0) === 0) await seedIfEmpty();
      }
      return { applied };
    }
    await requireCurrentSchema(conn);
    return { applied: [] };
  } catch (error) {
    if (error instanceof MigrationHistoryError) throw new StartupError(error.message);
    throw error;
  } finally {
    await conn.close();
  }
}

/** Refuses a database whose schema is older than the code, naming the command that fixes it. */
export async function requireCurrentSchema(conn: SqlConnection): Promise<void> {
  const { pending } = await migrationStatus(conn);
  if (pending.length > 0) {
    throw new StartupError(
      `The database schema is older than the code (${pending.length} pending migration(s): ${pending.join(', ')}). Run: npm run db:migrate`,
    );
  }
}

export function describeConnectionError(config: DatabaseConfig, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (config.kind === 'pglite') return `Cannot open the embedded database at ${config.dataDir}: ${message}`;
  return `Cannot connect to the PostgreSQL server ${config.display}: ${message.split('\n')[0]}`;
}
