// The OpenID Connect identity provider, configured by environment. Returns what is wrong instead of
// throwing, so the app still starts and the sign-in page can say it.
import type { Env } from '@/lib/db/config';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  groupsClaim: string;
  label: string;
}

export type OidcConfigResult =
  | { status: 'ok'; config: OidcConfig }
  | { status: 'absent' }
  | { status: 'invalid'; problems: string[] };

export function readOidcConfig(env: Env = process.env): OidcConfigResult {
  const issuer = env.OIDC_ISSUER?.trim() ?? '';
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() ?? '';
  if (!issuer && !clientId && !clientSecret) return { status: 'absent' };
  const problems: string[] = [];
  if (!issuer) problems.push('OIDC_ISSUER is not set');
  else {
    try {
      const url = new URL(issuer);
      if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
        problems.push('OIDC_ISSUER must be an https:// URL');
      }
    } catch {
      problems.push(`OIDC_ISSUER is not a URL: "${issuer}"`);
    }
  }
  if (!clientId) problems.push('OIDC_CLIENT_ID is not set');
  if (!clientSecret) problems.push('OIDC_CLIENT_SECRET is not set');
  if (problems.length) return { status: 'invalid', problems };
  return {
    status: 'ok',
    config: {
      issuer: issuer.replace(/\/$/, ''),
      clientId,
      clientSecret,
      scopes: env.OIDC_SCOPES?.trim() || 'openid email profile',
      groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || 'groups',
      label: env.OIDC_LABEL?.trim() || 'EGI Check-in',
    },
  };
}
