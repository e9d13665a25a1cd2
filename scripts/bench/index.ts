// npm run bench: runs every scripts/bench/*.bench.ts in turn against a PostgreSQL server and prints
// their tables. DATABASE_URL names the server; when unset, a throwaway one is started on 127.0.0.1.
// Each bench module exports `run(ctx)`; speed targets live here, never in timed tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import Module from 'node:module';
import path from 'node:path';

// Server code imports next/navigation (unstable_rethrow, redirect); Next's bundler gives it the react-server
// build of that module, plain Node the client one, which needs React's client API and fails under
// --conditions=react-server. The benches run lib and route code outside Next, so they map it the same way.
const moduleWithResolver = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolveFilename = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) => {
  const file = resolveFilename(request, ...rest);
  return file.endsWith(`${path.sep}next${path.sep}dist${path.sep}client${path.sep}components${path.sep}navigation.js`) ? file.replace(/navigation\.js$/, 'navigation.react-server.js') : file;
};

export interface BenchContext {
  databaseUrl: string;
  /** Prints a titled table of rows (same keys in every row). */
  table(title: string, rows: Record<string, string | number>[]): void;
}

function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  if (rows.length === 0) return void console.log('(no rows)');
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => String(row[key] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(keys));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(keys.map((key) => String(row[key] ?? ''))));
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  let stop: (() => void) | undefined;
  if (!databaseUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ea-bench-pg-'));
    const port = String(55000 + Math.floor(Math.random() * 1000));
    databaseUrl = execFileSync('bash', ['scripts/postgres-server.sh', 'start', dir, port], { encoding: 'utf8' }).trim();
    stop = () => execFileSync('bash', ['scripts/postgres-server.sh', 'stop', dir]);
    console.log(`Started a throwaway PostgreSQL server: ${databaseUrl}`);
  }
  process.env.DATABASE_URL = databaseUrl;
  const only = process.argv.slice(2);
  const modules = fs
    .readdirSync(path.join(import.meta.dirname, '.'))
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  try {
    for (const file of modules) {
      const bench = (await import(`./${file}`)) as { run(ctx: BenchContext): Promise<void> };
      console.log(`\n# ${file}`);
      await bench.run({ databaseUrl, table: printTable });
    }
  } finally {
    stop?.();
  }
}

await main();
process.exit(0);
