// A second, independent database client for concurrency tests: its own connection pool on a
// PostgreSQL server (two app instances); on PGlite, where one process owns the database, the same
// client (concurrent transactions on it still interleave through the worker's claims).
import { PrismaPg } from '@prisma/adapter-pg';
import { db, type Db } from '@/lib/db/client';
import { PrismaClient } from '@/lib/generated/prisma/client';

export async function secondClient(): Promise<{ client: Db; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { client: db, close: async () => {} };
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  return { client, close: () => client.$disconnect() };
}
