// next-auth's signing secret. Production sets NEXTAUTH_SECRET; the embedded default generates one
// once and keeps it beside the database, so sessions survive restarts without any set-up.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readDatabaseConfig } from '@/lib/db/config';

let cached: string | undefined;

export function authSecret(): string | undefined {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  const config = readDatabaseConfig();
  if (config.kind !== 'pglite') return undefined; // next-auth then refuses loudly in production
  const file = path.join(path.dirname(config.dataDir), 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    cached = randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}
