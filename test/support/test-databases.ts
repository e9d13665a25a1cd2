// Creating and dropping throwaway databases for tests: one per Vitest worker (global-setup.ts) and
// extra ones for tests that need an empty database (apply-migrations.test.ts).
import pg from 'pg';

/** Databases made by a test run are named `ea_test_<run>_...`; <run> starts with a base-36 timestamp. */
export const TEST_DB_PREFIX = 'ea_test_';
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export function newRunId(): string {
  return `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
}

/** The same server and credentials as `url`, another database. */
export function urlForDatabase(url: string, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name ${name}`);
  return `"${name}"`;
}

/**
 * A connection for CREATE/DROP DATABASE on the server of `url`: to the database it names, or to
 * `postgres` if that one does not exist yet.
 */
export async function connectAdmin(url: string): Promise<pg.Client> {
  for (const candidate of [url, urlForDatabase(url, 'postgres')]) {
    const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 5000 });
    client.on('error', () => {});
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if ((error as { code?: string }).code !== '3D000' || candidate !== url) throw error; // 3D000: no such database
    }
  }
  throw new Error('unreachable');
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = await connectAdmin(serverUrl);
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await admin.end();
  }
  return urlForDatabase(serverUrl, name);
}

export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const admin = await connectAdmin(serverUrl);
  try {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Databases of this run (`ea_test_<run>_*`), or of runs older than six hours that died before their teardown. */
export async function listTestDatabases(serverUrl: string, run?: string): Promise<string[]> {
  const admin = await connectAdmin(serverUrl);
  try {
    const rows = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ea\\_test\\_%'`,
    );
    const names = rows.rows.map((row) => row.datname);
    if (run) return names.filter((name) => name.startsWith(`${TEST_DB_PREFIX}${run}_`));
    return names.filter((name) => {
      const stamp = parseInt(name.slice(TEST_DB_PREFIX.length).split('_')[0] ?? '', 36);
      return Number.isFinite(stamp) && Date.now() - stamp > STALE_AFTER_MS;
    });
  } finally {
    await admin.end();
  }
}
