import 'server-only';
import { db } from '@/lib/db/client';

export function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
