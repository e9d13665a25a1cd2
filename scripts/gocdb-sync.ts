// npm run gocdb:sync: one GOCDB sync now (GOCDB_URL must be set), printing its outcome. Exit code 0 when
// the run succeeded, 1 when it failed or was partial (the errors are printed and kept on /admin/gocdb),
// 2 when the sync is not configured or another run is in progress.
import { DatabaseConfigError, readDatabaseConfig } from '../lib/db/config';
import { prepareDatabase, StartupError } from '../lib/db/prepare-database';

async function main(): Promise<number> {
  const { readGocdbConfig } = await import('../lib/gocdb/config');
  const gocdb = readGocdbConfig();
  if (!gocdb.configured) {
    console.error(`[gocdb] ${gocdb.reason}`);
    return 2;
  }
  const config = readDatabaseConfig();
  await prepareDatabase(config);
  const { runGocdbSync } = await import('../lib/gocdb/run-sync');
  const { ConflictError } = await import('../lib/errors');
  console.log(`[gocdb] syncing from ${gocdb.config.display}`);
  try {
    const outcome = await runGocdbSync(gocdb.config, { trigger: 'cli', actor: { id: null, label: 'system (npm run gocdb:sync)' } });
    console.log(`[gocdb] ${outcome.status}: ${outcome.pages} pages, ${outcome.counts.added} added, ${outcome.counts.updated} updated, ${outcome.counts.marked} marked removed, ${outcome.reminders} beta reminders queued`);
    for (const error of outcome.counts.errors) console.log(`[gocdb]   ${error}`);
    return outcome.status === 'SUCCEEDED' ? 0 : 1;
  } catch (error) {
    if (error instanceof ConflictError) {
      console.error(`[gocdb] ${error.message}`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[gocdb] ${error instanceof DatabaseConfigError || error instanceof StartupError ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
