// Reads every page of one GOCDB method with optional cursor paging (GOCDB.github.io
// api/read/optional_cursor_paging.md): start with next_cursor=0, follow the next link's cursor until
// a page says count 0 or has no next link. Only the cursor is taken from GOCDB's link: requests always
// go to the configured GOCDB_URL, never to a host an answer names.
import type { GocdbConfig } from './config';
import { httpGet } from './http-get';
import { GocdbFormatError, type GocdbPage } from './parse-xml';

const MAX_PAGES = 10_000;

/** get_ngi is a private method; the others are under /public/ (get_site still wants a credential in production). */
export function methodUrl(config: GocdbConfig, method: string, params: Record<string, string>, cursor: string): string {
  const scope = method === 'get_ngi' ? 'private' : 'public';
  const query = new URLSearchParams({ method, ...params, next_cursor: cursor });
  return `${config.baseUrl}/${scope}/?${query.toString()}`;
}

export async function* fetchPages<T>(
  config: GocdbConfig,
  method: string,
  params: Record<string, string>,
  parse: (xml: string) => GocdbPage<T>,
): AsyncGenerator<GocdbPage<T>> {
  const seen = new Set<string>();
  let cursor: string | null = '0';
  while (cursor !== null) {
    if (seen.has(cursor) || seen.size >= MAX_PAGES) throw new GocdbFormatError(`GOCDB paging of ${method} does not end (cursor ${cursor} again).`);
    seen.add(cursor);
    const xml = await httpGet(methodUrl(config, method, params, cursor), { timeoutMs: config.timeoutMs, certFile: config.certFile, keyFile: config.keyFile });
    const page = parse(xml);
    yield page;
    cursor = page.nextCursor;
  }
}
