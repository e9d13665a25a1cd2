// Applies the checks that must happen before Next.js and the page cache see a request, in the Node server
// (scripts/serve.ts): the address (lib/http/url-guard.ts: Next would answer a malformed escape with a bare
// 500) and the declared body size (lib/http/body-limit.ts: before Next's own limit cuts the body short).
// The JSON API and feeds get JSON with the reason; a browser address with a bad URL gets the app's usual
// "Not found" page (404), rendered by Next from a path no route matches. Always with the security headers
// and one log line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyTooLargeReason } from './body-limit';
import { securityHeaders } from './security-headers';
import { INVALID_URL_PATH, malformedUrlReason } from './url-guard';

/** The request target without an absolute-form origin ("http://host/path" from some proxies). */
function requestTarget(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '') || '/' : url;
}

function refuse(request: IncomingMessage, response: ServerResponse, status: number, json: boolean, error: string, message: string): void {
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  response.setHeader('cache-control', 'no-store');
  // Answer at once; the rest of a body is read and dropped, never buffered (Node does the same once the
  // answer is complete), so the client gets the answer instead of a reset connection.
  request.resume();
  response.writeHead(status, { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' });
  response.end(json ? JSON.stringify({ error, message }) : message);
}

/** True when the request was answered here; otherwise it goes on (maybe rewritten to INVALID_URL_PATH). */
export function guardRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const target = requestTarget(request.url ?? '/');
  const shown = JSON.stringify(target.slice(0, 200));
  const isApi = target.startsWith('/api/') || target.startsWith('/feeds/');
  const reason = malformedUrlReason(target);
  if (reason) {
    console.warn(`[serve] ${isApi ? 400 : 404} ${request.method} ${shown}: ${reason}`);
    if (isApi) {
      refuse(request, response, 400, true, 'invalid', reason);
      return true;
    }
    request.url = INVALID_URL_PATH;
    return false;
  }
  const tooLarge = bodyTooLargeReason(request.headers['content-length'], request.headers['content-type']);
  if (tooLarge) {
    console.warn(`[serve] 413 ${request.method} ${shown}: ${request.headers['content-length']} bytes declared`);
    refuse(request, response, 413, isApi, 'too_large', tooLarge);
    return true;
  }
  return false;
}
