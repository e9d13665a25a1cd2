// What a raw next-auth session token (a JWE, strategy "jwt") says: whose session it is and until when.
// Decoding costs a key derivation and a decryption, so each distinct token is decoded once and its
// answer remembered until the token's own expiry. The token is the credential: a remembered entry is
// only found by presenting the same token, and it is never trusted past `exp`. Used by the app's request
// code (session-user.ts) and by scripts, which is why this module has no 'server-only' marker.
import { decode } from 'next-auth/jwt';
import { authSecret } from './auth-secret';

export interface SessionToken {
  userId: string;
  /** When the token stops being valid, in ms since the epoch. */
  expiresAt: number;
}

const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, SessionToken>();

async function decodeToken(raw: string): Promise<SessionToken | null> {
  const secret = authSecret();
  if (!secret) return null;
  try {
    const payload = await decode({ token: raw, secret });
    const userId = typeof payload?.uid === 'string' ? payload.uid : null;
    const expiresAt = typeof payload?.exp === 'number' ? payload.exp * 1000 : 0;
    return userId && expiresAt > Date.now() ? { userId, expiresAt } : null;
  } catch {
    return null; // tampered, foreign secret, malformed: not signed in
  }
}

/** The live session a raw token stands for, or null (invalid, foreign, expired). */
export async function readSessionToken(raw: string): Promise<SessionToken | null> {
  const known = remembered.get(raw);
  if (known) {
    if (known.expiresAt > Date.now()) return known;
    remembered.delete(raw);
    return null;
  }
  const session = await decodeToken(raw);
  if (!session) return null;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(raw, session);
  return session;
}
