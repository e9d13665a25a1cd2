// Rate limit on sign-in attempts (POST /api/auth/callback/<provider>, POST /api/auth/signin/<provider>),
// called from proxy.ts before next-auth sees the request. Two counters, each attempt counts on both: per
// client address whatever the account (one address trying many accounts), and per account whatever the
// address (many addresses trying one account; only when the attempt names one). The 429 carries
// Retry-After and, for next-auth's client (which follows `url`), a link back to the sign-in page
// with ?error=RateLimited, where the reason is shown.
import { NextResponse, type NextRequest } from 'next/server';
import { clientIp } from './client-ip';
import { hitRateLimit } from './fixed-window';
import { signInPerIpRule, signInRule } from './rules';

const SIGN_IN_PATH = /^\/api\/auth\/(callback|signin)\/[^/]+\/?$/;
const MAX_FORM_BYTES = 16_384;

export function isSignInAttempt(method: string, pathname: string): boolean {
  return method === 'POST' && SIGN_IN_PATH.test(pathname);
}

/** The account a sign-in names (the credentials form's e-mail), or "-" when it names none. */
async function accountOf(request: NextRequest): Promise<string> {
  const type = request.headers.get('content-type') ?? '';
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!type.includes('application/x-www-form-urlencoded') || length > MAX_FORM_BYTES) return '-';
  try {
    const form = new URLSearchParams((await request.clone().text()).slice(0, MAX_FORM_BYTES));
    const account = (form.get('email') ?? form.get('username') ?? '').trim().toLowerCase();
    return account.slice(0, 200) || '-';
  } catch {
    return '-';
  }
}

/** A 429 response when this sign-in attempt is over either limit, else null (let it through). */
export async function limitSignIn(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (!isSignInAttempt(request.method, pathname)) return null;
  try {
    const account = await accountOf(request);
    const counters = [
      { key: `signin-ip:${clientIp(request.headers)}`, rule: signInPerIpRule() },
      ...(account === '-' ? [] : [{ key: `signin-account:${account}`, rule: signInRule() }]),
    ].filter(({ rule }) => rule.limit > 0);
    const decisions = await Promise.all(counters.map(({ key, rule }) => hitRateLimit(key, rule)));
    const refused = decisions.filter((decision) => !decision.allowed);
    if (!refused.length) return null;
    const retryAfter = Math.max(...refused.map((decision) => decision.retryAfterSeconds));
    const url = new URL('/signin?error=RateLimited', request.nextUrl.origin).toString();
    return NextResponse.json(
      { error: 'rate_limited', message: `Too many sign-in attempts; try again in ${retryAfter} s.`, url },
      { status: 429, headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    // Fail open: an unreachable counter must not lock everybody out; next-auth itself will fail
    // on the same database if it is really down.
    console.warn('[rate-limit] sign-in limit unavailable:', (error as Error).message);
    return null;
  }
}
