// The tables a write changed, learnt from its commit's notifications on the real test database: what a
// server action expires with updateTag() (lib/actions/run-action.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { readDatabaseConfig } from '@/lib/db/config';
import { inTransaction } from '@/lib/db/transaction';
import { createTeam, uniqueTag } from '@/lib/seed/factories';
import { ChangeFeed } from './change-feed';
import { changeListenerFor } from './change-listeners';
import { tagsWrittenDuring } from './own-writes';

let feed: ChangeFeed;

beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
  feed = new ChangeFeed(changeListenerFor(readDatabaseConfig()), { info: () => {}, warn: () => {} });
  await feed.start();
});
afterAll(() => feed.stop());

describe('tagsWrittenDuring', () => {
  it('answers the tags of the tables the write committed, as soon as it returns', async () => {
    const { result, tags } = await tagsWrittenDuring(() => inTransaction((tx) => createTeam(tx, { siteName: `Own-${uniqueTag()}` })), feed);
    expect(result.team.id).toBeTruthy();
    expect(tags).toEqual(expect.arrayContaining(['table:Team', 'table:Site']));
    expect(tags).not.toContain('table:Release');
  });

  it('answers no tags for a write that rolled back, and lets its error through', async () => {
    const write = () =>
      inTransaction(async (tx) => {
        await tx.setting.create({ data: { key: `own-writes-${uniqueTag()}`, value: '1' } });
        throw new Error('roll back');
      });
    await expect(tagsWrittenDuring(write, feed)).rejects.toThrow('roll back');
    const { tags } = await tagsWrittenDuring(async () => 'read only', feed);
    expect(tags).not.toContain('table:Setting');
  });

  it('without a cache (caching off, scripts) runs the write and expires nothing', async () => {
    expect(await tagsWrittenDuring(async () => 7, undefined)).toEqual({ result: 7, tags: [] });
  });
});
