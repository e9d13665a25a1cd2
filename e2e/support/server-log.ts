// What the production server must never print while the e2e specs browse it: Next's reports of a render
// that read the clock, a random number or similar unstable values while prerendering (its static shell
// would then change from one request to the next), or that read them before any request data. Each one
// is a page to fix the Next.js way (await connection() before the read, or move the read into the part
// that streams). The app's log is copied to E2E_SERVER_LOG by the web server command (playwright.config.ts);
// e2e/support/server-log-teardown.ts fails the run when it holds any of these.
const UNSTABLE_RENDER = [
  /encountered the unstable value/i,
  /while prerendering/i,
  /before accessing (either )?uncached data/i,
  /used `[^`]+` (before|instead of)/i,
];

/** The lines of `log` that report an unstable value read while rendering (with the route they name). */
export function unstableRenderReports(log: string): string[] {
  return log.split('\n').filter((line) => UNSTABLE_RENDER.some((pattern) => pattern.test(line)));
}
