// Members, contacts and commitments of a team: what is saved, and bad input (invalid e-mail,
// retired component, platform the component does not ship on) refused at the field with nothing saved.
import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/actions/action-result';
import { db } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { ADMINS_GROUP } from '@/lib/auth/group-names';
import { loadPrincipal } from '@/lib/auth/principal';
import { createComponent, createTeam as makeTeam, createUser, ensurePlatform, uniqueTag } from '@/lib/seed/factories';
import { addCommitment, removeCommitment } from './manage-commitments';
import { addTeamContact, removeTeamContact } from './manage-team-contacts';
import { addTeamMember, listIdpUsersOutsideTeam, removeTeamMember } from './manage-team-members';
import { ZAddContact, ZAddMember } from './schemas';
import { makeAdmin } from '@/lib/rollout/test-fixtures';

const ACTOR = await makeAdmin();
// Contacts and commitments check the permission themselves: they take the signed-in user.
const admin = createUser(db, { groups: [ADMINS_GROUP] }).then(async (user) => (await loadPrincipal(user.id))!);

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('team members', () => {
  it('adds a member by e-mail, creating the user record (source APP), audited, with a welcome message', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const email = `new-${uniqueTag()}@site.example`;
    const input = parseInput(ZAddMember, { teamId: team.id, email: email.toUpperCase() });
    await addTeamMember(ACTOR, input);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { group: true } } } });
    expect(user.oidcSubject).toBeNull(); // matched by e-mail at the first OIDC sign-in
    expect(user.memberships).toMatchObject([{ source: 'APP', group: { teamId: team.id } }]);
    expect(await db.auditEvent.count({ where: { entityType: 'Team', entityId: team.id, action: 'team.addMember' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { kind: 'team.memberAdded', userId: user.id } })).toBe(1);
  });

  it('rejects an invalid e-mail at the field before anything is saved', () => {
    const { fieldErrors } = (() => {
      try {
        parseInput(ZAddMember, { teamId: 'x', email: 'not-an-address' });
      } catch (error) {
        return error as ValidationError;
      }
      throw new Error('accepted an invalid e-mail');
    })();
    expect(fieldErrors.email?.[0]).toMatch(/valid e-mail/);
  });

  it('adds a user picked among identity-provider users, and refuses a second membership', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const idpUser = await db.user.create({ data: { email: `idp-${uniqueTag()}@site.example`, name: 'Zed IdP', oidcSubject: `sub-${uniqueTag()}` } });
    expect((await listIdpUsersOutsideTeam(team.id, 10_000)).map((user) => user.id)).toContain(idpUser.id);
    await addTeamMember(ACTOR, { teamId: team.id, userId: idpUser.id });
    expect((await listIdpUsersOutsideTeam(team.id, 10_000)).map((user) => user.id)).not.toContain(idpUser.id);
    const errors = await fieldErrorsOf(addTeamMember(ACTOR, { teamId: team.id, email: idpUser.email }));
    expect(errors.email).toEqual(['Already a member.']);
  });

  it('refuses to pick a user who never signed in through the identity provider', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const local = await createUser(db);
    const errors = await fieldErrorsOf(addTeamMember(ACTOR, { teamId: team.id, userId: local.id }));
    expect(errors.userId).toBeDefined();
    expect(await db.groupMembership.count({ where: { userId: local.id } })).toBe(0);
  });

  it('removes an app membership but never an identity-provider one', async () => {
    const { team, group } = await makeTeam(db, { withMember: false });
    const user = await createUser(db);
    const idp = await db.groupMembership.create({ data: { userId: user.id, groupId: group.id, source: 'IDP' } });
    await expect(removeTeamMember(ACTOR, { membershipId: idp.id, teamId: team.id })).rejects.toThrow(/identity provider/);
    const app = await db.groupMembership.create({ data: { userId: user.id, groupId: group.id, source: 'APP' } });
    await removeTeamMember(ACTOR, { membershipId: app.id, teamId: team.id });
    expect(await db.groupMembership.findMany({ where: { groupId: group.id } })).toMatchObject([{ id: idp.id, source: 'IDP' }]);
  });

  it('refuses to remove a membership through another team', async () => {
    const a = await makeTeam(db, { withMember: false });
    const b = await makeTeam(db);
    const membership = await db.groupMembership.findFirstOrThrow({ where: { groupId: b.group.id } });
    await expect(removeTeamMember(ACTOR, { membershipId: membership.id, teamId: a.team.id })).rejects.toThrow(/no longer exists/);
    expect(await db.groupMembership.count({ where: { id: membership.id } })).toBe(1);
  });
});

describe('team contacts', () => {
  it('adds, refuses duplicates and invalid e-mails at the field, and removes', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const contact = await addTeamContact(await admin, parseInput(ZAddContact, { teamId: team.id, email: 'EA@Site.Example', name: 'EA desk' }));
    expect(contact.email).toBe('ea@site.example');
    const errors = await fieldErrorsOf(addTeamContact(await admin, { teamId: team.id, email: 'ea@site.example', name: '' }));
    expect(errors.email).toEqual(['Already a contact of this team.']);
    expect(() => parseInput(ZAddContact, { teamId: team.id, email: 'ea@' })).toThrow(ValidationError);
    await removeTeamContact(await admin, { contactId: contact.id, teamId: team.id });
    expect(await db.teamContact.count({ where: { teamId: team.id } })).toBe(0);
  });

  it('refuses a user of another team, whoever calls the lib, and saves nothing', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const { member } = await makeTeam(db);
    const outsider = (await loadPrincipal(member!.id))!;
    await expect(addTeamContact(outsider, { teamId: team.id, email: 'x@site.example', name: '' })).rejects.toThrow(
      new ForbiddenError(`Only admins and members of ${team.name} edit its contacts.`),
    );
    const component = await createComponent(db);
    await expect(addCommitment(outsider, { teamId: team.id, componentId: component.id, platformId: component.platformList[0]!.id })).rejects.toThrow(
      new ForbiddenError(`Only admins and members of ${team.name} edit its commitments.`),
    );
    expect(await db.teamContact.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.commitment.count({ where: { teamId: team.id } })).toBe(0);
  });
});

describe('commitments', () => {
  it('commits a team to a component on a platform it ships on, audited, and removes it', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const component = await createComponent(db, { platforms: ['SL5 x86_64', 'SL6 x86_64'] });
    const { commitment } = await addCommitment(await admin, { teamId: team.id, componentId: component.id, platformId: component.platformList[1]!.id });
    expect(commitment).toMatchObject({ teamId: team.id, componentId: component.id });
    const errors = await fieldErrorsOf(addCommitment(await admin, { teamId: team.id, componentId: component.id, platformId: component.platformList[1]!.id }));
    expect(errors.componentId?.[0]).toMatch(/already committed/);
    await removeCommitment(await admin, { commitmentId: commitment.id, teamId: team.id });
    const actions = await db.auditEvent.findMany({ where: { entityType: 'Team', entityId: team.id }, orderBy: { at: 'asc' } });
    expect(actions.map((event) => event.action)).toEqual(['team.commit', 'team.uncommit']);
  });

  it('refuses a retired component next to the component field and saves nothing', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const component = await createComponent(db, { retiredAt: new Date('2011-01-01') });
    const errors = await fieldErrorsOf(addCommitment(await admin, { teamId: team.id, componentId: component.id, platformId: component.platformList[0]!.id }));
    expect(errors.componentId?.[0]).toMatch(/retired/);
    expect(await db.commitment.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: team.id } })).toBe(0);
  });

  it('refuses a platform the component does not ship on, naming the ones it does', async () => {
    const { team } = await makeTeam(db, { withMember: false });
    const component = await createComponent(db, { platforms: ['SL5 x86_64'] });
    const other = await ensurePlatform(db, 'SL6', 'i386');
    const errors = await fieldErrorsOf(addCommitment(await admin, { teamId: team.id, componentId: component.id, platformId: other.id }));
    expect(errors.platformId?.[0]).toBe(`${component.name} does not ship on SL6 i386; it ships on SL5 x86_64.`);
    expect(await db.commitment.count({ where: { teamId: team.id } })).toBe(0);
  });

  it('refuses new commitments for a retired team', async () => {
    const { team } = await makeTeam(db, { withMember: false, retiredAt: new Date() });
    const component = await createComponent(db);
    await expect(addCommitment(await admin, { teamId: team.id, componentId: component.id, platformId: component.platformList[0]!.id })).rejects.toThrow(/retired/);
  });
});
