// The action pipeline's order and outcomes: a bad form is refused before anything else, a signed-out
// caller is refused before the body runs, the body's expected errors become messages, and only a
// success revalidates (and redirects when asked); a success expires the cache tags of the tables its
// commit changed (read-your-own-writes), learnt from the real database's change notifications.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/auth/principal';
import { ConflictError, UnauthenticatedError } from '@/lib/errors';
import type { ChangeFeed } from '@/lib/cache/change-feed';
import { installTableCache, installedTableCache } from '@/lib/cache/install-table-cache';
import { db } from '@/lib/db/client';
import { inTransaction } from '@/lib/db/transaction';
import { uniqueTag } from '@/lib/seed/factories';
import { runAction } from './run-action';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null, revalidated: [] as string[], updatedTags: [] as string[] }));
vi.mock('@/lib/auth/current-user', async () => {
  const { UnauthenticatedError: Unauthenticated } = await import('@/lib/errors');
  return {
    requireUser: async () => {
      if (!session.user) throw new Unauthenticated();
      return session.user;
    },
  };
});
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: (path: string) => session.revalidated.push(path),
  updateTag: (tag: string) => session.updatedTags.push(tag),
}));

const someone = { id: 'u1', email: 'someone@test.local' } as CurrentUser;
const ZName = z.object({ name: z.string().trim().min(2, 'At least two letters.') });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

beforeEach(() => {
  session.user = someone;
  session.revalidated = [];
  session.updatedTags = [];
});
afterAll(async () => {
  await (installedTableCache()?.feed as ChangeFeed | undefined)?.stop();
});

describe('runAction', () => {
  it('parses, calls the body with the user and the typed input, revalidates and answers the message', async () => {
    const run = vi.fn(async (user: CurrentUser, input: { name: string }) => ({ message: `${input.name} saved by ${user.email}.` }));
    const result = await runAction(form({ name: ' Ada ' }), { input: ZName, run, revalidate: (input) => [`/things/${input.name}`, false, '/things'] });
    expect(result).toEqual({ ok: true, message: 'Ada saved by someone@test.local.' });
    expect(run).toHaveBeenCalledWith(someone, { name: 'Ada' }, expect.any(FormData));
    expect(session.revalidated).toEqual(['/things/Ada', '/things']);
  });

  it('refuses a bad form with field messages before asking who is signed in, and runs nothing', async () => {
    session.user = null;
    const run = vi.fn();
    expect(await runAction(form({ name: 'A' }), { input: ZName, run })).toEqual({
      ok: false,
      message: 'Please correct the highlighted fields.',
      fieldErrors: { name: ['At least two letters.'] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a signed-out caller before the body', async () => {
    session.user = null;
    const run = vi.fn();
    expect(await runAction(form({ name: 'Ada' }), { input: ZName, run })).toMatchObject({ ok: false, message: new UnauthenticatedError().message });
    expect(run).not.toHaveBeenCalled();
  });

  it("turns the body's expected error into a message, marks a conflict, and revalidates nothing", async () => {
    const result = await runAction(form({ name: 'Ada' }), {
      input: ZName,
      run: async () => {
        throw new ConflictError('Someone else changed it.');
      },
      revalidate: ['/things'],
    });
    expect(result).toEqual({ ok: false, message: 'Someone else changed it.', conflict: true, fieldErrors: undefined });
    expect(session.revalidated).toEqual([]);
  });

  it('uses the spec message over the result, and redirects after a success', async () => {
    expect(await runAction(form({ name: 'Ada' }), { input: ZName, run: async () => ({ message: 'lib' }), message: (_r, input) => `${input.name} kept.` })).toEqual({
      ok: true,
      message: 'Ada kept.',
    });
    const redirected = runAction(form({ name: 'Ada' }), { input: ZName, run: async () => ({ id: 7 }), redirectTo: (result) => `/things/${result.id}` });
    await expect(redirected).rejects.toMatchObject({ digest: expect.stringContaining('/things/7') });
  });

  it('expires the cache tags of the tables the body committed to, and none after a failure', async () => {
    await db.$queryRaw`SELECT 1`;
    await installTableCache();
    const write = () => inTransaction((tx) => tx.setting.create({ data: { key: `run-action-${uniqueTag()}`, value: '1' } }));
    expect(await runAction(form({ name: 'Ada' }), { input: ZName, run: async () => ({ message: 'saved', row: await write() }) })).toMatchObject({ ok: true });
    expect(session.updatedTags).toContain('table:Setting');
    expect(session.updatedTags).not.toContain('table:Release');

    session.updatedTags = [];
    const failed = await runAction(form({ name: 'Ada' }), {
      input: ZName,
      run: async () => {
        throw new ConflictError('Someone else changed it.');
      },
    });
    expect(failed).toMatchObject({ ok: false });
    expect(session.updatedTags).toEqual([]);
  });
});
