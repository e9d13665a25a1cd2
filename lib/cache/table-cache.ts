// The store behind `'use cache'` (installed by lib/cache/install-table-cache.ts; Next reaches it through
// lib/cache/next-cache-handler.mjs). Entries live in this process's memory, bounded by size (least
// recently used first out). Each entry carries the tags of the tables it was computed from
// (lib/cache/table-tags.ts); the database announces every committed change of a table (migration
// data_change_notify), and from that moment no entry computed before it with that table's tag is served,
// whichever process, worker, CLI or psql session wrote it. Fail closed: before anything is served a request
// waits for the change feed to catch up (ChangeFeed.catchUp), and while the feed is not live nothing is
// served or kept; when it comes back everything kept before is dropped.
import type { CacheEntry, CacheHandler } from 'next/cache';
import type { ChangeFeed } from './change-feed';
import { tableTag } from './table-tags';

interface Kept {
  meta: Omit<CacheEntry, 'value'>;
  bytes: Uint8Array;
}

export interface TableCacheStats {
  hits: number;
  misses: number;
  kept: number;
  entries: number;
  bytes: number;
}

const now = () => Math.round(performance.timeOrigin + performance.now());

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export class TableCache implements CacheHandler {
  private readonly entries = new Map<string, Kept>();
  private readonly pending = new Map<string, Promise<void>>();
  /** When each tag last changed (ms); an entry computed at or before that time is not served. */
  private readonly tagChangedAt = new Map<string, number>();
  private droppedAllAt = 0;
  private bytes = 0;
  readonly counts = { hits: 0, misses: 0, kept: 0 };

  constructor(
    readonly feed: Pick<ChangeFeed, 'live' | 'catchUp' | 'onChange' | 'onReset' | 'sequence' | 'tablesChangedSince'>,
    private readonly maxBytes: number,
  ) {
    feed.onChange((table) => this.tagChangedAt.set(tableTag(table), now()));
    feed.onReset(() => this.dropAll());
  }

  stats(): TableCacheStats {
    return { ...this.counts, entries: this.entries.size, bytes: this.bytes };
  }

  async refreshTags(): Promise<void> {
    // The barrier: after it, every change committed before this request is known, or the feed is not live.
    await this.feed.catchUp();
  }

  async get(cacheKey: string): Promise<CacheEntry | undefined> {
    await this.pending.get(cacheKey);
    const kept = this.entries.get(cacheKey);
    if (!kept || !this.feed.live || !this.isFresh(kept.meta)) {
      if (kept) this.remove(cacheKey);
      this.counts.misses++;
      return undefined;
    }
    this.entries.delete(cacheKey); // most recently used last
    this.entries.set(cacheKey, kept);
    this.counts.hits++;
    return { ...kept.meta, value: streamOf(kept.bytes) };
  }

  async set(cacheKey: string, pendingEntry: Promise<CacheEntry>): Promise<void> {
    let done = () => {};
    this.pending.set(cacheKey, new Promise<void>((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      const bytes = new Uint8Array(await new Response(entry.value).arrayBuffer());
      const meta: Omit<CacheEntry, 'value'> = { tags: entry.tags, stale: entry.stale, timestamp: entry.timestamp, expire: entry.expire, revalidate: entry.revalidate };
      // A result computed while the feed was not live may predate changes nobody announced to us.
      if (!this.feed.live || entry.expire === 0 || !this.isFresh(meta) || bytes.byteLength > this.maxBytes / 4) return;
      this.remove(cacheKey);
      this.entries.set(cacheKey, { meta, bytes });
      this.bytes += bytes.byteLength;
      this.counts.kept++;
      for (const [key] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.remove(key);
      }
    } catch {
      // an interrupted value is not kept
    } finally {
      done();
      this.pending.delete(cacheKey);
    }
  }

  async getExpiration(tags: string[]): Promise<number> {
    return Math.max(this.droppedAllAt, ...tags.map((tag) => this.tagChangedAt.get(tag) ?? 0));
  }

  /** updateTag()/revalidateTag() in this process: from now on, entries with these tags are recomputed. */
  async updateTags(tags: string[]): Promise<void> {
    const at = now();
    for (const tag of tags) this.tagChangedAt.set(tag, at);
  }

  private isFresh(meta: Omit<CacheEntry, 'value'>): boolean {
    if (meta.timestamp <= this.droppedAllAt) return false;
    if (now() > meta.timestamp + meta.revalidate * 1000) return false;
    return meta.tags.every((tag) => (this.tagChangedAt.get(tag) ?? 0) < meta.timestamp);
  }

  private remove(cacheKey: string): void {
    const kept = this.entries.get(cacheKey);
    if (!kept) return;
    this.entries.delete(cacheKey);
    this.bytes -= kept.bytes.byteLength;
  }

  private dropAll(): void {
    this.droppedAllAt = now();
    this.entries.clear();
    this.bytes = 0;
  }
}
