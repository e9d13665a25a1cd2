// Start-up policy: a server database on an old schema is refused with the command to run; the
// embedded database is migrated and seeded once, on first start only.
import { afterEach, describe, expect, it } from 'vitest';
import { openThrowawayDatabase, type ThrowawayDatabase } from '@/test/support/throwaway-database';
import { applyMigrations } from './migrations/apply-migrations';
import { prepareDatabase, requireCurrentSchema, StartupError } from './prepare-database';

let database: ThrowawayDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe('requireCurrentSchema', () => {
  it('refuses an unmigrated database and names npm run db:migrate, then accepts it once migrated', async () => {
    database = await openThrowawayDatabase();
    const refusal = await requireCurrentSchema(database.conn).then(() => null, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(StartupError);
    expect((refusal as Error).message).toMatch(/schema is older than the code .*Run: npm run db:migrate/);
    await applyMigrations(database.conn);
    await expect(requireCurrentSchema(database.conn)).resolves.toBeUndefined();
  });
});

describe('prepareDatabase', () => {
  it('on this run’s database kind: embedded is migrated and seeded once; a server is refused until migrated', async () => {
    database = await openThrowawayDatabase();
    let seeded = 0;
    const seed = async () => {
      seeded++;
      await database!.conn.query(`INSERT INTO "Ngi" (id, code, name) VALUES ('n1', 'XX', 'Test NGI')`);
    };
    if (database.config.kind === 'pglite') {
      expect((await prepareDatabase(database.config, seed)).applied.length).toBeGreaterThan(0);
      expect((await prepareDatabase(database.config, seed)).applied).toEqual([]);
      expect(seeded).toBe(1);
    } else {
      await expect(prepareDatabase(database.config, seed)).rejects.toThrow(/npm run db:migrate/);
      await applyMigrations(database.conn);
      expect(await prepareDatabase(database.config, seed)).toEqual({ applied: [] });
      expect(seeded).toBe(0); // a server database is never seeded implicitly
    }
  });
});
