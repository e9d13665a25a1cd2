// npm run worker [-- --once]: the notification worker as its own process (outbox delivery, deadline
// reminders and escalations, subscription fan-out), for deployments that run the app with
// NOTIFY_WORKER=0 or want more senders. Safe next to app instances on a PostgreSQL server (row locks);
// the embedded database can only be opened by one process, so there the app's own worker does it.
import { DatabaseConfigError, readDatabaseConfig } from '../lib/db/config';
import { prepareDatabase, StartupError } from '../lib/db/prepare-database';

async function main(): Promise<number> {
  const once = process.argv.includes('--once');
  const config = readDatabaseConfig();
  console.log(`[worker] database: ${config.kind === 'pglite' ? `embedded PGlite at ${config.dataDir}` : config.display}`);
  await prepareDatabase(config); // a server on an old schema: refuse, naming the command to run
  const { runChecksOnce, startWorkerLoop } = await import('../lib/notify/worker-loop');
  if (once) {
    console.log('[worker]', JSON.stringify(await runChecksOnce()));
    return 0;
  }
  startWorkerLoop({ exitOnSignal: true });
  // The loop's timer is unref'd (it must never keep the app alive); here it is the whole process.
  setInterval(() => {}, 1 << 30);
  return new Promise<number>(() => {});
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[worker] ${error instanceof DatabaseConfigError || error instanceof StartupError ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
