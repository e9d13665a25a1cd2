import type { NextConfig } from 'next';
import { FRAMEWORK_BODY_LIMIT_BYTES } from './lib/http/body-limit';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // `node .next/standalone/server.js`: Next's own server with only the files it needs (README, Production).
  output: 'standalone',
  // Read from disk at run time, so the file tracer cannot see them: the migrations the app applies to an
  // embedded database on start, and the schema engine's WASM that applies them.
  outputFileTracingIncludes: {
    '/*': ['./prisma/migrations/**/*', './prisma/schema.prisma', './node_modules/@prisma/schema-engine-wasm/**/*'],
  },
  // The migration runner resolves paths from the working directory, which leads the tracer to the whole
  // project: keep tests, docs and local databases out of the deployable folder.
  outputFileTracingExcludes: {
    '/*': ['./e2e/**', './test/**', './docs/**', './scripts/**', './.data/**', './test-results/**', './.git/**'],
  },
  // PGlite ships its PostgreSQL as WASM + data files that must be loaded from node_modules at run
  // time, not bundled; the same holds for the pg driver, the mailer and the MIME parser.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'nodemailer', 'mailparser'],
  poweredByHeader: false,
  // Cache Components: pages prerender a static shell and stream their data; data functions marked
  // 'use cache' are shared by every user who may see them and invalidated by tag (lib/cache).
  cacheComponents: true,
  // Partial prefetching: a link in view prefetches its page's static shell (per segment), so a click shows the
  // frame at once. A server action's re-render shows its own write because runAction expires the changed tables'
  // tags with updateTag (lib/cache/own-writes.ts); pages read the session after `await connection()`
  // (lib/auth/current-user.ts), so nothing that depends on the user is read while a shell is prerendered.
  partialPrefetching: true,
  // The store behind 'use cache': invalidated by PostgreSQL's change notifications, fail-closed (lib/cache).
  cacheHandlers: { default: './lib/cache/next-cache-handler.mjs' },
  // The test command runs `tsc --noEmit` (and ESLint) before building: checking types again inside
  // `next build` would only double the slowest step on a 2-core CI machine.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // Next's own body limits sit above the app's one limit (lib/http/body-limit.ts, checked first by
  // proxy.ts): a report of exactly 10 MB plus its fields must reach the action or route whole.
  experimental: {
    // forbidden() (app/forbidden.tsx): a refused page answers 403 with a readable page (lib/page-gate).
    authInterrupts: true,
    serverActions: { bodySizeLimit: FRAMEWORK_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: FRAMEWORK_BODY_LIMIT_BYTES,
  },
};

export default nextConfig;
