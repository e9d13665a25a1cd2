// The `'use cache'` handler Next.js loads (next.config.ts `cacheHandlers.default`). Next imports this file
// with a plain import() outside its bundles, so it stays plain JavaScript with no imports: the real
// handler (lib/cache/table-cache.ts, bundled with the app) is installed on globalThis by instrumentation.ts
// when the server starts. Until it is installed, or when it is turned off, nothing is served from memory
// and nothing is kept (fail closed).
const KEY = Symbol.for('early-adopters.table-cache');

/** @returns {import('next/cache').CacheHandler | undefined} */
const installed = () => globalThis[KEY];

/** @type {import('next/cache').CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => installed()?.get(cacheKey, softTags) ?? Promise.resolve(undefined),
  set: (cacheKey, pendingEntry) =>
    installed()?.set(cacheKey, pendingEntry) ??
    // Read to the end and dropped: a cancelled stream left the next render of the same key waiting (CACHE_MAX_MB=0).
    pendingEntry.then((entry) => entry.value.pipeTo(new WritableStream())).catch(() => {}),
  refreshTags: () => installed()?.refreshTags() ?? Promise.resolve(),
  getExpiration: (tags) => installed()?.getExpiration(tags) ?? Promise.resolve(0),
  updateTags: (tags, durations) => installed()?.updateTags(tags, durations) ?? Promise.resolve(),
};

export default handler;
