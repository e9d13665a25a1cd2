// Installs the table cache (lib/cache/table-cache.ts) for this server process, where
// lib/cache/next-cache-handler.mjs finds it: listening for data changes on the configured database.
// CACHE_MAX_MB=0 installs nothing, so `'use cache'` computes every result afresh (the bench's "caching
// off" run). Called once from instrumentation.ts; never during `next build`.
import { readDatabaseConfig } from '@/lib/db/config';
import { ChangeFeed } from './change-feed';
import { changeListenerFor } from './change-listeners';
import { TableCache } from './table-cache';

const KEY = Symbol.for('early-adopters.table-cache');
const registry = globalThis as unknown as { [KEY]?: TableCache };

/** The table cache of this process, once installed. */
export function installedTableCache(): TableCache | undefined {
  return registry[KEY];
}

export async function installTableCache(): Promise<TableCache | undefined> {
  const maxMb = Number(process.env.CACHE_MAX_MB ?? 64);
  if (!(maxMb > 0)) {
    console.log('[cache] off (CACHE_MAX_MB=0): every cached function is computed afresh');
    return undefined;
  }
  if (registry[KEY]) return registry[KEY];
  const feed = new ChangeFeed(changeListenerFor(readDatabaseConfig()));
  const cache = new TableCache(feed, maxMb * 1024 * 1024);
  registry[KEY] = cache;
  await feed.start();
  process.once('SIGTERM', () => {
    const { hits, misses, kept, entries, bytes } = cache.stats();
    console.log(`[cache] since start: ${hits} served from memory, ${misses} computed (${kept} kept); ${entries} entries in ${(bytes / 1048576).toFixed(1)} MB`);
    void feed.stop();
  });
  console.log(`[cache] ${maxMb} MB, invalidated by the database's change notifications${feed.live ? '' : ' (not listening yet: nothing is served from memory until it is)'}`);
  return cache;
}
