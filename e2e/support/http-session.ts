// A signed-in HTTP client for e2e specs that need no browser: demo sign-in through next-auth's own
// endpoints (CSRF token, then the credentials callback), so the context carries a real session cookie.
import { expect, request, type APIRequestContext } from '@playwright/test';

export async function httpSessionAs(baseURL: string, email: string): Promise<APIRequestContext> {
  // Writes riding on a session cookie must come from the app's own origin (lib/http/cross-origin-guard.ts).
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await context.post('/api/auth/callback/demo', { form: { csrfToken, email, callbackUrl: '/', json: 'true' }, maxRedirects: 0 });
  expect(signIn.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = await (await context.get('/api/auth/session')).json();
  expect(session?.user?.email, `session of ${email}`).toBe(email);
  return context;
}

/** The demo member account of a team (lib/seed). */
export function memberOf(teamName: string): string {
  return `member@${teamName.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}.demo.local`;
}
