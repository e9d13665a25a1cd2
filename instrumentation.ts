// Runs once when the server starts: prepares the database (embedded: migrate + seed on first start;
// server: refuse to run on an old schema) and starts the background worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server/start-server');
  await startServer();
}
