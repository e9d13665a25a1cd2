// The header set itself (the e2e spec e2e/security-headers.spec.ts checks it on real responses).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { securityHeaders } from '@/lib/http/security-headers';

const headerMap = () => Object.fromEntries(securityHeaders().map(({ key, value }) => [key.toLowerCase(), value]));

afterEach(() => vi.unstubAllEnvs());

describe('securityHeaders', () => {
  it('forbids framing, sniffing, plugins and foreign origins', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const headers = headerMap();
    const csp = headers['content-security-policy']!.split(';').map((part) => part.trim());
    expect(csp).toEqual(expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"]));
    expect(csp.join(' ')).not.toContain('unsafe-eval');
    expect(csp.join(' ')).not.toMatch(/https?:|\*/); // no foreign origin anywhere
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('allows eval only in development (React Refresh needs it)', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(headerMap()['content-security-policy']).toContain("'unsafe-eval'");
  });
});
