// Start-up of the Node server process. A database problem is one clear line and a non-zero exit:
// a server that cannot reach its database or runs on an old schema must not pretend to be up.
import { DatabaseConfigError, readDatabaseConfig } from '@/lib/db/config';
import { prepareDatabase, StartupError } from '@/lib/db/prepare-database';

export async function startServer(): Promise<void> {
  try {
    const config = readDatabaseConfig();
    const { applied } = await prepareDatabase(config, async () => {
      const [{ seedDemoData }, { getDb }] = await Promise.all([import('@/lib/seed/seed-demo-data'), import('@/lib/db/client')]);
      console.log('[start] empty embedded database: seeding demo data…');
      await seedDemoData(getDb());
    });
    if (applied.length) console.log(`[start] applied migrations: ${applied.join(', ')}`);
    console.log(`[start] database: ${config.kind === 'pglite' ? `embedded PGlite at ${config.dataDir}` : config.display}`);
    // The notification worker (outbox delivery, deadline reminders, subscription fan-out) runs inside
    // the app on every database kind; NOTIFY_WORKER=0 leaves it to a separate `npm run worker`.
    if (process.env.NOTIFY_WORKER !== '0') {
      const { startWorkerLoop } = await import('@/lib/notify/worker-loop');
      startWorkerLoop();
    }
  } catch (error) {
    if (error instanceof DatabaseConfigError || error instanceof StartupError) {
      console.error(`[start] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
