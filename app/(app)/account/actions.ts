'use server';

import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createOwnApiToken, revokeApiToken } from '@/lib/auth/api-tokens';
import { expiryDate, tokenExpiryDays } from '@/lib/auth/token-expiry';

const ZCreateToken = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(100, 'At most 100 characters.'),
  expiresInDays: tokenExpiryDays,
});

export async function createTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ token: string }>> {
  return runAction(formData, {
    input: ZCreateToken,
    run: (user, input) => createOwnApiToken(user, { name: input.name, expiresAt: expiryDate(input.expiresInDays) }),
    revalidate: ['/account'],
    message: 'Token created. Copy it now: it will not be shown again.',
    data: (created) => ({ token: created.token }),
  });
}

const ZRevokeToken = z.object({ tokenId: z.string().min(1).max(64) });

export async function revokeTokenAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZRevokeToken,
    run: (user, input) => revokeApiToken(user, input.tokenId),
    revalidate: ['/account'],
    message: 'Token revoked.',
  });
}
