import { describe, expect, it } from 'vitest';
import { readOidcConfig } from './oidc-config';

describe('readOidcConfig', () => {
  it('is absent when nothing is set', () => {
    expect(readOidcConfig({})).toEqual({ status: 'absent' });
  });

  it('names every missing or wrong setting', () => {
    const result = readOidcConfig({ OIDC_ISSUER: 'not a url' });
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.problems).toEqual([
      'OIDC_ISSUER is not a URL: "not a url"',
      'OIDC_CLIENT_ID is not set',
      'OIDC_CLIENT_SECRET is not set',
    ]);
  });

  it('requires https except on loopback', () => {
    const base = { OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 's' };
    expect(readOidcConfig({ ...base, OIDC_ISSUER: 'http://idp.example.org' }).status).toBe('invalid');
    expect(readOidcConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:3199' }).status).toBe('ok');
  });

  it('defaults scopes and the groups claim, trims the issuer slash', () => {
    const result = readOidcConfig({ OIDC_ISSUER: 'https://aai.egi.eu/auth/realms/egi/', OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 's' });
    expect(result).toMatchObject({
      status: 'ok',
      config: { issuer: 'https://aai.egi.eu/auth/realms/egi', scopes: 'openid email profile', groupsClaim: 'groups' },
    });
  });
});
