import { uniqueName } from '@/lib/seed/factories';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addGroupMember, removeGroupMember } from './manage-group-members';
import { addStackManager } from './manage-stack-managers';
import { makeAdmin } from '@/lib/rollout/test-fixtures';

const ACTOR = await makeAdmin();

async function makeGroup(kind: 'ADMINS' | 'MANAGERS' = 'ADMINS', name = uniqueName('grp')) {
  return db.group.create({ data: { name, kind } });
}

describe('in-app group membership', () => {
  it('adds a member by e-mail, creating the user, with an audit row in the same transaction', async () => {
    const group = await makeGroup();
    const email = `${uniqueName('new')}@site.example`;
    await addGroupMember(ACTOR, { groupId: group.id, email });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships).toMatchObject([{ groupId: group.id, source: 'APP' }]);
    const audit = await db.auditEvent.findMany({ where: { entityType: 'Group', entityId: group.id } });
    expect(audit.map((event) => event.action)).toEqual(['group.addMember']);
  });

  it('refuses a duplicate and writes nothing', async () => {
    const group = await makeGroup();
    const email = `${uniqueName('dup')}@site.example`;
    await addGroupMember(ACTOR, { groupId: group.id, email });
    await expect(addGroupMember(ACTOR, { groupId: group.id, email })).rejects.toThrow(/already in/);
    expect(await db.groupMembership.count({ where: { groupId: group.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: group.id } })).toBe(1);
  });

  it('never removes an identity-provider membership', async () => {
    const group = await makeGroup();
    const user = await db.user.create({ data: { email: `${uniqueName('idp')}@site.example`, name: 'IdP user' } });
    const membership = await db.groupMembership.create({ data: { userId: user.id, groupId: group.id, source: 'IDP' } });
    await expect(removeGroupMember(ACTOR, membership.id)).rejects.toThrow(/identity provider/);
    expect(await db.groupMembership.count({ where: { id: membership.id } })).toBe(1);
  });

  it('removing the last managers-group membership also drops the stack scope', async () => {
    const managers = (await db.group.findUnique({ where: { name: 'staged-rollout' } })) ?? (await makeGroup('MANAGERS', 'staged-rollout'));
    const provider = await db.technologyProvider.upsert({ where: { name: 'TEST-TP' }, create: { name: 'TEST-TP' }, update: {} });
    const stack = await db.stack.create({ data: { slug: uniqueName('stk'), name: uniqueName('Stack'), providerId: provider.id } });
    const email = `${uniqueName('mgr')}@site.example`;
    await addGroupMember(ACTOR, { groupId: managers.id, email });
    await addStackManager(ACTOR, { stackId: stack.id, email });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true, managedStacks: true } });
    expect(user.managedStacks).toHaveLength(1);
    await removeGroupMember(ACTOR, user.memberships[0]!.id);
    expect(await db.stackManager.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses to make a stack manager of someone outside the managers group', async () => {
    const provider = await db.technologyProvider.upsert({ where: { name: 'TEST-TP' }, create: { name: 'TEST-TP' }, update: {} });
    const stack = await db.stack.create({ data: { slug: uniqueName('stk'), name: uniqueName('Stack'), providerId: provider.id } });
    const user = await db.user.create({ data: { email: `${uniqueName('x')}@site.example`, name: 'Not a manager' } });
    await expect(addStackManager(ACTOR, { stackId: stack.id, email: user.email })).rejects.toThrow(/not in the staged-rollout group/);
    expect(await db.stackManager.count({ where: { stackId: stack.id } })).toBe(0);
  });
});
