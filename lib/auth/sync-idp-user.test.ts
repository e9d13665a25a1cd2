import { uniqueName } from '@/lib/seed/factories';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { syncIdpUser } from './sync-idp-user';

describe('syncIdpUser', () => {
  it('creates the user and grants only known groups, as IDP memberships', async () => {
    const known = await db.group.create({ data: { name: uniqueName('ea-XX-Site'), kind: 'TEAM' } });
    const email = `${uniqueName('idp')}@site.example`;
    const { userId, ignoredGroups } = await syncIdpUser({ subject: uniqueName('sub'), email, name: 'Ana', groupNames: [known.name, 'no-such-group'] });
    expect(ignoredGroups).toEqual(['no-such-group']);
    const memberships = await db.groupMembership.findMany({ where: { userId } });
    expect(memberships).toMatchObject([{ groupId: known.id, source: 'IDP' }]);
  });

  it('replaces IDP memberships on the next sign-in and leaves APP memberships alone', async () => {
    const first = await db.group.create({ data: { name: uniqueName('ea-AA-One'), kind: 'TEAM' } });
    const second = await db.group.create({ data: { name: uniqueName('ea-BB-Two'), kind: 'TEAM' } });
    const appGroup = await db.group.create({ data: { name: uniqueName('app-grp'), kind: 'ADMINS' } });
    const subject = uniqueName('sub');
    const email = `${uniqueName('idp')}@site.example`;
    const { userId } = await syncIdpUser({ subject, email, name: 'Ana', groupNames: [first.name] });
    await db.groupMembership.create({ data: { userId, groupId: appGroup.id, source: 'APP' } });
    await syncIdpUser({ subject, email: email.toUpperCase(), name: 'Ana B.', groupNames: [second.name] });
    const memberships = await db.groupMembership.findMany({ where: { userId }, orderBy: { source: 'asc' } });
    expect(memberships.map((m) => [m.groupId, m.source]).sort()).toEqual([[appGroup.id, 'APP'], [second.id, 'IDP']].sort());
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.name).toBe('Ana B.');
    const audit = await db.auditEvent.findMany({ where: { entityId: userId, action: 'user.idpGroups' } });
    expect(audit).toHaveLength(2);
  });

  it('matches an app-created user by e-mail on first sign-in', async () => {
    const email = `${uniqueName('pre')}@site.example`;
    const existing = await db.user.create({ data: { email, name: email } });
    const { userId } = await syncIdpUser({ subject: uniqueName('sub'), email, name: 'Real Name', groupNames: [] });
    expect(userId).toBe(existing.id);
  });
});
