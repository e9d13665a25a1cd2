// Unit and integration tests (Vitest). Integration tests use the app's own `db` singleton against a
// fresh, migrated database per worker: PGlite on disk by default, or one database per worker on the
// PostgreSQL server named by DATABASE_URL (see test/support/global-setup.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const jsonReport = process.env.VITEST_JSON_REPORT; // .ci/run reads the counts from it

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, 'test/support/empty.ts') },
    ],
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', '.next/**', '.data/**', 'lib/generated/**'],
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
