// End-to-end tests (e2e/) in Chromium against the production build: Next's standalone server
// (`node .next/standalone/server.js`, as README's Production section runs it) on 127.0.0.1:3100
// with demo sign-in and a real OpenID Connect provider (e2e/support/oidc-server.ts) on 127.0.0.1:3199.
// Run them with `npm run test:e2e` (scripts/run-e2e.mjs), which finds Chromium, builds, picks a
// fresh embedded database and cleans up; running `npx playwright test` directly works on a fresh
// build but leaves its .data/e2e-* directory behind.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DEFAULT_PORT } from './e2e/support/oidc-constants';
import { PRODUCTION_NODE_FLAGS } from './scripts/production-server';

const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.OIDC_PORT ?? OIDC_DEFAULT_PORT);
const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
/** e2e/gocdb.spec.ts serves GOCDB fixtures here; the app's GOCDB_URL points at it (nothing listens otherwise). */
const GOCDB_PORT = Number(process.env.E2E_GOCDB_PORT ?? APP_PORT + 1);
process.env.E2E_GOCDB_PORT = String(GOCDB_PORT);
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Tests make their own data, but still: never against a database that is not on this machine.
const databaseUrl = process.env.DATABASE_URL?.trim();
if (databaseUrl) {
  let host = '';
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    throw new Error('DATABASE_URL is not a valid URL');
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    throw new Error(`Refusing to run e2e tests against the non-local database host "${host}" (DATABASE_URL)`);
  }
}

// Evaluated again in each worker, which inherits the environment: set once, read everywhere.
process.env.E2E_NEXTAUTH_SECRET ??= randomBytes(32).toString('hex');
process.env.E2E_PGLITE_DATA_DIR ??= path.resolve(`.data/e2e-${Date.now()}`);
// The server's output is also copied here; the global teardown fails the run on unstable renders in it.
process.env.E2E_SERVER_LOG ??= `${process.env.E2E_PGLITE_DATA_DIR}-server.log`;
// On a server database nothing else creates .data/ (a fresh clone has none), and tee cannot create the folder.
fs.mkdirSync(path.dirname(process.env.E2E_SERVER_LOG), { recursive: true });

const E2E_INBOUND_MAIL_SECRET = process.env.E2E_INBOUND_MAIL_SECRET ?? 'e2e-inbound-mail-secret';

// The production server as README's Production section tells operators to run it: Next's standalone
// server (no TypeScript loader), with the static files `npm run build` copied beside it.
// Its output goes on to Playwright's console and is copied to E2E_SERVER_LOG (e2e/support/server-log-teardown.ts).
const nextStart = `node ${PRODUCTION_NODE_FLAGS.join(' ')} .next/standalone/server.js 2>&1 | tee "$E2E_SERVER_LOG"`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  globalTeardown: './e2e/support/server-log-teardown.ts',
  // One retry on CI, as Playwright's own template does; a retried test shows as "flaky" in the report.
  retries: process.env.CI ? 1 : 0,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  reporter: process.env.E2E_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]] : 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      name: 'oidc',
      command: 'npx --no-install tsx e2e/support/oidc-server.ts',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: { OIDC_PORT: String(OIDC_PORT), OIDC_REDIRECT_URI: `${BASE_URL}/api/auth/callback/oidc` },
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      name: 'app',
      // A server database is migrated and seeded explicitly (the app never changes its schema by
      // itself); the embedded one is migrated and seeded by the app on its first start.
      command: databaseUrl ? `npm run db:migrate && npm run db:seed && ${nextStart}` : nextStart,
      url: `${BASE_URL}/api/health`,
      env: {
        HOSTNAME: '127.0.0.1',
        PORT: String(APP_PORT),
        AUTH_DEMO: '1',
        // The readiness test clock (lib/readiness/test-clock.ts): e2e/readiness-policy.spec.ts runs the
        // auto-accept rounds at chosen times; the worker runs none by itself meanwhile.
        READINESS_TEST_CLOCK: '1',
        // Specs sign in as the same demo users many times a minute; the limit itself is tested in test/security.
        RATE_LIMIT_SIGNIN_PER_MINUTE: process.env.RATE_LIMIT_SIGNIN_PER_MINUTE ?? '1000',
        RATE_LIMIT_SIGNIN_PER_IP_PER_MINUTE: process.env.RATE_LIMIT_SIGNIN_PER_IP_PER_MINUTE ?? '1000',
        // No NEXTAUTH_URL: sign-in must work on whatever host and port the app is reached on (README),
        // here a non-default port (e2e/host-origin.spec.ts checks it explicitly).
        APP_URL: BASE_URL,
        NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET,
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_GROUPS_CLAIM: 'groups',
        // The e-mail reply path (e2e/rollout-workflow.spec.ts) posts mails to /api/v1/inbound-mail.
        INBOUND_MAIL_SECRET: E2E_INBOUND_MAIL_SECRET,
        OIDC_SCOPES: 'openid email profile groups',
        // The GOCDB sync (e2e/gocdb.spec.ts); a worker sync while no fixture server listens fails fast and is only recorded.
        GOCDB_URL: `http://127.0.0.1:${GOCDB_PORT}/gocdbpi`,
        GOCDB_TIMEOUT_SEC: '10',
        ...(databaseUrl ? {} : { PGLITE_DATA_DIR: process.env.E2E_PGLITE_DATA_DIR }),
      },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
