// The SQL that takes the committed migration history to schema.prisma, computed by Prisma's own
// schema engine (replaying the history in a scratch PGlite). Empty means no drift.
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, readMigrationFiles, toEngineMigrationList } from './migration-files';
import { openScratchEngine } from './schema-engine';

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');

export async function diffMigrationsToSchema(
  schemaPath: string = SCHEMA_PATH,
  migrationsDir: string = MIGRATIONS_DIR,
): Promise<string> {
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const handle = await openScratchEngine(schema);
  try {
    const files = readMigrationFiles(migrationsDir);
    const result = await handle.engine.diff({
      from: { tag: 'migrations', ...toEngineMigrationList(files, migrationsDir) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } finally {
    await handle.close();
  }
}
