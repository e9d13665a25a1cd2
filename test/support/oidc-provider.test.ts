// The e2e OpenID Connect provider, driven through a full authorization code flow by hand (what
// next-auth does), so that e2e sign-in failures point at the app, not at the provider.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  egiEntitlement,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_REDIRECT_URI,
  type RunningOidcProvider,
  startOidcProvider,
} from '@/e2e/support/oidc-provider';

let provider: RunningOidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider();
});
afterAll(async () => {
  await provider.stop();
});

class Browser {
  private cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }

  /** Follows redirects within the provider; returns the first redirect leaving it (to the app). */
  async follow(url: string, init: RequestInit = {}): Promise<{ response: Response; leftTo?: URL }> {
    let response = await this.request(url, init);
    for (let hops = 0; hops < 10 && [302, 303].includes(response.status); hops++) {
      const next = new URL(response.headers.get('location')!, url);
      if (next.origin !== provider.issuer) return { response, leftTo: next };
      url = next.toString();
      response = await this.request(url);
    }
    return { response };
  }
}

function decodeJwt(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'));
}

async function signIn(accountId: string, scope = 'openid email profile') {
  const browser = new Browser();
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL(`${provider.issuer}/auth`);
  authorize.search = new URLSearchParams({
    client_id: OIDC_CLIENT_ID,
    response_type: 'code',
    scope,
    redirect_uri: OIDC_REDIRECT_URI,
    state: 'state-123',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();

  const loginPage = await browser.follow(authorize.toString());
  const html = await loginPage.response.text();
  expect(html).toContain('name="login"');
  const action = /action="([^"]+)"/.exec(html)![1]!;

  const afterLogin = await browser.follow(new URL(action, provider.issuer).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login: accountId, password: 'anything' }).toString(),
  });
  const callback = afterLogin.leftTo;
  if (!callback) return { callback, body: await afterLogin.response.text() };
  return { callback, verifier, body: '' };
}

async function redeem(code: string, verifier: string) {
  const response = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${OIDC_CLIENT_ID}:${OIDC_CLIENT_SECRET}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: OIDC_REDIRECT_URI, code_verifier: verifier }).toString(),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id_token: string; access_token: string };
}

describe('e2e OpenID Connect provider', () => {
  it('publishes a discovery document for its issuer', async () => {
    const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = await response.json();
    expect(discovery).toMatchObject({
      issuer: provider.issuer,
      authorization_endpoint: `${provider.issuer}/auth`,
      token_endpoint: `${provider.issuer}/token`,
      userinfo_endpoint: `${provider.issuer}/me`,
    });
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['email', 'name', 'groups', 'eduperson_entitlement']));
  });

  it('signs in a fixed account by code flow with groups in the ID token and at userinfo', async () => {
    const { callback, verifier } = await signIn('manager');
    expect(callback?.origin + callback!.pathname).toBe(OIDC_REDIRECT_URI);
    expect(callback!.searchParams.get('state')).toBe('state-123');
    const tokens = await redeem(callback!.searchParams.get('code')!, verifier!);

    const idToken = decodeJwt(tokens.id_token);
    expect(idToken).toMatchObject({
      iss: provider.issuer,
      aud: OIDC_CLIENT_ID,
      sub: 'manager',
      email: 'oidc-manager@example.org',
      name: 'Manu Manager',
      groups: ['staged-rollout', 'early-adopters-arc'],
    });
    expect(idToken.eduperson_entitlement).toEqual([
      'urn:mace:egi.eu:group:vo.early-adopters.egi.eu:staged-rollout:role=member#aai.egi.eu',
      'urn:mace:egi.eu:group:vo.early-adopters.egi.eu:early-adopters-arc:role=member#aai.egi.eu',
    ]);

    const userinfo = await fetch(`${provider.issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({
      sub: 'manager',
      email: 'oidc-manager@example.org',
      groups: ['staged-rollout', 'early-adopters-arc'],
      eduperson_entitlement: [egiEntitlement('staged-rollout'), egiEntitlement('early-adopters-arc')],
    });
  });

  it('signs in an ad-hoc account with the groups named in its id', async () => {
    const { callback, verifier } = await signIn('zoe:ea-XX-Site9,sw-rel-sr');
    const idToken = decodeJwt((await redeem(callback!.searchParams.get('code')!, verifier!)).id_token);
    expect(idToken).toMatchObject({ email: 'zoe@example.org', groups: ['ea-XX-Site9', 'sw-rel-sr'] });
  });

  it('does not sign in an unknown account', async () => {
    const result = await signIn('Not An Account!');
    expect(result.callback).toBeUndefined();
    expect(result.body).toContain('Account ids: admin, coordinator,');
  });
});
