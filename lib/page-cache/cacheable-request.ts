// Which requests the page cache may answer: full-document GETs of the busiest read pages by a
// signed-in browser. Not the client router's RSC fetches (they vary by router state), not prefetches,
// not API routes (they have their own clients and limits), not anything with a body.
import type { IncomingMessage } from 'node:http';

/** The pages that are read far more often than what they show changes. */
const CACHED_PAGES: readonly string[] = ['/', '/coverage', '/teams', '/rollouts'];
const MAX_URL_LENGTH = 2_048;

export function cacheablePath(request: IncomingMessage): string | null {
  if (request.method !== 'GET' || !request.url || request.url.length > MAX_URL_LENGTH) return null;
  const headers = request.headers;
  if (headers.rsc || headers['next-router-state-tree'] || headers['next-router-prefetch'] || headers['next-action'] || headers.purpose === 'prefetch') return null;
  const query = request.url.indexOf('?');
  const path = query < 0 ? request.url : request.url.slice(0, query);
  return CACHED_PAGES.includes(path) ? path : null;
}

export function isMutating(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
