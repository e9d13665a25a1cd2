// The proxy's step that gives a refused or missing page its status (issue #21). Pages stream under their
// loading skeletons (app/(app)/**/loading.tsx), so a page's own notFound()/forbidden() runs after the 200 has
// been sent. For a full document load of a gated page, the verdict is taken here first and the request is
// rewritten to a page that answers 404 or 403 through Next's own notFound()/forbidden() (app/(status)/),
// showing the same readable page. Client navigations (RSC requests) are left alone: they keep their
// skeletons, and the page's own check renders the same not-found or refused page inside the app.
import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { loadPrincipal } from '@/lib/auth/principal';
import { sessionUserId } from '@/lib/auth/session-user';
import { gatedPage } from './gated-pages';
import { pageVerdict } from './page-verdict';

export const NOT_FOUND_PATH = '/status/not-found';
export const FORBIDDEN_PATH = '/status/forbidden';

function isDocumentLoad(request: NextRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const headers = request.headers;
  return !headers.has('rsc') && !headers.has('next-action') && !headers.has('next-router-prefetch') && !request.nextUrl.searchParams.has('_rsc');
}

/** A rewrite to the 404 or 403 page, or null to let the page render (also when nobody is signed in: it sends them to sign in). */
export async function gateRequest(request: NextRequest): Promise<NextResponse | null> {
  if (!isDocumentLoad(request)) return null;
  const page = gatedPage(request.nextUrl.pathname);
  if (!page) return null;
  const userId = await sessionUserId(request.cookies);
  const user = userId ? await loadPrincipal(userId) : null;
  if (!user) return null;
  const verdict = await pageVerdict(user, page);
  if (verdict === 'ok') return null;
  const url = request.nextUrl.clone();
  url.pathname = verdict === 'forbidden' ? FORBIDDEN_PATH : NOT_FOUND_PATH;
  url.search = '';
  return NextResponse.rewrite(url);
}
