import { describe, expect, it } from 'vitest';
import { extractGroupNames } from './claims';

describe('extractGroupNames', () => {
  it('reads Keycloak-style group names and paths', () => {
    expect(extractGroupNames({ groups: ['/ea-PT-LIP-Lisbon', 'sw-rel-sr', '/egi/staged-rollout'] }, 'groups')).toEqual([
      'ea-PT-LIP-Lisbon',
      'staged-rollout',
      'sw-rel-sr',
    ]);
  });

  it('reads EGI Check-in entitlements, innermost group, member-like roles only', () => {
    const claims = {
      eduperson_entitlement: [
        'urn:mace:egi.eu:group:early-adopters:ea-IT-INFN-T1:role=member#aai.egi.eu',
        'urn:mace:egi.eu:group:sw-rel-sr:role=member#aai.egi.eu',
        'urn:mace:egi.eu:group:staged-rollout:role=manager#aai.egi.eu',
        'urn:mace:egi.eu:group:early-adopters-admins:role=vo-pending#aai.egi.eu',
        'urn:mace:egi.eu:res:something#aai.egi.eu',
      ],
    };
    expect(extractGroupNames(claims, 'eduperson_entitlement')).toEqual(['ea-IT-INFN-T1', 'staged-rollout', 'sw-rel-sr']);
  });

  it('accepts a space-separated string claim and ignores non-strings', () => {
    expect(extractGroupNames({ groups: 'ea-ES-PIC sw-rel-sr' }, 'groups')).toEqual(['ea-ES-PIC', 'sw-rel-sr']);
    expect(extractGroupNames({ groups: [42, null, 'ea-ES-PIC'] }, 'groups')).toEqual(['ea-ES-PIC']);
  });

  it('survives a malformed percent-escape in an entitlement', () => {
    expect(extractGroupNames({ e: ['urn:mace:egi.eu:group:vo:ea-%E0-X:role=member#aai.egi.eu'] }, 'e')).toEqual(['ea-%E0-X']);
  });

  it('returns nothing when the claim is missing', () => {
    expect(extractGroupNames({ email: 'x@y' }, 'groups')).toEqual([]);
  });
});
