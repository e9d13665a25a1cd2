// The committed migrations must build exactly the schema in prisma/schema.prisma: a model changed
// without `npm run db:migration -- <name>` fails here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema, SCHEMA_PATH } from './diff-schema';

const ENGINE_TIMEOUT = 120_000; // loads the WASM schema engine and replays every migration in PGlite

describe('migration drift', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ea-drift-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it(
    'finds nothing between prisma/migrations and prisma/schema.prisma',
    async () => {
      const sql = await diffMigrationsToSchema();
      expect(sql, `schema.prisma has changes with no migration; run npm run db:migration -- <name>:\n${sql}`).toBe('');
    },
    ENGINE_TIMEOUT,
  );

  it(
    'reports the SQL for a model added to the schema (the check can fail)',
    async () => {
      const schemaCopy = path.join(tmp, 'schema.prisma');
      fs.writeFileSync(
        schemaCopy,
        `${fs.readFileSync(SCHEMA_PATH, 'utf8')}\nmodel DriftProbe {\n  id    Int    @id\n  label String\n}\n`,
      );
      const sql = await diffMigrationsToSchema(schemaCopy);
      expect(sql).toMatch(/CREATE TABLE "DriftProbe"/);
      expect(sql).not.toMatch(/CREATE TABLE "Ngi"/); // only the difference, not the whole schema
    },
    ENGINE_TIMEOUT,
  );
});
