// npm run db:seed: loads the demo data into the configured database (idempotent: a second run inserts
// nothing). Prints one summary line. Refuses on a production server database that already has teams,
// unless --force is given. Migrations must be applied first (npm run db:migrate).
import { DatabaseConfigError, readDatabaseConfig } from '../lib/db/config';
import { closeDatabase, getDb } from '../lib/db/client';
import { migrationStatus, MigrationHistoryError } from '../lib/db/migrations/apply-migrations';
import { describeConnectionError } from '../lib/db/prepare-database';
import { openSqlConnection } from '../lib/db/sql-connection';
import { formatSeedSummary, seedDemoData } from '../lib/seed/seed-demo-data';

class SeedRefused extends Error {}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--force');
  if (unknown.length) {
    console.error(`Unknown argument ${unknown[0]}; usage: npm run db:seed [-- --force]`);
    return 2;
  }
  const force = argv.includes('--force');
  const config = readDatabaseConfig();

  // The schema must be there and current before Prisma touches it.
  let conn;
  try {
    conn = await openSqlConnection(config);
  } catch (error) {
    console.error(describeConnectionError(config, error));
    return 1;
  }
  try {
    const { applied, pending } = await migrationStatus(conn);
    if (applied.length === 0 || pending.length > 0) {
      throw new SeedRefused(
        applied.length === 0
          ? 'The database has no tables yet: run npm run db:migrate first.'
          : `The database schema is out of date (${pending.length} pending migration(s)): run npm run db:migrate first.`,
      );
    }
    if (config.kind === 'postgres' && process.env.NODE_ENV === 'production' && !force) {
      const rows = await conn.query<{ count: number }>('SELECT count(*)::int AS count FROM "Team"');
      if ((rows[0]?.count ?? 0) > 0) {
        throw new SeedRefused(
          `Refusing to seed demo data into the production database ${config.display}, which already has teams; add --force to do it anyway.`,
        );
      }
    }
  } finally {
    await conn.close();
  }

  const summary = await seedDemoData(getDb());
  const where = config.kind === 'pglite' ? `embedded database ${config.dataDir}` : config.display;
  console.log(`${formatSeedSummary(summary)} (${where})`);
  return 0;
}

async function shutdown(): Promise<void> {
  try {
    await closeDatabase();
  } catch {
    // nothing more to release
  }
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof SeedRefused || error instanceof DatabaseConfigError || error instanceof MigrationHistoryError) {
      console.error(error.message);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const missingTable = /does not exist|P2021/.test(message);
      console.error(
        missingTable
          ? 'Seeding failed: a table is missing: run npm run db:migrate first.'
          : `Seeding failed: ${message.trim().split('\n').filter(Boolean).pop() ?? 'unknown error'}`,
      );
    }
    return 1;
  })
  .then(async (code) => {
    await shutdown();
    process.exit(code);
  });
