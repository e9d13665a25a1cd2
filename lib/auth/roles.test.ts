import { describe, expect, it } from 'vitest';
import { groupsToRoles, roleOfGroup } from './roles';

describe('groupsToRoles', () => {
  it.each([
    ['early-adopters-admins', 'admin'],
    ['sw-rel-sr', 'coordinator'],
    ['staged-rollout', 'manager'],
    ['technology-providers', 'provider'],
    ['sw-rel-verifiers', 'verifier'],
    ['ea-PT-LIP-Lisbon', 'teamMember'],
    ['early-adopters-glite', 'listMember'],
  ])('%s confers %s', (group, role) => {
    expect(roleOfGroup(group)).toBe(role);
  });

  it.each(['ea-', 'early-adopters-', 'staged-rollout-extra', 'admins', '', 'EA-PT-LIP', 'sw-rel'])('"%s" confers no role', (group) => {
    expect(roleOfGroup(group)).toBeNull();
  });

  it('returns each role once, in a stable order', () => {
    expect(groupsToRoles(['ea-IT-INFN-T1', 'staged-rollout', 'ea-PT-LIP-Lisbon', 'early-adopters-admins', 'unknown'])).toEqual([
      'admin',
      'manager',
      'teamMember',
    ]);
  });

  it('gives no role for no groups', () => {
    expect(groupsToRoles([])).toEqual([]);
  });
});
