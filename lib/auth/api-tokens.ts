// Personal API tokens: random, shown once, stored as a SHA-256 hash. A token acts with its owner's
// permissions (loaded fresh on each request), never more.
import { inTransaction } from '@/lib/db/transaction';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import { requirePermission } from './authorize';
import { actorOf, type CurrentUser } from './principal';
import { NotFoundError, ValidationError } from '@/lib/errors';

const TOKEN_PREFIX = 'eat_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  id: string;
  token: string;
  prefix: string;
}

/** Issues a token for `userId`. The operator's command line (scripts/token.ts) and test set-ups call it
 *  directly; a signed-in user goes through createOwnApiToken, which checks the permission first. */
export async function createApiToken(
  actor: Actor,
  userId: string,
  name: string,
  expiresAt: Date | null = null,
): Promise<CreatedToken> {
  const label = name.trim();
  if (!label || label.length > 100) throw new ValidationError('Give the token a name (1-100 characters).', { name: ['Required, at most 100 characters.'] });
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  return inTransaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId, name: label, tokenHash: hashToken(token), prefix, expiresAt },
    });
    await recordAudit(tx, actor, { action: 'token.create', entityType: 'User', entityId: userId, after: { tokenId: row.id, name: label, prefix } });
    return { id: row.id, token, prefix };
  });
}

/** The signed-in user's "create a token" (account page): only ever for themselves. */
export async function createOwnApiToken(user: CurrentUser, input: { name: string; expiresAt: Date | null }): Promise<CreatedToken> {
  requirePermission(user, 'token.manage', { userId: user.id });
  return createApiToken(actorOf(user), user.id, input.name, input.expiresAt);
}

/** Revokes one of the user's own active tokens (the owner is part of the lookup: another's token is "no such"). */
export async function revokeApiToken(user: CurrentUser, tokenId: string): Promise<void> {
  await inTransaction(async (tx) => {
    const row = await tx.apiToken.findFirst({ where: { id: tokenId, userId: user.id, revokedAt: null } });
    if (!row) throw new NotFoundError('No such active token.');
    requirePermission(user, 'token.manage', { userId: row.userId });
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actorOf(user), { action: 'token.revoke', entityType: 'User', entityId: row.userId, before: { tokenId: row.id, name: row.name, prefix: row.prefix } });
  });
}

/** The owner of a valid token, or null (unknown, revoked or expired). */
export async function resolveApiToken(token: string): Promise<{ userId: string; prefix: string } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date())) return null;
  // Best effort, and at most once a minute per token: not worth a write per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return { userId: row.userId, prefix: row.prefix };
}
