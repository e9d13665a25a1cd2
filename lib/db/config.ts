// Which database the app talks to. DATABASE_URL unset: embedded PGlite on disk (zero set-up);
// DATABASE_URL=postgresql://...: a PostgreSQL server. This file and client.ts are the only places
// that know the difference.
import path from 'node:path';

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; display: string };

/** Environment variables; a plain record so tests can pass their own. */
export type Env = Record<string, string | undefined>;

export class DatabaseConfigError extends Error {}

const DEFAULT_DATA_DIR = '.data/pglite';

export function readDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    return { kind: 'pglite', dataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DATA_DIR?.trim() || DEFAULT_DATA_DIR) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      'DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database',
    );
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"); unset it to use the embedded database`,
    );
  }
  if (!url.hostname) throw new DatabaseConfigError('DATABASE_URL has no host name');
  if (url.pathname.length <= 1) throw new DatabaseConfigError('DATABASE_URL names no database (…/<database>)');
  return { kind: 'postgres', url: raw, display: describeUrl(url) };
}

/** host:port/database, never the password: safe for logs and the health endpoint. */
function describeUrl(url: URL): string {
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}
