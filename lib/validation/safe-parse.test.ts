import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZAddGroupMember } from '@/lib/groups/schemas';
import { safeParseUntrusted, safeParseUntrustedAsync, UNEXPECTED_SHAPE } from './safe-parse';

// JSON a client can send: a `length` whose conversion to a number fails.
const crafted = JSON.parse('{"groupId":"g1","email":{"length":{"toString":"x"}}}');

describe('safeParseUntrusted', () => {
  it('reports an object-valued length under a length-checked string as an issue, not a throw', async () => {
    for (const result of [safeParseUntrusted(ZAddGroupMember, crafted), await safeParseUntrustedAsync(ZAddGroupMember, crafted)]) {
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((issue) => issue.message)).toEqual([UNEXPECTED_SHAPE]);
    }
  });

  it('returns what zod returns otherwise', () => {
    expect(safeParseUntrusted(ZAddGroupMember, { groupId: 'g1', email: ' Ana@Site.ORG ' })).toEqual({ success: true, data: { groupId: 'g1', email: 'ana@site.org' } });
    const bad = safeParseUntrusted(ZAddGroupMember, { groupId: 'g1', email: 'not an address' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['email']);
  });

  it('lets any other throw through: a bug in a schema of ours must not be hidden', () => {
    const broken = z.object({ name: z.preprocess((value) => (value as string).trim(), z.string()) });
    expect(() => safeParseUntrusted(broken, { name: 1 })).toThrow(TypeError);
  });
});
