// The page cache as the production server starts it: listening for changes on the configured database,
// with the query recorder installed in the app's Prisma client.
import { readDatabaseConfig } from '@/lib/db/config';
import { ChangeFeed } from './change-feed';
import { changeListenerFor } from './change-listeners';
import { PageCache } from './page-cache';
import { installQueryRecorder } from './render-context';

export interface StartedPageCache {
  serve: PageCache['serve'];
  stats: PageCache['stats'];
  stop(): Promise<void>;
}

export async function createPageCacheFromEnv(options: { maxBytes: number; maxAgeMs: number }): Promise<StartedPageCache> {
  const feed = new ChangeFeed(changeListenerFor(readDatabaseConfig()));
  installQueryRecorder();
  await feed.start();
  const log = process.env.PAGE_CACHE_LOG === '1' ? (message: string) => console.log(message) : undefined;
  const cache = new PageCache({ feed, ...options, log });
  return { serve: cache.serve.bind(cache), stats: cache.stats.bind(cache), stop: () => feed.stop() };
}
