// npm run test:unit [-- <vitest args>]: the Vitest suite in its two parts (vitest.config.ts says why):
// the files sharing their worker's modules, then the few that mock a module, each isolated. Both parts
// run whatever the first fails, and the exit code is the worse of the two. With VITEST_JSON_REPORT set
// (.ci/run), each part writes its own report beside it: <name>-shared.json and <name>-isolated.json.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const report = process.env.VITEST_JSON_REPORT;
let status = 0;
for (const part of ['shared', 'isolated']) {
  const env = { ...process.env, VITEST_PART: part };
  if (report) env.VITEST_JSON_REPORT = report.replace(/(\.json)?$/, `-${part}.json`);
  console.log(`\ntest:unit: the ${part} part`);
  // Files named on the command line may all be in one part: the other then has nothing to run.
  const lenient = args.some((arg) => !arg.startsWith('-')) ? ['--passWithNoTests'] : [];
  const result = spawnSync('npx', ['--no-install', 'vitest', 'run', ...lenient, ...args], { stdio: 'inherit', env });
  if (result.error) {
    console.error(`test:unit: vitest: ${result.error.message}`);
    process.exit(1);
  }
  status = Math.max(status, result.status ?? 1);
}
process.exit(status);
