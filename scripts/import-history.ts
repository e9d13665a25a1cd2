// npm run import -- FILE [--dry-run]: loads past releases, rollouts and team participations from a
// JSON or CSV file (format: lib/history-import/README.md) into the configured database, in one
// transaction. Idempotent: running it again with the same file changes nothing. --dry-run checks the
// file against the database and prints what would change, writing nothing.
import fs from 'node:fs';
import path from 'node:path';
import { readDatabaseConfig } from '../lib/db/config';
import { closeDatabase } from '../lib/db/client';
import { migrationStatus } from '../lib/db/migrations/apply-migrations';
import { describeConnectionError } from '../lib/db/prepare-database';
import { openSqlConnection } from '../lib/db/sql-connection';
import { ImportError } from '../lib/history-import/import-errors';
import { importHistoryFile, type ImportResult } from '../lib/history-import/import-history';
import { IMPORT_ENTITIES } from '../lib/history-import/types';

const USAGE = 'Usage: npm run import -- <file.json|file.csv> [--dry-run]';

function summary(result: ImportResult): string {
  const line = (kind: 'created' | 'updated' | 'unchanged') =>
    `${kind.padEnd(9)} ${IMPORT_ENTITIES.map((entity) => `${entity} ${result.counts[kind][entity]}`).join(', ')}`;
  const head = result.dryRun
    ? `Dry run: ${result.releases} release(s) checked; nothing was written. An import would give:`
    : result.changed
      ? `Imported ${result.releases} release(s):`
      : `Nothing to change: all ${result.releases} release(s) are already recorded as in the file.`;
  return [head, line('created'), line('updated'), line('unchanged')].join('\n');
}

async function schemaReady(): Promise<string | null> {
  const config = readDatabaseConfig();
  let conn;
  try {
    conn = await openSqlConnection(config);
  } catch (error) {
    return describeConnectionError(config, error);
  }
  try {
    const { applied, pending } = await migrationStatus(conn);
    if (applied.length === 0) return 'The database has no tables yet: run npm run db:migrate first.';
    if (pending.length > 0) return `The database schema is out of date (${pending.length} pending migration(s)): run npm run db:migrate first.`;
    return null;
  } finally {
    await conn.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const files = argv.filter((arg) => arg !== '--dry-run');
  if (files.length !== 1 || files[0]!.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  const file = path.resolve(files[0]!);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const notReady = await schemaReady();
  if (notReady) {
    console.error(notReady);
    return 1;
  }
  try {
    const result = await importHistoryFile(path.basename(file), text, { actor: { id: null, label: 'operator (history import)' }, dryRun });
    console.log(summary(result));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2))
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch((error) => {
    console.error(`Import failed; nothing was written: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  });
