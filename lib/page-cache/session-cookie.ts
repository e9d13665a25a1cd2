// The raw next-auth session token of a request's Cookie header (possibly split over name.0, name.1, …
// chunks, and under the __Secure- prefix on https), read by next-auth's own getToken.
import { getToken } from 'next-auth/jwt';
import { authSecret } from '@/lib/auth/auth-secret';

export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    if (name && !Object.hasOwn(cookies, name)) cookies[name] = part.slice(at + 1).trim();
  }
  return cookies;
}

export async function sessionTokenOf(cookieHeader: string | undefined): Promise<string | null> {
  if (!cookieHeader || !cookieHeader.includes('session-token')) return null;
  const cookies = parseCookieHeader(cookieHeader);
  const raw = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret(), raw: true });
  return raw || null;
}
