// Rendered pages in memory, least recently used first out, bounded by the total size of their bodies.
export interface StoredPage {
  /** Response headers as the app sent them (no hop-by-hop ones). */
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Request path, whose learned table set decides validity. */
  path: string;
  /** The raw session token it was rendered for. */
  session: string;
  /** Change-feed sequence number when its render started: valid while nothing it read changed since. */
  renderedAtSeq: number;
  /** Not served after this (ms since the epoch): the page's age limit or the session's expiry. */
  expiresAt: number;
}

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key); // re-insert: Map order is recency order
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.delete(key);
    if (page.body.length > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }
}
