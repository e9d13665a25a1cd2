// The test database infrastructure itself: each worker talks to its own migrated database through
// the app's ordinary `db` singleton.
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/db/client';
import { readMigrationFiles } from '@/lib/db/migrations/migration-files';

const databases = inject('testDatabases');

describe('worker database', () => {
  it('is this worker’s own database of the configured kind', async () => {
    const poolId = process.env.VITEST_POOL_ID ?? '1';
    const mine = databases.workers[poolId]!;
    expect(mine.kind).toBe(databases.kind);
    if (mine.kind === 'postgres') {
      const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      expect(row?.name).toBe(mine.name);
      expect(process.env.DATABASE_URL).toBe(mine.url);
    } else {
      expect(process.env.DATABASE_URL).toBeUndefined();
      expect(process.env.PGLITE_DATA_DIR).toBe(mine.dataDir);
    }
  });

  it('has every committed migration applied', async () => {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(readMigrationFiles().map((file) => file.name));
  });

  it('stores and reads rows through Prisma', async () => {
    const code = `T${randomUUID().slice(0, 8)}`;
    const created = await db.ngi.create({ data: { code, name: `Test NGI ${code}` } });
    const found = await db.ngi.findUnique({ where: { code } });
    expect(found).toMatchObject({ id: created.id, name: `Test NGI ${code}`, version: 1 });
  });
});
