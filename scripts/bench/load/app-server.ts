// The production app for load and fault runs: `next build` (unless LOAD_SKIP_BUILD=1 and a build
// exists), a fresh database on a PostgreSQL server (created, migrated and seeded with the project's own
// npm scripts), and the production server as the README runs it (`node .next/standalone/server.js`) on a
// free 127.0.0.1 port, stopped (or killed) on demand.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import pg from 'pg';
import { PRODUCTION_NODE_FLAGS } from '../../production-server';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A new, empty database next to the one `serverUrl` names; returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** npm run db:migrate and npm run db:seed against `databaseUrl`, as an operator would. */
export function migrateAndSeed(databaseUrl: string): void {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync('npm', ['run', '--silent', 'db:migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npm', ['run', '--silent', 'db:seed'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function buildApp(): void {
  if (process.env.LOAD_SKIP_BUILD === '1' && fs.existsSync('.next/BUILD_ID')) return void console.log('Using the existing production build (.next).');
  console.log('npm run build …');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

export interface RunningApp {
  url: string;
  port: number;
  child: ChildProcess;
  /** Lines the app printed (stdout + stderr), for error counts and diagnostics. */
  log: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app at ${url} did not become healthy within ${timeoutMs / 1000} s`);
}

export const SECRET = randomBytes(32).toString('hex');

export async function startApp(databaseUrl: string, extraEnv: Record<string, string> = {}, port?: number): Promise<RunningApp> {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, '.next/standalone/server.js'], {
    env: { ...process.env, HOSTNAME: '127.0.0.1', PORT: String(port), NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: url, APP_URL: url, AUTH_DEMO: '1', NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stop() reaches it and anything it started
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const app: RunningApp = {
    url,
    port,
    child,
    log,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    },
  };
  try {
    await waitForHealth(url);
  } catch (error) {
    await app.stop('SIGKILL');
    throw new Error(`${(error as Error).message}\n${log.slice(-20).join('\n')}`);
  }
  return app;
}

/** Signs in through the demo credentials flow over HTTP; returns the Cookie header of the session. */
export async function signInCookie(appUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${appUrl}/api/auth/callback/demo`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, callbackUrl: `${appUrl}/`, json: 'true' }),
  });
  keep(response);
  if (!jar.has('next-auth.session-token')) throw new Error(`Demo sign-in as ${email} failed: HTTP ${response.status}`);
  return cookie();
}

export interface BenchDatabase {
  name: string;
  url: string;
  /** The app's client (lib/db/client), pointed at this database. */
  db: import('../../../lib/db/client').Db;
  /** Points the app's client back where it was and drops the database (kept with LOAD_KEEP_DB=1). */
  close(): Promise<void>;
}

/** A new database on the server `serverUrl` names, migrated and seeded as an operator would (the demo data), the
 *  production build ready (buildApp), and the app's own client pointed at it for the caller's seeding. */
export async function openBenchDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${Date.now()}`;
  const url = await createDatabase(serverUrl, name);
  console.log(`Database ${name}: migrate + seed …`);
  migrateAndSeed(url);
  buildApp();
  const { disconnectDb, db } = await import('../../../lib/db/client');
  await disconnectDb();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  return {
    name,
    url,
    db,
    async close() {
      await disconnectDb();
      process.env.DATABASE_URL = previousUrl;
      if (process.env.LOAD_KEEP_DB !== '1') await dropDatabase(serverUrl, name);
      else console.log(`Kept database ${url}`);
    },
  };
}
