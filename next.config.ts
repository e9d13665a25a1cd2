import type { NextConfig } from 'next';
import { FRAMEWORK_BODY_LIMIT_BYTES } from './lib/http/body-limit';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // PGlite ships its PostgreSQL as WASM + data files that must be loaded from node_modules at run
  // time, not bundled; the same holds for the pg driver, the mailer and the MIME parser.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'nodemailer', 'mailparser'],
  poweredByHeader: false,
  // The test command runs `tsc --noEmit` (and ESLint) before building: checking types again inside
  // `next build` would only double the slowest step on a 2-core CI machine.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  // Next's own body limits sit above the app's one limit (lib/http/body-limit.ts, checked first by
  // scripts/serve.ts): a report of exactly 10 MB plus its fields must reach the action or route whole.
  experimental: {
    // forbidden() (app/forbidden.tsx): a refused page answers 403 with a readable page (lib/page-gate).
    authInterrupts: true,
    serverActions: { bodySizeLimit: FRAMEWORK_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: FRAMEWORK_BODY_LIMIT_BYTES,
  },
};

export default nextConfig;
