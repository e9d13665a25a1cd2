// The load bench's request mix, recorded from real Chromium sessions (Playwright) against the app under
// test: for each role (a coordinator, a manager, an EA member) a first load of the home page, then clicks
// through the navigation (client navigations: RSC requests) while Next prefetches the links in view, and a
// full reload now and then. Every request the browser sent to the app is kept with the exact headers it
// carried (RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Next-Url, ...),
// so the replay (scenarios.ts) is answered as the browser was; only the session cookie is swapped for one
// of the replaying user's. Static files (/_next/static) and the sign-in endpoints are left out.
import { chromium, type Page, type Request } from '@playwright/test';

export type RecordedKind = 'document' | 'navigation' | 'prefetch' | 'other';

export interface RecordedRequest {
  kind: RecordedKind;
  method: string;
  path: string;
  headers: Record<string, string>;
}

export interface RoleScript {
  role: string;
  email: string;
  /** Pages visited in turn by clicking their link in the navigation (a full load when there is none). */
  clicks: string[];
}

export const ROLE_SCRIPTS: RoleScript[] = [
  { role: 'coordinator', email: 'coordinator@demo.local', clicks: ['/coverage', '/coverage/gaps', '/rollouts', '/teams', '/releases', '/metrics', '/'] },
  { role: 'manager', email: 'manager-arc@demo.local', clicks: ['/rollouts', '/releases', '/coverage', '/teams', '/'] },
  { role: 'EA member', email: 'member@ea-pt-lip-lisbon.demo.local', clicks: ['/my-team', '/rollouts', '/rollouts/invitations', '/coverage', '/'] },
];

// Hop-by-hop and per-connection headers autocannon sets itself; the cookie is the replaying user's.
const DROPPED = new Set(['host', 'connection', 'content-length', 'cookie', 'accept-encoding']);

function kindOf(request: Request, headers: Record<string, string>): RecordedKind {
  if (request.resourceType() === 'document') return 'document';
  if (headers['next-router-prefetch']) return 'prefetch';
  if (headers.rsc) return 'navigation';
  return 'other';
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
}

function cookiesOf(header: string, url: string) {
  return header.split(';').map((pair) => {
    const [name, ...value] = pair.trim().split('=');
    return { name: name!, value: value.join('='), url };
  });
}

/** Records each role's session on the app at `appUrl`; `cookieOf(email)` signs the role's user in. */
export async function recordBrowserSessions(appUrl: string, cookieOf: (email: string) => Promise<string>, scripts: RoleScript[] = ROLE_SCRIPTS): Promise<Map<string, RecordedRequest[]>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const recorded = new Map<string, RecordedRequest[]>();
  try {
    for (const script of scripts) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addCookies(cookiesOf(await cookieOf(script.email), appUrl));
      const requests: RecordedRequest[] = [];
      const reading: Promise<void>[] = [];
      const origin = new URL(appUrl).origin;
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin || url.pathname.startsWith('/_next/static') || url.pathname.startsWith('/api/auth')) return;
        const read = request.allHeaders().then((all) => {
          const headers = Object.fromEntries(Object.entries(all).filter(([name]) => !DROPPED.has(name) && !name.startsWith(':')));
          requests.push({ kind: kindOf(request, all), method: request.method(), path: url.pathname + url.search, headers });
        });
        reading.push(read.catch(() => {})); // a request cut off by the next navigation has no headers to read
      });
      const page = await context.newPage();
      await page.goto(`${appUrl}/`);
      await settle(page);
      for (const [index, path] of script.clicks.entries()) {
        const link = page.locator(`a[href="${path}"]`).filter({ visible: true }).first();
        if ((await link.count()) > 0) {
          await link.click();
          await page.waitForURL((url) => url.pathname === path, { timeout: 20_000 });
        } else {
          await page.goto(`${appUrl}${path}`);
        }
        await settle(page);
        if (index === Math.floor(script.clicks.length / 2)) {
          await page.reload(); // a full reload in the middle of the session
          await settle(page);
        }
      }
      await Promise.all(reading);
      await context.close();
      recorded.set(script.role, requests);
    }
  } finally {
    await browser.close();
  }
  return recorded;
}
