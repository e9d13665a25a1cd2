// The checks proxy.ts makes on every request before any route, page or server action runs: the address
// (lib/http/url-guard.ts) and the declared body size (lib/http/body-limit.ts: answered before Next's own,
// higher limit could cut the body short). The JSON API and feeds get JSON with the reason; a browser
// address with a bad URL is rewritten to a path no route matches, so Next renders the app's usual
// "Not found" page (404). Security headers come from next.config.ts on every answer. Pure: it decides,
// proxy.ts answers; the same under `next start`, the standalone server and `next dev`.
import { bodyTooLargeReason } from './body-limit';
import { malformedUrlReason } from './url-guard';

export type GuardDecision =
  | { kind: 'pass' }
  | { kind: 'not-found'; reason: string }
  | { kind: 'refuse'; status: 400 | 413; json: boolean; error: 'invalid' | 'too_large'; message: string };

export interface GuardedRequest {
  /** The request target as sent: path and query, still percent-encoded. */
  target: string;
  contentLength: string | null;
  contentType: string | null;
}

/** What to do with a request before Next routes it. */
export function guardDecision({ target, contentLength, contentType }: GuardedRequest): GuardDecision {
  const isApi = target.startsWith('/api/') || target.startsWith('/feeds/');
  const reason = malformedUrlReason(target);
  if (reason) return isApi ? { kind: 'refuse', status: 400, json: true, error: 'invalid', message: reason } : { kind: 'not-found', reason };
  const tooLarge = bodyTooLargeReason(contentLength ?? undefined, contentType ?? undefined);
  if (tooLarge) return { kind: 'refuse', status: 413, json: isApi, error: 'too_large', message: tooLarge };
  return { kind: 'pass' };
}
