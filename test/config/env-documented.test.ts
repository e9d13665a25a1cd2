// Every environment variable the app's code reads is in the README's configuration table, and the table
// names nothing the code does not read. The reads are found in the source text (process.env.X,
// process.env['X'], env.X on an injected environment, and FOO_ENV = 'X' constants), so a new variable
// cannot slip in undocumented.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../security/support/discover';

/** Read by Node, Next.js, next-auth or dev tooling, not settings of the app. */
const NOT_APP_SETTINGS: Record<string, string> = {
  NODE_ENV: 'set by Next.js and npm start',
  NEXT_RUNTIME: 'set by Next.js',
  NEXT_PHASE: 'set by Next.js while it builds (instrumentation.ts starts nothing then)',
  NEXT_TELEMETRY_DISABLED: "Next.js's own switch, set by npm start",
  AUTH_TRUST_HOST: "next-auth's switch, set by the app itself when NEXTAUTH_URL is unset (lib/auth/auth-origin.ts)",
};

/** Settings operators give Next's own server (`node .next/standalone/server.js`), not read by the app's code. */
const SERVER_SETTINGS = new Set(['PORT', 'HOSTNAME']);

/** The app's code: what runs in the server, the worker and the npm scripts of the README (not tests, benches or e2e tooling). */
function appSourceFiles(): string[] {
  const scripts = fs.readdirSync(path.join(ROOT, 'scripts')).filter((name) => /\.ts$/.test(name)).map((name) => `scripts/${name}`);
  return [...sourceFiles('app'), ...sourceFiles('lib'), ...sourceFiles('components'), 'proxy.ts', 'instrumentation.ts', 'next.config.ts', ...scripts].filter((file) =>
    fs.existsSync(path.join(ROOT, file)),
  );
}

function envReads(text: string): string[] {
  const patterns = [/process\.env\.([A-Z][A-Z0-9_]*)/g, /process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g, /\benv\.([A-Z][A-Z0-9_]{2,})/g, /\b\w+_ENV\s*=\s*['"]([A-Z][A-Z0-9_]*)['"]/g];
  return [...new Set(patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!)))];
}

function readmeVariables(): Set<string> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## ', 5));
  const names = table.split('\n').filter((line) => line.startsWith('| `')).flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
  return new Set(names);
}

describe('environment variables and the README', () => {
  const reads = new Map<string, string>();
  for (const file of appSourceFiles()) for (const name of envReads(fs.readFileSync(path.join(ROOT, file), 'utf8'))) if (!reads.has(name)) reads.set(name, file);
  const documented = readmeVariables();

  it('finds the reads (the scan works)', () => {
    expect([...reads.keys()]).toEqual(expect.arrayContaining(['DATABASE_URL', 'NEXTAUTH_URL', 'INBOUND_MAIL_SECRET', 'RATE_LIMIT_SIGNIN_PER_MINUTE', 'PRODUCTION_ANNOUNCE_TO']));
    expect(envReads("x = process.env.FOO_BAR; y = process.env['BAZ']; z = env.QUX_1; const A_ENV = 'ZAP';").sort()).toEqual(['BAZ', 'FOO_BAR', 'QUX_1', 'ZAP']);
  });

  it('documents every variable the code reads in the configuration table', () => {
    const missing = [...reads].filter(([name]) => !documented.has(name) && !(name in NOT_APP_SETTINGS)).map(([name, file]) => `${name} (read in ${file})`);
    expect(missing).toEqual([]);
  });

  it('documents nothing the code does not read', () => {
    expect([...documented].filter((name) => !reads.has(name) && !SERVER_SETTINGS.has(name))).toEqual([]);
  });
});
