// The one Prisma client of the process. Created lazily so that importing a module never opens a
// database (next build imports route modules without serving them).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { readDatabaseConfig } from './config';
import { closePglite, getPglite } from './pglite-instance';

export type Db = InstanceType<typeof PrismaClient>;

const globalForDb = globalThis as unknown as { __db?: Db };

/** The driver adapter for the configured database (also for tests that wrap it: lib/cache/table-tags.test.ts). */
export function createAdapter() {
  const config = readDatabaseConfig();
  return config.kind === 'pglite'
      ? new PrismaPGlite(getPglite(config.dataDir))
      : new PrismaPg({
          connectionString: config.url,
          max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
          connectionTimeoutMillis: 5000,
          // No JIT compilation: the app's statements are short (a page of rows, an aggregate over 20,000), and
          // PostgreSQL's cost threshold compiles some of them anyway, which costs more than the whole query
          // (/teams?q=…&sort=rollouts: 40 ms to run, 700 ms with 223 functions compiled on a busy machine).
          options: '-c jit=off',
        });
}

function createClient(): Db {
  return new PrismaClient({ adapter: createAdapter() });
}

export function getDb(): Db {
  return (globalForDb.__db ??= createClient());
}

/** `db.team.findMany()` anywhere; the client is created on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.__db;
  globalForDb.__db = undefined;
  await client?.$disconnect();
}

/** For command-line scripts before they exit: disconnect and, on the embedded database, close PGlite and
 *  release its lock so that the next process (the app, another script) can open it. */
export async function closeDatabase(): Promise<void> {
  await disconnectDb();
  const config = readDatabaseConfig();
  if (config.kind === 'pglite') await closePglite(config.dataDir);
}
