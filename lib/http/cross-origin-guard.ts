// The one guard against cross-origin writes (CSRF), run by proxy.ts before any route or server action.
// A session cookie is sent by the browser whoever made the page that sends the request, and SameSite=Lax
// does not stop another port or a sibling subdomain (same site, other origin). So a write that rides on
// the cookie is accepted only when:
//   - the browser says it comes from this origin (Origin's host equals Host / X-Forwarded-Host, as Next
//     compares for server actions; or, without Origin, Sec-Fetch-Site is same-origin or none), and
//   - on the JSON API, it is `Content-Type: application/json`: a type no form and no "simple" cross-origin
//     fetch can send without a CORS preflight, which this app never grants (415 otherwise).
// Bearer-token requests carry no ambient authority and are left alone; so are next-auth's own endpoints
// (/api/auth/*, protected by its CSRF token) and requests without a session cookie (nothing to abuse),
// except server actions, which are refused from another origin in any case.
// Pure: headers in, a refusal (status + reason) or null out.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export interface CrossOriginRefusal {
  status: 403 | 415;
  error: 'cross_origin' | 'unsupported_media_type';
  message: string;
}

interface GuardedRequest {
  method: string;
  pathname: string;
  headers: Headers;
  /** Names of the cookies the request carries. */
  cookieNames: string[];
}

function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}

/** Whether the browser says this request was made by a page of this very origin. */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin !== null) {
    if (origin === 'null') return false;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false;
    }
    const hosts = [firstValue(headers.get('x-forwarded-host')), firstValue(headers.get('host'))].filter(Boolean);
    return hosts.includes(originHost);
  }
  // No Origin (an old browser, or not a browser at all): trust Fetch Metadata when it is there.
  const site = headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}

function isJson(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence === 'application/json' || (essence !== undefined && /^application\/[\w.+-]+\+json$/.test(essence));
}

/** A refusal for a cookie-authenticated write from another origin (or of a non-JSON type on the API), else null. */
export function crossOriginRefusal(request: GuardedRequest): CrossOriginRefusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  // A server action from another origin is refused whatever it carries (session or not, token or not):
  // Next would refuse it too, but with a 500.
  const isAction = request.headers.has('next-action');
  if (!isAction) {
    if (request.headers.has('authorization')) return null;
    if (request.pathname.startsWith('/api/auth/')) return null;
    // next-auth splits a large token into session-token.0, .1, …
    const hasSession = request.cookieNames.some((name) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
    if (!hasSession) return null;
  }
  const isApi = request.pathname.startsWith('/api/');
  if (!isSameOrigin(request.headers)) {
    return {
      status: 403,
      error: 'cross_origin',
      message: isApi
        ? 'Refused: this request came from another site. Signed-in API writes are accepted only from the app itself; scripts should send "Authorization: Bearer <token>".'
        : 'Refused: this form was sent from another site. Open the page in this app and submit it there.',
    };
  }
  if (isApi && !isJson(request.headers.get('content-type'))) {
    return {
      status: 415,
      error: 'unsupported_media_type',
      message: 'Signed-in API writes must be sent as "Content-Type: application/json"; for uploads and other types use "Authorization: Bearer <token>".',
    };
  }
  return null;
}
