// A coarse sign-in gate for pages only. It does not authorize anything: every page, server action and
// API route checks the user's permissions itself.
import { NextResponse, type NextRequest } from 'next/server';
import { limitSignIn } from '@/lib/rate-limit/sign-in-limit';

const PUBLIC_PREFIXES = ['/signin', '/api/', '/feeds/', '/unsubscribe', '/_next/', '/favicon', '/screenshot'];
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Sign-in attempts are counted per client IP and account (lib/rate-limit); 429 past the limit.
  const limited = await limitSignIn(request);
  if (limited) return limited;
  if (pathname === '/' || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
