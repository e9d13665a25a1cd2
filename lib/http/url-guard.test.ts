// The raw-address check of proxy.ts: what it refuses (and why) and what it lets through.
import { describe, expect, it } from 'vitest';
import { malformedUrlReason } from './url-guard';

describe('malformedUrlReason', () => {
  it('refuses malformed escapes, control characters and overlong parts, in the path and the query', () => {
    expect(malformedUrlReason('/api/v1/teams/%')).toMatch(/malformed percent escape/);
    expect(malformedUrlReason('/api/v1/rollouts/%ZZ')).toMatch(/malformed percent escape/);
    expect(malformedUrlReason('/teams/%E0%A4%A')).toMatch(/malformed percent escape/); // truncated UTF-8
    expect(malformedUrlReason('/feeds/teams/ea-x%00.ics')).toMatch(/control character/);
    expect(malformedUrlReason('/teams/a%0Ab')).toMatch(/control character/);
    expect(malformedUrlReason('/teams?q=%7F')).toMatch(/query string contains a control character/);
    expect(malformedUrlReason('/teams?q=%')).toMatch(/query string contains a malformed/);
    expect(malformedUrlReason(`/teams/${'a'.repeat(1025)}`)).toMatch(/longer than 1024/);
    expect(malformedUrlReason(`/teams?q=${'a'.repeat(8200)}`)).toMatch(/longer than 8192/);
  });

  it('lets well-formed addresses through, encoded text and stray plus signs included', () => {
    for (const url of ['/', '/rollouts/12', '/teams/ea-PT-LIP-Lisbon/edit', '/teams?q=caf%C3%A9+bar&sort=name', '/signin?callbackUrl=%2Fteams%3Fpage%3D2', `/teams/${'a'.repeat(1024)}`, '/rollouts/99999999999999999999999']) {
      expect(malformedUrlReason(url), url).toBeNull();
    }
  });
});
