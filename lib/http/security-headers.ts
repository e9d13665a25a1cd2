// Security headers for every response (pages, API, feeds, static files), set in next.config.ts.
// The CSP allows inline styles/scripts only because Next's App Router inlines its bootstrap; nothing
// is loaded from other origins, nothing may frame the app, and no plugin content runs. XSS defence
// proper is that user text is only ever rendered as React text (escaped) and links are http(s) only.
// Not here: Strict-Transport-Security, which belongs to the TLS-terminating proxy (SECURITY.md), and
// form-action, which would stop the OIDC sign-in form's redirect to the identity provider.
export const CONTENT_SECURITY_POLICY_DIRECTIVES = (dev: boolean): string[] => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
];

export function securityHeaders(): { key: string; value: string }[] {
  const dev = process.env.NODE_ENV === 'development';
  return [
    { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY_DIRECTIVES(dev).join('; ') },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
