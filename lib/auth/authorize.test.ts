// Every role x permission x scope, against an expectation table written out by hand (not derived
// from ROLE_PERMISSIONS), so a change to the permission table must be made twice, deliberately.
import { describe, expect, it } from 'vitest';
import { can, canAtAll, type Principal } from './authorize';
import { PERMISSIONS, type Permission } from './permissions';
import { ROLES, type Role } from './roles';

type Expect = 'any' | 'ownTeam' | 'ownStack' | 'self' | '-';

// Columns: admin, coordinator, manager, teamMember, listMember, provider, verifier
const EXPECTED: Record<Permission, [Expect, Expect, Expect, Expect, Expect, Expect, Expect]> = {
  'team.create': ['any', '-', '-', '-', '-', '-', '-'],
  'team.edit': ['any', '-', '-', '-', '-', '-', '-'],
  'team.members': ['any', '-', '-', '-', '-', '-', '-'],
  'team.contacts': ['any', '-', '-', 'ownTeam', '-', '-', '-'],
  'team.commit': ['any', '-', '-', 'ownTeam', '-', '-', '-'],
  'catalog.edit': ['any', '-', '-', '-', '-', '-', '-'],
  'group.manage': ['any', '-', '-', '-', '-', '-', '-'],
  'release.submit': ['-', 'any', '-', '-', '-', 'any', '-'],
  'release.verify': ['-', 'any', '-', '-', '-', '-', 'any'],
  'release.skipRollout': ['-', 'any', '-', '-', '-', '-', '-'],
  'release.embargo': ['-', 'any', '-', '-', '-', 'self', '-'],
  'release.liftEmbargo': ['-', 'any', '-', '-', '-', '-', '-'],
  'rollout.assign': ['-', 'any', '-', '-', '-', '-', '-'],
  'rollout.selectTeams': ['-', 'any', 'ownStack', '-', '-', '-', '-'],
  'rollout.callVolunteers': ['-', 'any', 'ownStack', '-', '-', '-', '-'],
  'rollout.reply': ['-', '-', '-', 'ownTeam', '-', '-', '-'],
  'rollout.participate': ['-', '-', '-', 'ownTeam', '-', '-', '-'],
  'rollout.report': ['-', '-', '-', 'ownTeam', '-', '-', '-'],
  'rollout.comment': ['any', 'any', 'ownStack', 'ownTeam', '-', '-', 'any'],
  'rollout.resolve': ['-', 'any', 'ownStack', '-', '-', '-', '-'],
  'rollout.override': ['-', 'any', '-', '-', '-', '-', '-'],
  'policy.edit': ['-', 'any', '-', '-', '-', '-', '-'],
  'metrics.view': ['any', 'any', 'any', 'any', 'any', 'any', 'any'],
  'audit.view': ['any', '-', '-', '-', '-', '-', '-'],
  'outbox.view': ['any', '-', '-', '-', '-', '-', '-'],
  'settings.edit': ['any', 'any', '-', '-', '-', '-', '-'],
  'gocdb.sync': ['any', '-', '-', '-', '-', '-', '-'],
  'token.manage': ['self', 'self', 'self', 'self', 'self', 'self', 'self'],
};

const OWN_TEAM = 'team-own';
const OTHER_TEAM = 'team-other';
const OWN_STACK = 'stack-own';
const OTHER_STACK = 'stack-other';

function principal(role: Role): Principal {
  return { id: 'user-1', roles: [role], teamIds: [OWN_TEAM], managedStackIds: [OWN_STACK] };
}

/** What a scope should allow for each kind of target. */
function expectedFor(scope: Expect) {
  return {
    ownTeam: scope === 'any' || scope === 'ownTeam' || scope === 'self',
    otherTeam: scope === 'any' || scope === 'self',
    ownStack: scope === 'any' || scope === 'ownStack' || scope === 'self',
    otherStack: scope === 'any' || scope === 'self',
    noTarget: scope === 'any' || scope === 'self',
    otherUser: scope === 'any',
  };
}

describe('can(): every role x permission x scope', () => {
  it('covers every permission in the table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const [roleIndex, role] of ROLES.entries()) {
    for (const permission of PERMISSIONS) {
      const scope = EXPECTED[permission][roleIndex]!;
      it(`${role} ${permission} -> ${scope}`, () => {
        const user = principal(role);
        const want = scope === '-' ? { ownTeam: false, otherTeam: false, ownStack: false, otherStack: false, noTarget: false, otherUser: false } : expectedFor(scope);
        expect({
          ownTeam: can(user, permission, { teamId: OWN_TEAM }),
          otherTeam: can(user, permission, { teamId: OTHER_TEAM }),
          ownStack: can(user, permission, { stackId: OWN_STACK }),
          otherStack: can(user, permission, { stackId: OTHER_STACK }),
          noTarget: can(user, permission),
          otherUser: can(user, permission, { userId: 'someone-else' }),
        }).toEqual(want);
        expect(canAtAll(user, permission)).toBe(scope !== '-');
      });
    }
  }
});

describe('can(): fails closed', () => {
  it('denies an anonymous user everything', () => {
    for (const permission of PERMISSIONS) expect(can(null, permission, { teamId: OWN_TEAM })).toBe(false);
  });

  it('denies an unknown permission even to an admin', () => {
    expect(can(principal('admin'), 'team.destroy' as Permission)).toBe(false);
  });

  it('denies a user without roles', () => {
    expect(can({ id: 'u', roles: [], teamIds: [OWN_TEAM], managedStackIds: [OWN_STACK] }, 'metrics.view')).toBe(false);
  });

  it('combines roles: a manager who is also a team member may report for the team and close for the stack', () => {
    const user: Principal = { id: 'u', roles: ['manager', 'teamMember'], teamIds: [OWN_TEAM], managedStackIds: [OWN_STACK] };
    expect(can(user, 'rollout.report', { teamId: OWN_TEAM })).toBe(true);
    expect(can(user, 'rollout.resolve', { stackId: OWN_STACK })).toBe(true);
    expect(can(user, 'rollout.resolve', { stackId: OTHER_STACK })).toBe(false);
  });
});
