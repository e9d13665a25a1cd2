// Applies lib/http/url-guard.ts to a request in the Node server (scripts/serve.ts), before Next.js and
// the page cache see it. The JSON API and feeds get a 400 JSON with the reason; a browser address gets
// the app's usual "Not found" page (404), rendered by Next from a path no route matches. Either way
// with the security headers and one log line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers';
import { INVALID_URL_PATH, malformedUrlReason } from './url-guard';

/** The request target without an absolute-form origin ("http://host/path" from some proxies). */
function requestTarget(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '') || '/' : url;
}

/** True when the request was answered here; otherwise it goes on (maybe rewritten to INVALID_URL_PATH). */
export function guardRequestUrl(request: IncomingMessage, response: ServerResponse): boolean {
  const target = requestTarget(request.url ?? '/');
  const reason = malformedUrlReason(target);
  if (!reason) return false;
  const shown = JSON.stringify(target.slice(0, 200));
  const isApi = target.startsWith('/api/') || target.startsWith('/feeds/');
  console.warn(`[serve] ${isApi ? 400 : 404} ${request.method} ${shown}: ${reason}`);
  if (!isApi) {
    request.url = INVALID_URL_PATH;
    return false;
  }
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ error: 'invalid', message: reason }));
  return true;
}
