// The API token form's action, as a client that skips the browser's checks would call it: an expiry of
// -5, 1.5 or 99999999 days is refused with a message next to the field and creates no token (it used to
// become a token that never expires); 0 means never, 30 means 30 days from now.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTokenAction } from '@/app/(app)/account/actions';
import { type CurrentUser, loadPrincipal } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { createManager } from '@/lib/seed/factories';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ requireUser: async () => session.user! }));
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: () => {} }));

beforeAll(async () => {
  const user = await createManager(db, {}); // a signed-in user with a role (who may manage own tokens)
  session.user = await loadPrincipal(user.id);
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const tokensOf = () => db.apiToken.findMany({ where: { userId: session.user!.id }, select: { name: true, expiresAt: true } });

describe('createTokenAction expiry', () => {
  it('refuses -5, 1.5, 99999999 and 3651 days with a field message and writes nothing', async () => {
    for (const days of ['-5', '1.5', '99999999', '3651']) {
      const result = await createTokenAction(null, form({ name: `bad ${days}`, expiresInDays: days }));
      expect(result, days).toMatchObject({ ok: false, fieldErrors: { expiresInDays: [expect.stringMatching(/Whole days from 1 to 3650/)] } });
    }
    expect(await tokensOf()).toEqual([]);
  });

  it('creates a token that expires after whole days, or never for 0', async () => {
    const before = Date.now();
    const created = await createTokenAction(null, form({ name: 'thirty', expiresInDays: '30' }));
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
    expect(await createTokenAction(null, form({ name: 'forever', expiresInDays: '0' }))).toMatchObject({ ok: true });
    const tokens = await tokensOf();
    const thirty = tokens.find((token) => token.name === 'thirty')!;
    expect(thirty.expiresAt!.getTime() - before).toBeGreaterThanOrEqual(30 * 86_400_000 - 1000);
    expect(thirty.expiresAt!.getTime() - before).toBeLessThan(30 * 86_400_000 + 60_000);
    expect(tokens.find((token) => token.name === 'forever')!.expiresAt).toBeNull();
  });
});
