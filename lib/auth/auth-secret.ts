// next-auth's signing secret. Production sets NEXTAUTH_SECRET; the embedded default generates one once
// and keeps it inside the database's own directory (PGLITE_DATA_DIR/auth-secret, mode 0600), so sessions
// survive restarts without any set-up and two instances never share one. Older versions kept it in the
// directory's parent (shared by every data directory there, e.g. /tmp); such a file is moved in once.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readDatabaseConfig } from '@/lib/db/config';

const FILE_NAME = 'auth-secret';
let cached: string | undefined;

function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(from, to);
    fs.unlinkSync(from);
  }
}

/** The secret kept in `dataDir` (moved there from its parent once, else generated), readable by the owner only. */
export function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, FILE_NAME);
  const legacy = path.join(path.dirname(dataDir), FILE_NAME);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file) && fs.existsSync(legacy)) {
    moveFile(legacy, file);
    console.log(`[auth] moved the generated session secret from ${legacy} into ${dataDir}`);
  }
  let secret = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
  }
  fs.chmodSync(file, 0o600); // also for a moved file, or one an older version wrote with the umask
  return secret;
}

export function authSecret(): string | undefined {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  const config = readDatabaseConfig();
  if (config.kind !== 'pglite') return undefined; // next-auth then refuses loudly in production
  cached = loadOrCreateSecret(config.dataDir);
  return cached;
}
