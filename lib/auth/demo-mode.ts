// The password-less demo sign-in. On by default only on the embedded database (a laptop demo);
// on a server database only with AUTH_DEMO=1, and then every page says so.
import { type Env, readDatabaseConfig } from '@/lib/db/config';

export function isDemoSignInEnabled(env: Env = process.env): boolean {
  if (env.AUTH_DEMO === '0') return false;
  if (env.AUTH_DEMO === '1') return true;
  try {
    return readDatabaseConfig(env).kind === 'pglite';
  } catch {
    return false;
  }
}
