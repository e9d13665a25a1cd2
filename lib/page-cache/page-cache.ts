// A cache of rendered pages in front of the Next.js request handler, so that the read pages a user
// reloads, reopens or keeps on a wall screen are not rendered again while nothing they show changed.
//   - What is kept: full-document GETs of CACHED_PAGES with a 200 answer, per URL, content coding and
//     Cookie header (so per signed-in session: nobody is ever served a page rendered for somebody else).
//   - When it is stale: a page is served from memory only while no table its route has ever read
//     changed (the change feed: PostgreSQL NOTIFY after every commit, from this process, the worker,
//     other instances, psql alike), for at most maxAgeMs (pages also show the time: overdue marks),
//     never past the session's own expiry, and never after the same session sent a write (a form,
//     a server action, an API call): users see their own changes on the next load.
//   - Which tables a render read is recorded while it runs (lib/db/query-observer.ts), not declared.
//   - What is never kept: renders where a query failed or that streamed an error boundary, answers
//     that set a cookie, anything rendered while the change feed was down.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readSessionToken } from '@/lib/auth/session-token';
import { cacheablePath, isMutating } from './cacheable-request';
import { captureBody, decodedText } from './capture-body';
import type { ChangeFeed } from './change-feed';
import { PageStore, type StoredPage } from './page-store';
import { newRenderRecord, type RenderRecord, recordRender } from './render-context';
import { sessionTokenOf } from './session-cookie';

export interface PageCacheOptions {
  feed: ChangeFeed;
  /** Memory for page bodies, in bytes. */
  maxBytes: number;
  /** The longest a page is served from memory, in ms. */
  maxAgeMs: number;
  now?: () => number;
  /** Log each page kept (with the tables it depends on) and why a kept page was rendered again. */
  log?: (message: string) => void;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  stored: number;
  bypassed: number;
  pages: number;
  bytes: number;
}

const UNSTORED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'x-page-cache']);
const MAX_SESSIONS_REMEMBERED = 10_000;
// React marks a server error streamed into the page (an error boundary's digest); such a render is not kept.
const ERROR_RENDER = /data-dgst=|\\?"digest\\?":/;

export class PageCache {
  private readonly store: PageStore;
  /** Tables each cached path was seen to read, over all its renders. A page is checked against all of
   *  them, not only its own render's: Prisma may batch the same lookup of two concurrent requests into
   *  one statement, which is then recorded for one of them only. */
  private readonly routeTables = new Map<string, Set<string>>();
  /** Sequence number of each session's latest write. */
  private readonly sessionWrites = new Map<string, number>();
  private readonly now: () => number;
  private readonly counts = { hits: 0, misses: 0, stored: 0, bypassed: 0 };
  private warnedNoTables = false;

  constructor(private readonly options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes);
    this.now = options.now ?? Date.now;
    options.feed.onReset(() => this.store.clear());
  }

  stats(): PageCacheStats {
    return { ...this.counts, pages: this.store.size, bytes: this.store.totalBytes };
  }

  /** Answers `request` from memory, or lets `render` answer it (and keeps the page when it may). */
  async serve(request: IncomingMessage, response: ServerResponse, render: () => unknown): Promise<void> {
    if (isMutating(request.method)) {
      const session = await sessionTokenOf(request.headers.cookie);
      if (session) {
        this.noteWrite(session);
        response.once('close', () => this.noteWrite(session)); // and again once its writes are done
      }
      await render();
      return;
    }
    const path = cacheablePath(request);
    if (!path) return void (await render());
    const session = await sessionTokenOf(request.headers.cookie);
    if (!session || !this.options.feed.live) {
      this.counts.bypassed++;
      response.setHeader('x-page-cache', 'bypass');
      return void (await render());
    }
    const key = `${request.url}\n${request.headers['accept-encoding'] ?? ''}\n${request.headers.cookie}`;
    const page = this.store.get(key);
    const stale = page && this.staleReason(page);
    if (page && !stale) {
      this.counts.hits++;
      response.writeHead(200, { ...page.headers, 'content-length': page.body.length, 'x-page-cache': 'hit' });
      response.end(page.body);
      return;
    }
    if (page) {
      this.store.delete(key);
      this.options.log?.(`[page-cache] ${request.url}: rendered again (${stale})`);
    }
    this.counts.misses++;
    const renderedAtSeq = this.options.feed.sequence;
    const token = await readSessionToken(session); // null (forged, expired): rendered, never kept
    response.setHeader('x-page-cache', 'miss');
    const record: RenderRecord = newRenderRecord();
    captureBody(response, (body) => {
      if (token) this.keep(key, { path, session, expiresAt: token.expiresAt, renderedAtSeq, record, response, body });
    });
    await recordRender(record, render);
  }

  /** Why a kept page may no longer be served, or null when it may. */
  private staleReason(page: StoredPage): string | null {
    if (this.now() >= page.expiresAt) return 'age limit or session expiry';
    if ((this.sessionWrites.get(page.session) ?? 0) > page.renderedAtSeq) return 'the session wrote since';
    const tables = this.routeTables.get(page.path) ?? [];
    if (!this.options.feed.changedSince(tables, page.renderedAtSeq)) return null;
    return `changed since: ${this.options.feed.changesSince(tables, page.renderedAtSeq).join(', ')}`;
  }

  private noteWrite(session: string): void {
    this.sessionWrites.delete(session);
    if (this.sessionWrites.size >= MAX_SESSIONS_REMEMBERED) this.sessionWrites.delete(this.sessionWrites.keys().next().value!);
    this.sessionWrites.set(session, this.options.feed.tick());
  }

  private keep(
    key: string,
    render: { path: string; session: string; expiresAt: number; renderedAtSeq: number; record: RenderRecord; response: ServerResponse; body: Buffer },
  ): void {
    const { path, session, expiresAt, renderedAtSeq, record, response, body } = render;
    const feed = this.options.feed;
    if (response.statusCode !== 200 || response.hasHeader('set-cookie') || record.failed) return;
    if (!String(response.getHeader('content-type') ?? '').startsWith('text/html')) return;
    if (!feed.live || feed.changedSince([], renderedAtSeq)) return; // the feed was reset meanwhile
    const tables = [...record.identifiers].filter((name) => feed.isTable(name));
    if (tables.length === 0) {
      // Every page reads at least the signed-in user; no table at all means the recorder is not wired.
      if (!this.warnedNoTables) console.warn(`[page-cache] a render of ${path} recorded no table read; not keeping it`);
      this.warnedNoTables = true;
      return;
    }
    if (tables.some((table) => !feed.isAnnounced(table))) return void feed.refreshTables();
    const encoding = response.getHeader('content-encoding');
    if (ERROR_RENDER.test(decodedText(body, typeof encoding === 'string' ? encoding : undefined))) return;
    const known = this.routeTables.get(path) ?? new Set<string>();
    for (const table of tables) known.add(table);
    this.routeTables.set(path, known);
    const headers: StoredPage['headers'] = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (value !== undefined && !UNSTORED_HEADERS.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
    }
    this.store.set(key, { headers, body, path, session, renderedAtSeq, expiresAt: Math.min(this.now() + this.options.maxAgeMs, expiresAt) });
    this.counts.stored++;
    this.options.log?.(`[page-cache] kept ${key.split('\n')[0]} (${body.length} bytes; ${path} reads ${[...known].sort().join(', ')})`);
  }
}
