// npm run test:e2e [-- <playwright args>]: end-to-end tests against the production build.
//  1. finds Chromium (CHROMIUM_PATH, /usr/bin/chromium); installs Debian's package when root, else says how;
//  2. refuses a DATABASE_URL that is not on this machine;
//  3. without DATABASE_URL, gives the app a fresh embedded database (.data/e2e-<time>), removed afterwards,
//     so the developer's demo database is never touched;
//  4. `npm run build` (skipped with E2E_SKIP_BUILD=1 when .next is fresh), then Playwright, which starts
//     the OIDC provider and the production server as the README runs it, `node .next/standalone/server.js`.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function fail(message) {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) fail(`${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function findChromium() {
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

let chromium = findChromium();
if (!chromium && process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
if (!chromium) {
  if (process.getuid?.() === 0) {
    console.log('test:e2e: Chromium not found; installing Debian\'s chromium package');
    if (run('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium']) !== 0) {
      fail('apt-get install chromium failed');
    }
    chromium = findChromium();
  }
  if (!chromium) {
    fail(
      'Chromium not found. Install Debian\'s package: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  (or set CHROMIUM_PATH to a Chromium binary; `npx playwright install` cannot download browsers here)',
    );
  }
}

const env = { ...process.env, CHROMIUM_PATH: chromium, E2E_NEXTAUTH_SECRET: randomBytes(32).toString('hex') };

const databaseUrl = process.env.DATABASE_URL?.trim();
let dataDir;
if (databaseUrl) {
  let host;
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    fail('DATABASE_URL is not a valid URL');
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    fail(`refusing to run against the non-local database host "${host}": e2e tests write data. Use a local server or unset DATABASE_URL.`);
  }
  const { host: hostPort, pathname } = new URL(databaseUrl);
  console.log(`test:e2e: database ${hostPort}${pathname} (migrated and seeded before start)`);
} else {
  dataDir = path.resolve(`.data/e2e-${Date.now()}`);
  env.E2E_PGLITE_DATA_DIR = dataDir;
  console.log(`test:e2e: fresh embedded database ${path.relative(process.cwd(), dataDir)} (removed afterwards)`);
}

function cleanUp() {
  if (!dataDir) return;
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
  fs.rmSync(`${dataDir}-server.log`, { force: true });
}
process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

if (process.env.E2E_SKIP_BUILD === '1') {
  if (!fs.existsSync('.next/BUILD_ID')) fail('E2E_SKIP_BUILD=1 but there is no production build in .next; run without it once');
  console.log('test:e2e: E2E_SKIP_BUILD=1, using the existing .next build');
} else {
  // The build gets the run's database settings too, so nothing it might open is the demo database.
  const buildEnv = { ...env, ...(dataDir ? { PGLITE_DATA_DIR: dataDir } : {}) };
  const status = run('npm', ['run', 'build'], buildEnv);
  if (status !== 0) fail(`npm run build failed (exit ${status})`);
}
process.exit(run('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], env));
