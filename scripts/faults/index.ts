// npm run faults [-- <name>…]: the fault runs (scripts/faults/*.fault.ts), each against its own
// throwaway PostgreSQL server and the production build (built first unless LOAD_SKIP_BUILD=1 and one
// exists). Each prints PASS/FAIL lines; the summary counts them; the exit code is 1 on any FAIL.
// Run it alone on the machine (it builds into .next and starts the production server): e.g. under the e2e lock.
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../bench/load/app-server';
import { outcomes, verdict } from './support/report';

const only = process.argv.slice(2);
const files = fs
  .readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.fault.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

buildApp();
for (const file of files) {
  console.log(`\n# ${file}`);
  const started = Date.now();
  try {
    const fault = (await import(`./${file}`)) as { run(): Promise<void> };
    await fault.run();
  } catch (error) {
    verdict(path.basename(file, '.fault.ts'), 'the fault run completed', false, (error as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? String(error));
  }
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const failed = outcomes.filter((o) => !o.pass).length;
console.log(`\nFaults: ${outcomes.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
