// Without NEXTAUTH_URL (the e2e server runs without it, on a port that is not 3000), sign-in works on
// the host and port the app is reached on: next-auth's own URLs point there and the demo sign-in lands
// back on the page asked for. The OIDC round trip (e2e/oidc-sign-in.spec.ts) runs under the same setting.
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test('sign-in URLs follow the request host and port, and signing in lands back on this origin', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  expect(new URL(origin).port).not.toBe('3000');
  const providers = (await (await request.get('/api/auth/providers')).json()) as Record<string, { signinUrl: string; callbackUrl: string }>;
  for (const provider of Object.values(providers)) {
    expect(new URL(provider.signinUrl).origin).toBe(origin);
    expect(new URL(provider.callbackUrl).origin).toBe(origin);
  }
  await signInAs(page, 'coordinator@demo.local', '/teams');
  expect(new URL(page.url()).origin).toBe(origin);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
