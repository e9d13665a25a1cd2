// The app's Prisma client reports each statement, inside and outside transactions, and failures, in
// the async context that issued it.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from './client';
import { setQueryObserver } from './query-observer';

const seen: string[] = [];
let failures = 0;

afterEach(() => {
  setQueryObserver(undefined);
  seen.length = 0;
  failures = 0;
});

function observe(): void {
  setQueryObserver({ statement: (sql) => void seen.push(sql), failed: () => void failures++ });
}

describe('observeAdapter (lib/db/client)', () => {
  it('reports the SQL of model queries with relations, raw queries and transactions', async () => {
    observe();
    await db.team.findMany({ take: 1, include: { contacts: true } });
    await db.$queryRaw`SELECT count(*) FROM "Holiday"`;
    await db.$transaction(async (tx) => {
      await tx.platform.count();
    });
    const all = seen.join('\n');
    expect(all).toContain('"Team"');
    expect(all).toContain('"TeamContact"');
    expect(all).toContain('"Holiday"');
    expect(all).toContain('"Platform"');
    expect(failures).toBe(0);
  });

  it('reports a failing statement, and the error still reaches the caller', async () => {
    observe();
    await expect(db.$queryRawUnsafe('SELECT * FROM "NoSuchTable"')).rejects.toThrow();
    expect(failures).toBe(1);
  });

  it('only forwards when nobody observes', async () => {
    await db.ngi.count();
    expect(seen).toEqual([]);
  });
});
