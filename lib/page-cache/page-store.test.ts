import { describe, expect, it } from 'vitest';
import { PageStore, type StoredPage } from './page-store';

const page = (bytes: number): StoredPage => ({ headers: {}, body: Buffer.alloc(bytes), path: '/', session: 's', renderedAtSeq: 0, expiresAt: Infinity });

describe('PageStore', () => {
  it('drops the least recently used pages once the bodies exceed the byte budget', () => {
    const store = new PageStore(300);
    store.set('a', page(100));
    store.set('b', page(100));
    store.set('c', page(100));
    expect(store.get('a')).toBeDefined(); // a is now the most recently used
    store.set('d', page(100));
    expect(store.get('b')).toBeUndefined();
    expect([store.get('a'), store.get('c'), store.get('d')].every(Boolean)).toBe(true);
    expect(store.totalBytes).toBe(300);
  });

  it('replaces a page under the same key, refuses one larger than the budget, and clears', () => {
    const store = new PageStore(250);
    store.set('a', page(100));
    store.set('a', page(200));
    expect(store.totalBytes).toBe(200);
    expect(store.size).toBe(1);
    store.set('huge', page(251));
    expect(store.get('huge')).toBeUndefined();
    expect(store.get('a')?.body.length).toBe(200);
    store.clear();
    expect([store.size, store.totalBytes]).toEqual([0, 0]);
  });
});
