// Runs once when the server starts: prepares the database (embedded: migrate + seed on first start;
// server: refuse to run on an old schema), starts the background worker and the table cache (lib/cache).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // zod's messages for people (lib/validation/human-messages.ts) for every parse, whichever module runs it.
  await import('./lib/validation/human-messages');
  const { startServer } = await import('./lib/server/start-server');
  await startServer();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { installTableCache } = await import('./lib/cache/install-table-cache');
  await installTableCache();
}
