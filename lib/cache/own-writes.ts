// Read-your-own-writes for server actions (lib/actions/run-action.ts): the tables a mutation changed, learnt
// from the change notifications its commit produced (migration data_change_notify), so the action can expire
// their cache tags with Next's updateTag() and its own re-render shows the new data at once. The feed is the
// one the table cache listens on (lib/cache/install-table-cache.ts); without it (caching off, tests, scripts)
// nothing is cached and there is nothing to expire. Changes other clients committed meanwhile are included:
// expiring them too is harmless.
import type { ChangeFeed } from './change-feed';
import { installedTableCache } from './install-table-cache';
import { tableTag } from './table-tags';

type Feed = Pick<ChangeFeed, 'sequence' | 'catchUp' | 'tablesChangedSince'>;

/** Runs `write`, then waits until the feed has seen its commit, and answers the cache tags of the tables changed meanwhile. */
export async function tagsWrittenDuring<T>(write: () => Promise<T>, feed: Feed | undefined = installedTableCache()?.feed): Promise<{ result: T; tags: string[] }> {
  if (!feed) return { result: await write(), tags: [] };
  const before = feed.sequence;
  const result = await write();
  // A feed that cannot catch up serves nothing from the cache (fail closed); what it has seen still counts.
  await feed.catchUp();
  return { result, tags: feed.tablesChangedSince(before).map(tableTag) };
}
