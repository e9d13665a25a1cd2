// Runs before every route and page: the address and body-size guard (lib/http/request-guard.ts), the
// cross-origin guard for writes (lib/http/cross-origin-guard.ts), the sign-in rate limits, a coarse sign-in
// gate for pages, and the status of a refused or missing page (lib/page-gate: 403/404 before the page
// streams). It authorizes nothing: every page, server action and API route checks the user's permissions itself.
import { NextResponse, type NextRequest } from 'next/server';
import { crossOriginRefusal, SESSION_COOKIES } from '@/lib/http/cross-origin-guard';
import { guardDecision } from '@/lib/http/request-guard';
import { INVALID_URL_PATH } from '@/lib/http/url-guard';
import { gateRequest } from '@/lib/page-gate/gate-request';
import { limitSignIn } from '@/lib/rate-limit/sign-in-limit';

const PUBLIC_PREFIXES = [INVALID_URL_PATH, '/signin', '/api/', '/feeds/', '/unsubscribe', '/_next/', '/favicon', '/screenshot'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Malformed escapes, control characters, overlong parts, oversized bodies: refused before any route.
  const guarded = guardDecision({
    target: pathname + search,
    contentLength: request.headers.get('content-length'),
    contentType: request.headers.get('content-type'),
  });
  if (guarded.kind !== 'pass') {
    const status = guarded.kind === 'not-found' ? 404 : guarded.status;
    console.warn(`[proxy] ${status} ${request.method} ${JSON.stringify((pathname + search).slice(0, 200))}: ${guarded.kind === 'not-found' ? guarded.reason : guarded.message}`);
    if (guarded.kind === 'not-found') return NextResponse.rewrite(new URL(INVALID_URL_PATH, request.url));
    const headers = { 'cache-control': 'no-store' };
    return guarded.json
      ? NextResponse.json({ error: guarded.error, message: guarded.message }, { status, headers })
      : new NextResponse(guarded.message, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Writes riding on the session cookie from another origin (API routes and server actions alike).
  const refused = crossOriginRefusal({ method: request.method, pathname, headers: request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) });
  if (refused) {
    console.warn(`[proxy] ${refused.status} ${request.method} ${pathname.slice(0, 200)}: ${refused.error} (origin ${request.headers.get('origin')?.slice(0, 100) ?? '-'})`);
    return pathname.startsWith('/api/')
      ? NextResponse.json({ error: refused.error, message: refused.message }, { status: refused.status })
      : new NextResponse(refused.message, { status: refused.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Sign-in attempts are counted per client address and per account (lib/rate-limit); 429 past either limit.
  const limited = await limitSignIn(request);
  if (limited) return limited;
  if (pathname === '/' || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // A Bearer token is checked by the route itself (e.g. /teams/export, a route outside /api); a page
  // requested with one and no session still finds no user and sends the visitor to sign in.
  if (signedIn) return (await gateRequest(request)) ?? NextResponse.next();
  if (request.headers.has('authorization')) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// Link prefetches (`Next-Router-Prefetch`) skip the proxy: they are GETs that fetch a page's static shell or
// route tree, mostly straight from the build's prerender, and make up most of a browser's requests (about 20 per
// click); the proxy's turn cost more than the answer itself (npm run bench -- load). Nothing here applies to
// them: no body, no write, no document status, and a signed-out prefetch gets the shell without data. The
// same addresses with any other request still pass the guard (e2e/url-robustness.spec.ts tries prefetches too).
export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    // An escaped path (a malformed escape makes Next answer 500 before any route) is guarded whatever asks for it.
    '/:path(.*%.*)',
  ],
};
