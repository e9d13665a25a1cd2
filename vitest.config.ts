// Unit and integration tests (Vitest). Integration tests use the app's own `db` singleton against a
// fresh, migrated database per worker: PGlite on disk by default, or one database per worker on the
// PostgreSQL server named by DATABASE_URL (see test/support/global-setup.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const jsonReport = process.env.VITEST_JSON_REPORT; // .ci/run reads the counts from it

// `npm run test:unit` runs the suite in two parts (scripts/run-unit-tests.mjs). Most files share their
// worker's module instances (`isolate: false`): importing the app's modules and opening the embedded
// database once per worker instead of once per file halves the run. A file that replaces a module
// (vi.mock, vi.doMock) or resets the module registry needs modules of its own, so those run apart, each
// isolated; they are found by reading the test files, so a new one cannot end up shared. Without
// VITEST_PART (a developer running one file), every file is isolated, as Vitest does by default.
const EXCLUDE = ['e2e/**', 'node_modules/**', '.next/**', '.data/**', 'lib/generated/**'];
const SKIPPED_DIRS = new Set(['e2e', 'node_modules', '.next', '.data', '.git']);
const REPLACES_MODULES = /\bvi\.(mock|doMock|resetModules)\(/;

function mockingFiles(): string[] {
  const files: string[] = [];
  for (const top of fs.readdirSync(root, { withFileTypes: true })) {
    if (!top.isDirectory() || SKIPPED_DIRS.has(top.name)) continue;
    for (const entry of fs.readdirSync(path.join(root, top.name), { recursive: true, encoding: 'utf8' })) {
      const file = path.join(top.name, entry);
      if (file.endsWith('.test.ts') && !file.startsWith('lib/generated/') && REPLACES_MODULES.test(fs.readFileSync(path.join(root, file), 'utf8'))) files.push(file);
    }
  }
  return files.sort();
}

const part = process.env.VITEST_PART;
if (part && part !== 'shared' && part !== 'isolated') throw new Error(`VITEST_PART must be "shared" or "isolated", not "${part}"`);
const MOCKING_FILES = part ? mockingFiles() : [];

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
