// `npm run token -- create <email>`: prints a token once, stores only its hash, and refuses an
// unknown user with one line. Runs the real script against a throwaway database of this run's kind.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { closePglite } from '@/lib/db/pglite-instance';
import { openSqlConnection } from '@/lib/db/sql-connection';
import { runScript } from '@/test/support/run-script';
import { openThrowawayDatabase, type ThrowawayDatabase } from '@/test/support/throwaway-database';

function runToken(args: string[], env: Record<string, string>) {
  return runScript('scripts/token.ts', args, { DATABASE_URL: undefined, PGLITE_DATA_DIR: undefined, ...env }, ['--conditions=react-server']);
}

let database: ThrowawayDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe('npm run token -- create', () => {
  it('prints a new token for a known user, stores its hash, refuses an unknown e-mail', async () => {
    database = await openThrowawayDatabase();
    await applyMigrations(database.conn);
    await database.conn.query(`INSERT INTO "User" (id, email, name) VALUES ('u-cli', 'operator@site.example', 'Operator')`);
    const env: Record<string, string> =
      database.config.kind === 'pglite' ? { PGLITE_DATA_DIR: database.config.dataDir } : { DATABASE_URL: database.config.url };
    // The embedded database admits one process at a time: hand it to the script.
    if (database.config.kind === 'pglite') await closePglite(database.config.dataDir);

    const created = await runToken(['create', 'operator@site.example', 'monitoring'], env);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^eat_[A-Za-z0-9_-]{20,}$/);

    const unknown = await runToken(['create', 'nobody@site.example'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toEqual([expect.stringMatching(/No user with e-mail nobody@site.example/)]);

    const conn = database.config.kind === 'pglite' ? await openSqlConnection(database.config) : database.conn;
    const rows = await conn.query<{ tokenHash: string; name: string }>(`SELECT "tokenHash", name FROM "ApiToken" WHERE "userId" = 'u-cli'`);
    expect(rows).toEqual([{ tokenHash: createHash('sha256').update(token).digest('hex'), name: 'monitoring' }]);
  }, 120_000);
});
