import { describe, expect, it } from 'vitest';
import { stackListAddress } from '@/lib/auth/group-names';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { callVolunteers } from './call-volunteers';
import { recordTeamReply } from './record-team-reply';
import { makeRolloutWorld, makeTeam, openAndInvite, rolloutRow } from './test-fixtures';
import { safeParseUntrusted } from '@/lib/validation/safe-parse';
import { ZWithdrawForm } from './schemas';
import { volunteerTeam, withdrawTeam } from './volunteer';

describe('call for volunteers and volunteering', () => {
  it('mails the stack’s list once when nobody accepted, then lets any EA team volunteer', async () => {
    const world = await makeRolloutWorld();
    const invited = await makeTeam(world);
    await openAndInvite(world, [invited]);
    await recordTeamReply(invited.member, world.rollout.number, { teamId: invited.team.id, answer: 'decline' });
    const volunteer = await makeTeam(world, { commit: 'none' });
    await expect(volunteerTeam(volunteer.member, world.rollout.number, { teamId: volunteer.team.id })).rejects.toThrow(/not called for volunteers/);

    await callVolunteers(world.manager, world.rollout.number, { note: 'Any SL5 CREAM site?', version: 3 });
    const row = await rolloutRow(world.rollout.id);
    expect(row.volunteersCalledAt).toBeInstanceOf(Date);
    const mail = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.volunteers' } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipients: [stackListAddress(world.stack.slug)], dedupeKey: `rollout.volunteers:${world.rollout.id}` });
    expect(mail[0]!.text).toContain('Any SL5 CREAM site?');
    await expect(callVolunteers(world.manager, world.rollout.number, { note: '' })).rejects.toThrow(/already called/);

    await volunteerTeam(volunteer.member, world.rollout.number, { teamId: volunteer.team.id });
    const joined = await db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: volunteer.team.id } } });
    expect(joined).toMatchObject({ status: 'VOLUNTEERED', replyChannel: 'volunteer' });
    expect(await db.auditEvent.count({ where: { entityId: joined.id, action: 'rollout.volunteer' } })).toBe(1);
    // the team that declined may change its mind
    await volunteerTeam(invited.member, world.rollout.number, { teamId: invited.team.id });
    await expect(volunteerTeam(volunteer.member, world.rollout.number, { teamId: volunteer.team.id })).rejects.toThrow(/already volunteered/);
  });

  it('refuses to call for volunteers when a team accepted, or for a manager of another stack', async () => {
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    await openAndInvite(world, [team]);
    await expect(callVolunteers(world.otherManager, world.rollout.number, { note: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'accept' });
    await expect(callVolunteers(world.manager, world.rollout.number, { note: '' })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'rollout.volunteers' } })).toBe(0);
  });

  it('lets nobody volunteer for a team they do not belong to, and lets a taking-part team withdraw', async () => {
    const world = await makeRolloutWorld();
    const a = await makeTeam(world);
    const b = await makeTeam(world);
    await openAndInvite(world, []);
    await callVolunteers(world.coordinator, world.rollout.number, { note: '' });
    await expect(volunteerTeam(a.member, world.rollout.number, { teamId: b.team.id })).rejects.toBeInstanceOf(ForbiddenError);
    await volunteerTeam(a.member, world.rollout.number, { teamId: a.team.id });
    await withdrawTeam(a.member, world.rollout.number, { teamId: a.team.id, reason: 'hardware failure' });
    const row = await db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: a.team.id } } });
    expect(row.status).toBe('WITHDRAWN');
    const told = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.teamWithdrew' } });
    expect(told).toHaveLength(1);
    expect(told[0]!.recipients).toEqual([world.manager.email.toLowerCase()]);
    expect(told[0]!.subject).toContain(`${a.team.name} withdrew`);
    expect(told[0]!.text).toContain('Reason: hardware failure');
    await expect(withdrawTeam(a.member, world.rollout.number, { teamId: a.team.id, reason: '' })).rejects.toThrow(/cannot withdraw: it has withdrawn/);
  });

  it('asks the page for a reason and an explicit confirmation before withdrawing', () => {
    const refused = safeParseUntrusted(ZWithdrawForm, { teamId: 't1', reason: '' });
    expect(refused.success).toBe(false);
    const messages = Object.fromEntries(refused.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages.reason).toMatch(/Say why the team withdraws/);
    expect(messages.confirm).toBe('Tick the box to confirm that your team withdraws.');
    expect(safeParseUntrusted(ZWithdrawForm, { teamId: 't1', reason: 'our CE is down for a week', confirm: 'on' }).success).toBe(true);
  });
});
