// `npm run db:migrate` as an operator meets it: on a bad configuration it exits non-zero with one
// line that says what is wrong, never a stack trace.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '@/test/support/run-script';

const CLI_TIMEOUT = 60_000;

function runMigrate(env: Record<string, string | undefined>) {
  return runScript('scripts/db-migrate.ts', [], env);
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('db:migrate on a bad configuration', () => {
  const children: ChildProcess[] = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ea-cli-'));
  afterAll(() => {
    for (const child of children) child.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it(
    'rejects a DATABASE_URL that is not a URL',
    async () => {
      const result = await runMigrate({ DATABASE_URL: 'not-a-url' });
      expect(result.code).not.toBe(0);
      expect(lines(result.stderr)).toEqual([expect.stringMatching(/DATABASE_URL is not a valid URL/)]);
    },
    CLI_TIMEOUT,
  );

  it(
    'names the unreachable server without its password',
    async () => {
      const result = await runMigrate({ DATABASE_URL: 'postgresql://u:p4ssw0rd@127.0.0.1:1/x' });
      expect(result.code).not.toBe(0);
      expect(lines(result.stderr)).toEqual([
        expect.stringMatching(/^Cannot connect to the PostgreSQL server 127\.0\.0\.1:1\/x: .*ECONNREFUSED/),
      ]);
      expect(result.stderr).not.toContain('p4ssw0rd');
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses an embedded database another live process holds',
    async () => {
      const dataDir = path.join(tmp, 'pglite');
      const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
      children.push(holder);
      fs.writeFileSync(`${dataDir}.lock`, String(holder.pid));

      const result = await runMigrate({ DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir });
      expect(result.code).not.toBe(0);
      expect(lines(result.stderr)).toEqual([
        expect.stringMatching(new RegExp(`embedded database .*pglite is in use by process ${holder.pid}`)),
      ]);
      expect(fs.readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(holder.pid)); // not stolen
      expect(fs.existsSync(dataDir)).toBe(false); // not opened
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a data directory it cannot create, in one line',
    async () => {
      const notADirectory = path.join(tmp, 'a-file');
      fs.writeFileSync(notADirectory, 'not a directory');
      const result = await runMigrate({ DATABASE_URL: undefined, PGLITE_DATA_DIR: path.join(notADirectory, 'pglite') });
      expect(result.code).not.toBe(0);
      expect(lines(result.stderr)).toEqual([expect.stringMatching(/data directory .*a-file is not writable/)]);
    },
    CLI_TIMEOUT,
  );
});
