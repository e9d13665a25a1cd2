// A throwaway PostgreSQL 15 server per fault run (scripts/postgres-server.sh), which the fault can
// stop and start again on the same data directory and port, as an operator's restart would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/load/app-server';

export interface ThrowawayPostgres {
  url: string;
  stop(): void;
  start(): void;
  /** Stops and removes the data directory. */
  destroy(): void;
}

export async function startThrowawayPostgres(label: string): Promise<ThrowawayPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ea-fault-${label}-`));
  const port = String(await freePort());
  const script = path.resolve('scripts/postgres-server.sh');
  const start = () => execFileSync('bash', [script, 'start', dir, port], { encoding: 'utf8' }).trim();
  const url = start();
  return {
    url,
    stop: () => void execFileSync('bash', [script, 'stop', dir]),
    start: () => void start(),
    destroy() {
      execFileSync('bash', [script, 'stop', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
