'use server';

import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { expiryDate, tokenExpiryDays } from '@/lib/auth/token-expiry';
import { ForbiddenError } from '@/lib/errors';

const ZCreateToken = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(100, 'At most 100 characters.'),
  expiresInDays: tokenExpiryDays,
});

function asTokenOwner(user: CurrentUser) {
  if (!can(user, 'token.manage', { userId: user.id })) throw new ForbiddenError();
  return actorOf(user);
}

export async function createTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ token: string }>> {
  return runAction(formData, {
    input: ZCreateToken,
    run: (user, input) => createApiToken(asTokenOwner(user), user.id, input.name, expiryDate(input.expiresInDays)),
    revalidate: ['/account'],
    message: 'Token created. Copy it now: it will not be shown again.',
    data: (created) => ({ token: created.token }),
  });
}

const ZRevokeToken = z.object({ tokenId: z.string().min(1).max(64) });

export async function revokeTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRevokeToken,
    run: (user, input) => revokeApiToken(asTokenOwner(user), user.id, input.tokenId),
    revalidate: ['/account'],
    message: 'Token revoked.',
  });
}
