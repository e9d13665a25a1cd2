// Cross-origin writes over HTTP against the production server (the proxy's guard, lib/http/cross-origin-guard.ts):
// with a signed-in member's cookie, a comment posted from another origin (another host, another port,
// Origin: null) is refused with 403 and nothing is written; a same-origin one that is not JSON gets 415; a
// same-origin JSON one is written. A server action posted from another origin gets 403 with a reason.
import { expect, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test('cookie-authenticated writes from another origin are refused; the app itself still writes', async ({ page, baseURL }) => {
  await signInAs(page, 'coordinator@demo.local', '/');
  const api = page.context().request;
  const list = (await (await api.get('/api/v1/rollouts?status=OPEN')).json()) as { data: { number: number }[] };
  const number = list.data[0]!.number;
  const probe = `cross-origin probe ${Date.now()}`;
  const body = JSON.stringify({ body: probe });
  /** Whether the rollout's page shows the probe comment. */
  const written = async () => {
    await page.goto(`/rollouts/${number}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    return (await page.getByText(probe).count()) > 0;
  };
  const port = new URL(baseURL!).port;

  for (const origin of ['http://evil.example', `http://127.0.0.1:${Number(port) + 1}`, 'null']) {
    const response = await api.post(`/api/v1/rollouts/${number}/comment`, { headers: { origin, 'content-type': 'text/plain' }, data: body });
    expect(response.status(), origin).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/another site/);
    expect(response.headers()['x-frame-options'], origin).toBe('DENY');
  }
  const plain = await api.post(`/api/v1/rollouts/${number}/comment`, { headers: { origin: new URL(baseURL!).origin, 'content-type': 'text/plain' }, data: body });
  expect(plain.status()).toBe(415);
  expect(await written()).toBe(false); // nothing written by any of them

  const json = await api.post(`/api/v1/rollouts/${number}/comment`, { headers: { origin: new URL(baseURL!).origin, 'content-type': 'application/json' }, data: body });
  expect(json.status(), await json.text()).toBe(200);
  expect(await written()).toBe(true);

  const action = await api.post(`/rollouts/${number}`, { headers: { origin: 'http://evil.example', 'next-action': '0123456789abcdef', 'content-type': 'text/plain;charset=UTF-8' }, data: '[]' });
  expect(action.status()).toBe(403);
  expect(await action.text()).toMatch(/sent from another site/);
});
