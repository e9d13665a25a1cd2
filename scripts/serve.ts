// The production server: Next.js's request handler (what `next start` runs) behind the page cache
// (lib/page-cache). `npm start` runs it; options as for `next start`:
//   npm start -- [-p PORT] [-H HOSTNAME]     (or PORT=…, HOSTNAME=…; defaults 3000 and every interface)
//   PAGE_CACHE_MB=0 turns the cache off; PAGE_CACHE_MAX_AGE_S bounds how long a page is reused (60).
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

// Before Next.js is loaded: it reads NODE_ENV once.
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);
const maxAgeSeconds = Number(process.env.PAGE_CACHE_MAX_AGE_S ?? 60);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port number: ${values.port ?? process.env.PORT}`);
if (!(cacheMb >= 0) || !(maxAgeSeconds > 0)) throw new Error('PAGE_CACHE_MB must be >= 0 and PAGE_CACHE_MAX_AGE_S > 0');

const { default: next } = await import('next');
const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const { createPageCacheFromEnv } = await import('../lib/page-cache/start-page-cache');
const cache = cacheMb > 0 ? await createPageCacheFromEnv({ maxBytes: cacheMb * 1024 * 1024, maxAgeMs: maxAgeSeconds * 1000 }) : null;

const { guardRequest } = await import('../lib/http/request-guard');

const server = createServer((request, response) => {
  // Malformed escapes, control characters, overlong parts, oversized bodies: refused before Next.
  if (guardRequest(request, response)) return;
  const render = () => handle(request, response);
  (cache ? cache.serve(request, response, render) : render()).catch((error: unknown) => {
    console.error('[serve] unexpected error', error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
    else response.destroy();
  });
});

server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  console.log(`[serve] ready on http://${shown}:${port}${cache ? ` (page cache ${cacheMb} MB, up to ${maxAgeSeconds} s)` : ' (page cache off)'}`);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (cache) {
      const { hits, misses, stored, bypassed, pages, bytes } = cache.stats();
      console.log(`[page-cache] since start: ${hits} served from memory, ${misses} rendered (${stored} kept), ${bypassed} without a live session or feed; ${pages} pages in ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    }
    server.close();
    server.closeIdleConnections();
    void Promise.allSettled([cache?.stop(), app.close()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
