// PGlite is a single-process database: two processes on one data directory corrupt it.
// We hold an exclusive lock file next to it for as long as the process runs.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseConfigError } from './config';

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquirePgliteLock(dataDir: string): void {
  const lockPath = `${dataDir}.lock`;
  if (held.has(lockPath)) return;
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK);
  } catch {
    throw new DatabaseConfigError(`The data directory ${path.dirname(dataDir)} is not writable (set PGLITE_DATA_DIR)`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      held.add(lockPath);
      process.once('exit', () => fs.rmSync(lockPath, { force: true }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseConfigError(
          `The embedded database ${dataDir} is in use by process ${owner}; stop it first (only one process may open it)`,
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new DatabaseConfigError(`Could not lock the embedded database ${dataDir}`);
}

export function releasePgliteLock(dataDir: string): void {
  const lockPath = `${dataDir}.lock`;
  if (held.delete(lockPath)) fs.rmSync(lockPath, { force: true });
}
