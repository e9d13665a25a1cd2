import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addToGroup, createManager, createTeam, createUser, uniqueTag } from '@/lib/seed/factories';
import { loadPrincipal } from './principal';

describe('loadPrincipal', () => {
  it('returns null for an unknown user', async () => {
    expect(await loadPrincipal(`no-such-user-${uniqueTag()}`)).toBeNull();
  });

  it('merges the sources of a group, keeps live teams only and derives the roles', async () => {
    const live = await createTeam(db, { withMember: false });
    const retired = await createTeam(db, { withMember: false, retiredAt: new Date('2011-01-01') });
    const user = await createUser(db, { name: 'Ana Member', timeZone: 'Europe/Lisbon', groups: [live.team.name, retired.team.name] });
    await addToGroup(db, user.id, live.team.name, 'IDP');

    const principal = await loadPrincipal(user.id);

    expect(principal).toMatchObject({ id: user.id, email: user.email, name: 'Ana Member', timeZone: 'Europe/Lisbon' });
    expect(principal!.teams).toEqual([{ id: live.team.id, name: live.team.name }]);
    expect(principal!.teamIds).toEqual([live.team.id]);
    const liveGroup = principal!.groups.find((group) => group.name === live.team.name);
    expect(liveGroup).toEqual({ name: live.team.name, kind: 'TEAM', sources: ['IDP', 'APP'] }); // enum order
    expect(principal!.groups.map((group) => group.name)).toEqual([live.team.name, retired.team.name].sort((a, b) => a.localeCompare(b)));
    expect(principal!.roles).toContain('teamMember');
    expect(principal!.managedStackIds).toEqual([]);
  });

  it('a member of only retired teams has no member role', async () => {
    const retired = await createTeam(db, { withMember: false, retiredAt: new Date('2011-01-01') });
    const user = await createUser(db, { groups: [retired.team.name] });
    const principal = await loadPrincipal(user.id);
    expect(principal!.teams).toEqual([]);
    expect(principal!.roles).not.toContain('teamMember');
  });

  it('gives a manager the stacks they manage, sorted by name, and nothing to a non-manager', async () => {
    const tag = uniqueTag();
    const manager = await createManager(db, { stacks: [`zz-${tag}`, `aa-${tag}`] });
    const principal = await loadPrincipal(manager.id);
    expect(principal!.roles).toContain('manager');
    expect(principal!.managedStacks.map((stack) => stack.slug)).toEqual([`aa-${tag}`, `zz-${tag}`]);
    expect(principal!.managedStackIds).toEqual(principal!.managedStacks.map((stack) => stack.id));

    const plain = await createUser(db);
    const stack = principal!.managedStacks[0]!;
    await db.stackManager.create({ data: { userId: plain.id, stackId: stack.id } });
    const notManager = await loadPrincipal(plain.id);
    expect(notManager!.roles).toEqual([]);
    expect(notManager!.managedStacks).toEqual([]);
  });
});
