// Who the session cookie names. next-auth's session is a JWE (strategy "jwt"); decoding it costs a key
// derivation and a decryption, and getServerSession also re-encrypts a fresh token that App Router
// pages cannot even set. So: the cookie is decoded once per distinct value and its user remembered
// until the token's own expiry. The cookie value is the credential, exactly as before: a remembered
// entry is only found by presenting the same cookie, and it is never trusted past `exp`.
import 'server-only';
import { decode, getToken } from 'next-auth/jwt';
import { authSecret } from './auth-secret';

interface CookieSource {
  getAll(): { name: string; value: string }[];
}

const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, { userId: string; expiresAt: number }>();

async function decodeSession(raw: string): Promise<{ userId: string; expiresAt: number } | null> {
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

/** The id of the user whose live next-auth session cookie is among `cookies`, or null. */
export async function sessionUserId(cookies: CookieSource | undefined): Promise<string | null> {
  if (!cookies) return null;
  // raw: the (possibly chunked) cookie value under next-auth's own name (secure prefix on https).
  const raw = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret(), raw: true });
  if (!raw) return null;
  const known = remembered.get(raw);
  if (known) {
    if (known.expiresAt > Date.now()) return known.userId;
    remembered.delete(raw);
    return null;
  }
  const session = await decodeSession(raw);
  if (!session) return null;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(raw, session);
  return session.userId;
}
