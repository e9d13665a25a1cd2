// One PGlite instance per process and data directory, shared by Prisma and the migration runner.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { acquirePgliteLock, releasePgliteLock } from './pglite-lock';

const globalForPglite = globalThis as unknown as { __pglite?: Map<string, PGlite> };

export function getPglite(dataDir: string): PGlite {
  const instances = (globalForPglite.__pglite ??= new Map());
  let instance = instances.get(dataDir);
  if (!instance) {
    acquirePgliteLock(dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    instance = new PGlite(dataDir);
    instances.set(dataDir, instance);
  }
  return instance;
}

export async function closePglite(dataDir: string): Promise<void> {
  const instances = globalForPglite.__pglite;
  const instance = instances?.get(dataDir);
  if (!instance) return;
  instances!.delete(dataDir);
  await instance.close();
  releasePgliteLock(dataDir);
}
