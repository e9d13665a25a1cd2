// The change feed on the real test database (PGlite, or PostgreSQL in CI): every table announces its
// committed changes (migration data_change_notify), rolled-back ones are never announced, and a lost
// LISTEN connection makes the feed not live and counts everything as changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { readDatabaseConfig } from '@/lib/db/config';
import { createTeam, uniqueTag } from '@/lib/seed/factories';
import { ChangeFeed } from './change-feed';
import { changeListenerFor, type ListenerEvents, type OpenChangeListener } from './change-listeners';

const quiet = { info: () => {}, warn: () => {} };
let feed: ChangeFeed;

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  await db.$queryRaw`SELECT 1`; // the worker's database is open (and migrated) before the feed listens
  feed = new ChangeFeed(changeListenerFor(readDatabaseConfig()), quiet);
  await feed.start();
});
afterAll(() => feed.stop());

describe('ChangeFeed on the database', () => {
  it('knows every table of the schema, and every one of them announces its changes', async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`;
    expect(rows.length).toBeGreaterThan(25);
    expect(feed.live).toBe(true);
    for (const { name } of rows) {
      expect(feed.isTable(name), name).toBe(true);
      expect(feed.isAnnounced(name), `${name} has no ea_data_change trigger: add it in the migration that creates the table`).toBe(true);
    }
  });

  it('announces a committed change after the commit, once per transaction and table', async () => {
    const before = feed.sequence;
    const teams: string[] = [];
    await db.$transaction(async (tx) => {
      teams.push((await createTeam(tx as never, { siteName: `Feed-${uniqueTag()}` })).team.id);
      // Inside the transaction, nothing is announced yet.
      expect(feed.changedSince(['Team'], before)).toBe(false);
    });
    await until(() => feed.changedSince(['Team'], before));
    expect(feed.changedSince(['Team', 'Site'], before)).toBe(true);
    expect(feed.changedSince(['Release'], before)).toBe(false);
  });

  it('never announces a rolled-back change', async () => {
    const before = feed.sequence;
    await expect(
      db.$transaction(async (tx) => {
        await tx.setting.create({ data: { key: `feed-test-${uniqueTag()}`, value: '1' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.$executeRaw`UPDATE "Ngi" SET "name" = "name" WHERE false`; // a committed statement after it
    await until(() => feed.changedSince(['Ngi'], before));
    expect(feed.changedSince(['Setting'], before)).toBe(false);
  });
});

describe('ChangeFeed when the LISTEN connection is lost', () => {
  it('is not live, counts everything as changed, and is live again after reconnecting', async () => {
    let events: ListenerEvents | undefined;
    let opened = 0;
    const open: OpenChangeListener = async (given) => {
      opened++;
      events = given;
      return { tables: async () => ({ all: ['Team'], announced: ['Team'] }), sync: async () => {}, close: async () => {} };
    };
    const resets: number[] = [];
    const local = new ChangeFeed(open, quiet);
    local.onReset(() => resets.push(local.sequence));
    await local.start();
    expect(local.live).toBe(true);
    const seq = local.sequence;
    expect(local.changedSince(['Team'], seq)).toBe(false);
    events!.lost(new Error('server restarted'));
    expect(local.live).toBe(false);
    expect(local.changedSince([], seq)).toBe(true); // reset: nothing from before may be trusted
    await until(() => local.live, 3_000); // reconnects (first retry after 0.5 s)
    expect(opened).toBe(2);
    expect(resets.length).toBe(3); // first start, loss, reconnect
    await local.stop();
  });

  it('is live only once the tables announce their changes (a fresh embedded database migrates after it listens)', async () => {
    let reads = 0;
    const open: OpenChangeListener = async () => ({
      tables: async () => (++reads < 3 ? { all: [], announced: [] } : { all: ['Team'], announced: ['Team'] }),
      sync: async () => {},
      close: async () => {},
    });
    const local = new ChangeFeed(open, quiet);
    await local.start();
    expect(local.live).toBe(false);
    await until(() => local.live, 5_000);
    expect(reads).toBe(3);
    await local.stop();
  });
});

describe('ChangeFeed.catchUp (the barrier before anything is served from memory)', () => {
  it('waits for a round trip that starts after the call, shares it between callers, and answers false when the connection fails', async () => {
    const trips: { resolve: () => void; reject: (error: Error) => void }[] = [];
    const open: OpenChangeListener = async () => ({
      tables: async () => ({ all: ['Team'], announced: ['Team'] }),
      sync: () => new Promise<void>((resolve, reject) => trips.push({ resolve, reject })),
      close: async () => {},
    });
    const local = new ChangeFeed(open, quiet);
    await local.start();
    const first = local.catchUp();
    await until(() => trips.length === 1);
    const second = local.catchUp(); // the first trip was already on its way: this one needs the next
    const third = local.catchUp();
    trips[0]!.resolve();
    expect(await first).toBe(true);
    await until(() => trips.length === 2);
    expect(trips.length).toBe(2); // second and third share one round trip
    trips[1]!.reject(new Error('terminating connection due to administrator command'));
    expect(await second).toBe(false);
    expect(await third).toBe(false);
    await local.stop();
    expect(await local.catchUp()).toBe(false); // not listening: never caught up
  });
});

describe('the LISTEN connection', () => {
  it('answers overlapping heartbeats, catch-ups and table reads in order, without pg queueing them (a deprecation warning, refused by pg 9)', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    const events: ListenerEvents = { change: () => {}, lost: () => {} };
    const listener = await changeListenerFor(readDatabaseConfig())(events);
    try {
      const [tables] = await Promise.all([listener.tables(), listener.sync(), listener.sync(), listener.tables()]);
      expect(tables.all).toContain('Team');
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
      expect(warnings.filter((warning) => warning.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await listener.close();
    }
  });
});
