// Unit and integration tests (Vitest). Integration tests use the app's own `db` singleton against a
// fresh, migrated database per worker: PGlite on disk by default, or one database per worker on the
// PostgreSQL server named by DATABASE_URL (see test/support/global-setup.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const jsonReport = process.env.VITEST_JSON_REPORT; // .ci/run reads the counts from it

// `npm run test:unit` runs the suite in two parts (scripts/run-unit-tests.mjs). Most files share their
// worker's module instances (`isolate: false`): importing the app's modules and opening the embedded
// database once per worker instead of once per file halves the run. The files that replace a module
// with vi.mock need modules of their own, so they run apart, each isolated. Without VITEST_PART (a
// developer running one file), every file is isolated, as Vitest does by default.
const MOCKING_FILES = [
  'lib/actions/run-action.test.ts',
  'lib/releases/staged-rollout-atomicity.test.ts',
  'test/security/server-actions.fuzz.test.ts',
  'test/security/token-expiry-action.test.ts',
];
const EXCLUDE = ['e2e/**', 'node_modules/**', '.next/**', '.data/**', 'lib/generated/**'];
const part = process.env.VITEST_PART;
if (part && part !== 'shared' && part !== 'isolated') throw new Error(`VITEST_PART must be "shared" or "isolated", not "${part}"`);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, 'test/support/empty.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: part === 'isolated' ? MOCKING_FILES : ['**/*.test.ts'],
    exclude: part === 'shared' ? [...EXCLUDE, ...MOCKING_FILES] : EXCLUDE,
    isolate: part !== 'shared',
    pool: 'forks',
    // Two cores: more workers only contend for them (and each worker owns a database).
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 2),
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/worker-database.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
