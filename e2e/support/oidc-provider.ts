// A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1 for end-to-end sign-in tests:
// authorization code flow, one confidential client (the app), the provider's own development login
// form, consent granted automatically, and accounts whose claims carry groups in both shapes the app
// understands: Keycloak-style `groups` and EGI Check-in `eduperson_entitlement`.
//
// Which account signs in is chosen by typing its id in the login form (see signInAtOidcProvider in
// oidc-login.ts): an id from OIDC_ACCOUNTS, or an ad-hoc `<name>:<group>,<group>` for a test that
// made its own team (e.g. `zoe:ea-XX-Site123`; no groups: `zoe:`). The password is ignored.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI } from './oidc-constants';

export { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DEFAULT_PORT, OIDC_REDIRECT_URI } from './oidc-constants';

export interface OidcAccount {
  email: string;
  name: string;
  /** Plain group names, as a Keycloak `groups` claim carries them. */
  groups: string[];
}

/** Group names from lib/auth/group-names.ts and team groups `ea-<NGI>-<Site>`. */
export const OIDC_ACCOUNTS = {
  admin: { email: 'oidc-admin@example.org', name: 'Ada Admin', groups: ['early-adopters-admins'] },
  coordinator: { email: 'oidc-coordinator@example.org', name: 'Cora Coordinator', groups: ['sw-rel-sr', 'staged-rollout'] },
  manager: { email: 'oidc-manager@example.org', name: 'Manu Manager', groups: ['staged-rollout', 'early-adopters-arc'] },
  member: { email: 'oidc-member@example.org', name: 'Mia Member', groups: ['ea-PT-LIP-Lisbon'] },
  provider: { email: 'oidc-provider@example.org', name: 'Pat Provider', groups: ['technology-providers'] },
  verifier: { email: 'oidc-verifier@example.org', name: 'Vic Verifier', groups: ['sw-rel-verifiers'] },
  nobody: { email: 'oidc-nobody@example.org', name: 'Nora Nobody', groups: [] },
  noemail: { email: '', name: 'Ned No-Email', groups: ['early-adopters-admins'] },
} satisfies Record<string, OidcAccount>;

export type OidcAccountId = keyof typeof OIDC_ACCOUNTS;

/** EGI Check-in's spelling of membership of `group` in the VO `vo`. */
export function egiEntitlement(group: string, vo = 'vo.early-adopters.egi.eu'): string {
  return `urn:mace:egi.eu:group:${vo}:${encodeURIComponent(group)}:role=member#aai.egi.eu`;
}

/** An account of the fixed map, or an ad-hoc `<name>:<group>,<group>`; undefined for anything else. */
export function resolveAccount(id: string): OidcAccount | undefined {
  if (Object.hasOwn(OIDC_ACCOUNTS, id)) return OIDC_ACCOUNTS[id as OidcAccountId];
  const adHoc = /^([a-z0-9._-]+):([A-Za-z0-9._,-]*)$/.exec(id);
  if (!adHoc) return undefined;
  const [, name, groups] = adHoc;
  return { email: `${name}@example.org`, name: name!, groups: groups!.split(',').filter(Boolean) };
}

function claimsOf(id: string, account: OidcAccount) {
  return {
    sub: id,
    name: account.name,
    preferred_username: id.split(':')[0],
    ...(account.email ? { email: account.email, email_verified: true } : {}),
    groups: account.groups,
    eduperson_entitlement: account.groups.map((group) => egiEntitlement(group)),
  };
}

const SCOPES = ['openid', 'email', 'profile', 'groups', 'eduperson_entitlement', 'offline_access'];

function configuration(redirectUris: string[]): Configuration {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e', use: 'sig', alg: 'RS256' };
  return {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: redirectUris.map((uri) => new URL(uri).origin + '/'),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    scopes: SCOPES,
    // Groups ride on `openid` so that an app asking only for "openid email profile" gets them,
    // as a Keycloak mapper set to "add to ID token / userinfo" does; the named scopes are accepted too.
    claims: {
      openid: ['sub', 'groups', 'eduperson_entitlement'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
      groups: ['groups'],
      eduperson_entitlement: ['eduperson_entitlement'],
    },
    // Put the granted claims in the ID token as well as at userinfo.
    conformIdTokenClaims: false,
    // The app may or may not send PKCE; both must work.
    pkce: { required: () => false },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const account = resolveAccount(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => claimsOf(sub, account) };
    },
    // First-party client: skip the consent screen by granting everything it asks for.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { provider, session, client, result } = ctx.oidc;
      const grantId = result?.consent?.grantId || session?.grantIdFor(client!.clientId);
      if (grantId) return provider.Grant.find(grantId);
      if (!session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client!.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES.join(' '));
      await grant.save();
      return grant;
    },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 120 },
    renderError(ctx, out) {
      ctx.type = 'html';
      const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
      ctx.body = `<!doctype html><title>OIDC error</title><h1>${escape(out.error)}</h1><p>${escape(out.error_description ?? '')}</p>
<p>Account ids: ${Object.keys(OIDC_ACCOUNTS).join(', ')}, or &lt;name&gt;:&lt;group&gt;,&lt;group&gt;</p>`;
    },
  };
}

export interface RunningOidcProvider {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(
  options: { host?: string; port?: number; redirectUris?: string[] } = {},
): Promise<RunningOidcProvider> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://${host}:${port}`;

  // oidc-provider warns about development-only settings (devInteractions, http issuer): intended here.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('oidc-provider WARNING')) warn(...args);
  };
  let provider: Provider;
  try {
    provider = new Provider(issuer, configuration(options.redirectUris ?? [OIDC_REDIRECT_URI]));
  } finally {
    console.warn = warn;
  }
  server.on('request', provider.callback());

  return {
    issuer,
    port,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    stop() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
