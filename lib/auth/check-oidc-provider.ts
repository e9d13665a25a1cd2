// Whether the configured identity provider can be used right now, in words a person can act on.
import 'server-only';
import { readOidcConfig } from './oidc-config';

export type OidcCheck =
  | { status: 'ok'; label: string }
  | { status: 'absent' }
  | { status: 'invalid' | 'unreachable'; problems: string[] };

export async function checkOidcProvider(): Promise<OidcCheck> {
  const result = readOidcConfig();
  if (result.status !== 'ok') return result;
  const url = `${result.config.issuer}/.well-known/openid-configuration`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000), cache: 'no-store' });
    if (!response.ok) return { status: 'unreachable', problems: [`${url} answered HTTP ${response.status}`] };
    const discovery = (await response.json()) as { issuer?: string; authorization_endpoint?: string };
    if (!discovery.authorization_endpoint) return { status: 'invalid', problems: [`${url} is not an OpenID Connect discovery document`] };
    return { status: 'ok', label: result.config.label };
  } catch (error) {
    return { status: 'unreachable', problems: [`Cannot reach ${url}: ${(error as Error).message}`] };
  }
}
