// The e2e OpenID Connect provider's fixed client registration, shared by the provider and
// playwright.config.ts (which must not load the provider itself).
export const OIDC_DEFAULT_PORT = 3199;
export const OIDC_CLIENT_ID = 'early-adopters-e2e';
export const OIDC_CLIENT_SECRET = 'e2e-client-secret-not-for-production';
export const OIDC_REDIRECT_URI = 'http://127.0.0.1:3100/api/auth/callback/oidc';
