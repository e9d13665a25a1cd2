// The committed migration history: prisma/migrations/<timestamp>_<name>/migration.sql, exactly the
// layout `prisma migrate` uses, with the same checksum (SHA-256 of the file) in _prisma_migrations.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_DIR ?? 'prisma/migrations');

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

export function readMigrationFiles(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** The shape the schema engine wants for `diff` from a migration history. */
export function toEngineMigrationList(files: MigrationFile[], dir: string = MIGRATIONS_DIR) {
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: files.map((file) => ({
      path: file.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: file.sql } },
    })),
  };
}
