// Playwright's global teardown: the e2e run fails when the production server reported a render that read
// an unstable value (e2e/support/server-log.ts), whichever spec's page caused it.
import fs from 'node:fs';
import { unstableRenderReports } from './server-log';

export default function checkServerLog(): void {
  const file = process.env.E2E_SERVER_LOG;
  if (!file || !fs.existsSync(file)) throw new Error(`The server log ${file ?? '(E2E_SERVER_LOG unset)'} is missing: the web server command copies it there`);
  const reports = unstableRenderReports(fs.readFileSync(file, 'utf8'));
  if (reports.length > 0) {
    throw new Error(`The server reported ${reports.length} render(s) reading an unstable value (fix each page, see e2e/support/server-log.ts):\n${[...new Set(reports)].join('\n')}`);
  }
}
