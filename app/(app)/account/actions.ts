'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { can } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { expiryDate, tokenExpiryDays } from '@/lib/auth/token-expiry';
import { ForbiddenError } from '@/lib/errors';

const ZCreateToken = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(100, 'At most 100 characters.'),
  expiresInDays: tokenExpiryDays,
});

export async function createTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ token: string }>> {
  try {
    const input = parseInput(ZCreateToken, formToObject(formData));
    const user = await requireUser();
    if (!can(user, 'token.manage', { userId: user.id })) throw new ForbiddenError();
    const created = await createApiToken(actorOf(user), user.id, input.name, expiryDate(input.expiresInDays));
    revalidatePath('/account');
    return { ok: true, message: 'Token created. Copy it now: it will not be shown again.', data: { token: created.token } };
  } catch (error) {
    return actionError(error);
  }
}

const ZRevokeToken = z.object({ tokenId: z.string().min(1).max(64) });

export async function revokeTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRevokeToken, formToObject(formData));
    const user = await requireUser();
    if (!can(user, 'token.manage', { userId: user.id })) throw new ForbiddenError();
    await revokeApiToken(actorOf(user), user.id, input.tokenId);
    revalidatePath('/account');
    return { ok: true, message: 'Token revoked.' };
  } catch (error) {
    return actionError(error);
  }
}
