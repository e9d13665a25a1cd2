// Who the session cookie names. next-auth's session is a JWE (strategy "jwt"); getServerSession would
// decode it and also re-encrypt a fresh token that App Router pages cannot even set. Here the raw
// cookie value is read and decoded through readSessionToken, which remembers each token until `exp`.
import 'server-only';
import { getToken } from 'next-auth/jwt';
import { authSecret } from './auth-secret';
import { readSessionToken } from './session-token';

interface CookieSource {
  getAll(): { name: string; value: string }[];
}

/** The id of the user whose live next-auth session cookie is among `cookies`, or null. */
export async function sessionUserId(cookies: CookieSource | undefined): Promise<string | null> {
  if (!cookies) return null;
  // raw: the (possibly chunked) cookie value under next-auth's own name (secure prefix on https).
  const raw = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret(), raw: true });
  if (!raw) return null;
  return (await readSessionToken(raw))?.userId ?? null;
}
