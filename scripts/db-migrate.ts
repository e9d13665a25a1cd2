// npm run db:migrate: applies pending committed migrations to the configured database, idempotently;
// refuses with one clear line when the history has diverged.
import { DatabaseConfigError, readDatabaseConfig } from '../lib/db/config';
import { applyMigrations, MigrationHistoryError } from '../lib/db/migrations/apply-migrations';
import { describeConnectionError } from '../lib/db/prepare-database';
import { openSqlConnection } from '../lib/db/sql-connection';
import { closePglite } from '../lib/db/pglite-instance';

async function main(): Promise<number> {
  const config = readDatabaseConfig();
  let conn;
  try {
    conn = await openSqlConnection(config);
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    console.error(describeConnectionError(config, error));
    return 1;
  }
  try {
    const applied = await applyMigrations(conn);
    const where = config.kind === 'pglite' ? `embedded database ${config.dataDir}` : config.display;
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `${where} is up to date.`);
    return 0;
  } finally {
    await conn.close();
    if (config.kind === 'pglite') await closePglite(config.dataDir);
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof DatabaseConfigError || error instanceof MigrationHistoryError) {
      console.error(error.message);
    } else {
      console.error(`Migration failed: ${(error as Error).message}`);
    }
    process.exit(1);
  });
