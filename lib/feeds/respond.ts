// HTTP responses of the public feeds: the right Content-Type, cacheable by browsers and proxies for a
// few minutes (feed readers poll), and a plain 404 for an unknown stack or team.
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { buildAtom } from './atom';
import type { Feed } from './feed-types';
import { buildRss } from './rss';

const CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=600';

export type FeedFormat = 'rss' | 'atom';

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  const body = format === 'rss' ? buildRss(feed) : buildAtom(feed);
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': CACHE } });
}

export function calendarResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': CACHE,
    },
  });
}

export function notFound(what: string): Response {
  return new Response(`${what} not found\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** "arc.rss" -> { name: "arc", format: "rss" }; null for any other extension. */
export function splitFeedFile(file: string): { name: string; format: FeedFormat } | null {
  const match = /^(.+)\.(rss|atom)$/.exec(safeDecodeURIComponent(file));
  return match ? { name: match[1]!, format: match[2] as FeedFormat } : null;
}
