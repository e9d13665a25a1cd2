// Vitest setupFiles: points this worker at its own database (made by global-setup.ts) before any
// test imports lib/db; the `db` singleton reads DATABASE_URL / PGLITE_DATA_DIR on first use.
import { afterAll, inject } from 'vitest';

const databases = inject('testDatabases');
const poolId = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '1';
const mine = databases.workers[poolId];
if (!mine) {
  throw new Error(
    `No test database for worker ${poolId} (made ${Object.keys(databases.workers).length}); run Vitest with maxWorkers from vitest.config.ts`,
  );
}

if (mine.kind === 'postgres') {
  process.env.DATABASE_URL = mine.url;
  delete process.env.PGLITE_DATA_DIR;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = mine.dataDir;
}

// A PGlite directory may be opened by one process at a time, and the next test file of this worker
// runs in a new process: close what this file opened, cleanly, before it ends.
afterAll(async () => {
  const state = globalThis as { __db?: unknown; __pglite?: Map<string, unknown> };
  if (state.__db) {
    const { disconnectDb } = await import('@/lib/db/client');
    await disconnectDb();
  }
  if (state.__pglite?.size) {
    const { closePglite } = await import('@/lib/db/pglite-instance');
    for (const dataDir of [...state.__pglite.keys()]) await closePglite(dataDir);
  }
});
