// Prisma CLI configuration. The CLI is only used for `prisma generate` here: migrations run through
// scripts/db-*.ts on the WASM schema engine (no native engine can be downloaded offline).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
