// Tokens of the one-click unsubscribe links. A subscription has its own random token (stored); a
// daily digest, which covers several subscriptions, carries "d.<userId>.<mac>", signed with a random
// secret the app keeps in the Setting table, so no configuration is needed on any database kind.
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/transaction';

const SECRET_KEY = 'notify.unsubscribeSecret';

export function newSubscriptionToken(): string {
  return randomBytes(24).toString('base64url');
}

async function secret(client: Tx): Promise<string> {
  const existing = await client.setting.findUnique({ where: { key: SECRET_KEY } });
  if (existing && typeof existing.value === 'string') return existing.value;
  const value = randomBytes(32).toString('base64url');
  await client.setting.upsert({ where: { key: SECRET_KEY }, create: { key: SECRET_KEY, value }, update: {} });
  const stored = await client.setting.findUniqueOrThrow({ where: { key: SECRET_KEY } });
  return String(stored.value);
}

function mac(key: string, userId: string): string {
  return createHmac('sha256', key).update(`digest:${userId}`).digest('base64url').slice(0, 32);
}

export async function digestToken(userId: string, client: Tx = db): Promise<string> {
  return `d.${userId}.${mac(await secret(client), userId)}`;
}

/** The user id of a valid digest token, else null. */
export async function verifyDigestToken(token: string, client: Tx = db): Promise<string | null> {
  const match = /^d\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const expected = Buffer.from(mac(await secret(client), match[1]!));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1]! : null;
}
