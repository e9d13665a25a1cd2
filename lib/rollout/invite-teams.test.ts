import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { addWorkingDays } from '@/lib/time/working-days';
import { assignRollout } from './assign-rollout';
import { inviteTeams } from './invite-teams';
import { findReplyCommand } from './mail/parse-reply';
import { proposeTeams } from './propose-teams';
import { makeRolloutWorld, makeTeam, openAndInvite, rolloutRow } from './test-fixtures';

const template = 'Dear {{team}}, please install. Reply by {{replyDue}} and name your report {{reportFileName}}.';

describe('proposeTeams', () => {
  it('puts teams committed to the component and platform first, then the stack’s other teams, least loaded first, with current status', async () => {
    const world = await makeRolloutWorld();
    const busy = await makeTeam(world, { commit: 'component' });
    const idle = await makeTeam(world, { commit: 'component' });
    const stackOnly = await makeTeam(world, { commit: 'stack' });
    const otherPlatform = await makeTeam(world, { commit: 'none' });
    await db.commitment.create({ data: { teamId: otherPlatform.team.id, componentId: world.component.id, platformId: world.sl6.id } });
    await db.commitment.create({ data: { teamId: otherPlatform.team.id, componentId: world.sibling.id, platformId: world.platform.id } });
    await makeTeam(world, { commit: 'none' });
    // busy is invited to another open rollout: load 1
    const other = await makeRolloutWorld();
    await db.commitment.create({ data: { teamId: busy.team.id, componentId: other.component.id, platformId: other.platform.id } });
    await openAndInvite(other, []);
    await db.participation.create({ data: { rolloutId: other.rollout.id, teamId: busy.team.id, status: 'ACCEPTED' } });

    const proposals = await proposeTeams({ id: world.rollout.id, componentId: world.component.id, platformId: world.platform.id, stackId: world.stack.id });
    expect(proposals.map((p) => [p.teamName, p.tier, p.load])).toEqual([
      [idle.team.name, 'component', 0],
      [busy.team.name, 'component', 1],
      [otherPlatform.team.name, 'otherPlatform', 0],
      [stackOnly.team.name, 'stack', 0],
    ]);
    expect(proposals[3]!.commitments).toEqual([`${world.sibling.name} SL5/x86_64`]);
    expect(proposals.every((p) => p.current === null && p.recipients === 1)).toBe(true);
  });
});

describe('inviteTeams', () => {
  it('invites each team with a reply deadline of 1 working day in its own calendar and one message with the exact reply line', async () => {
    const world = await makeRolloutWorld();
    const lisbon = await makeTeam(world, { timeZone: 'Europe/Lisbon' });
    const sydney = await makeTeam(world, { timeZone: 'Australia/Sydney', contact: null });
    await assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id });
    const before = new Date();
    const result = await inviteTeams(world.manager, world.rollout.number, { teamIds: [lisbon.team.id, sydney.team.id], template, version: 2 });
    const after = new Date();
    expect(result.invited.sort()).toEqual([lisbon.team.name, sydney.team.name].sort());

    const rows = await db.participation.findMany({ where: { rolloutId: world.rollout.id }, include: { team: { include: { site: { include: { ngi: true } } } } } });
    const holidays = await loadHolidays();
    for (const row of rows) {
      expect(row.status).toBe('INVITED');
      const calendar = calendarFor(row.team.site.timeZone, row.team.site.ngi.code, holidays);
      const low = addWorkingDays(before, 1, calendar).getTime();
      const high = addWorkingDays(after, 1, calendar).getTime();
      expect(row.replyDueAt!.getTime()).toBeGreaterThanOrEqual(low);
      expect(row.replyDueAt!.getTime()).toBeLessThanOrEqual(high);
    }
    const messages = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'team.invited' } });
    expect(messages).toHaveLength(2);
    const toLisbon = messages.find((m) => m.dedupeKey === `team.invited:${world.rollout.id}:${lisbon.team.id}`)!;
    expect(toLisbon.recipients).toEqual([lisbon.contact]);
    expect(toLisbon.text).toContain(`Dear ${lisbon.team.name}, please install.`);
    expect(toLisbon.text).toContain(`ea-${lisbon.ngiSite}-${world.stack.name}-${world.component.name}-1.8.0-1.odt`);
    expect(toLisbon.text.split('\n')).toContain(`accept ${lisbon.ngiSite}`);
    expect(findReplyCommand(`accept ${lisbon.ngiSite}\n\n${toLisbon.text.split('\n').map((l) => `> ${l}`).join('\n')}`)?.teamName).toBe(lisbon.team.name);
    // a team without contacts is reached through its members
    const toSydney = messages.find((m) => m.dedupeKey?.endsWith(sydney.team.id))!;
    expect(toSydney.recipients).toEqual([sydney.member.email]);
    expect((await rolloutRow(world.rollout.id)).notificationTemplate).toBe(template);
    expect(await db.auditEvent.count({ where: { action: 'rollout.invite', entityId: { in: rows.map((r) => r.id) } } })).toBe(2);
  });

  it('refuses a manager of another stack and a team member; the coordinator may invite', async () => {
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    await openAndInvite(world, []);
    await expect(inviteTeams(world.otherManager, world.rollout.number, { teamIds: [team.team.id], template })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteTeams(team.member, world.rollout.number, { teamIds: [team.team.id], template })).rejects.toBeInstanceOf(ForbiddenError);
    await inviteTeams(world.coordinator, world.rollout.number, { teamIds: [team.team.id], template });
    expect(await db.participation.count({ where: { rolloutId: world.rollout.id } })).toBe(1);
  });

  it('refuses a rollout that has no manager yet, a team already on it, unknown placeholders and a stale page, writing nothing', async () => {
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    await expect(inviteTeams(world.manager, world.rollout.number, { teamIds: [team.team.id], template })).rejects.toThrow(/no manager yet/);
    await openAndInvite(world, [team]);
    const again = await inviteTeams(world.manager, world.rollout.number, { teamIds: [team.team.id], template }).catch((e) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again.message).toContain(`Already on this rollout: ${team.team.name}`);
    const second = await makeTeam(world);
    const typo = await inviteTeams(world.manager, world.rollout.number, { teamIds: [second.team.id], template: 'Hello {{tema}}, please reply.' }).catch((e) => e);
    expect(typo.fieldErrors.template[0]).toContain('{{tema}}');
    await expect(inviteTeams(world.manager, world.rollout.number, { teamIds: [second.team.id], template, version: 2 })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.participation.count({ where: { teamId: second.team.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `team.invited:${world.rollout.id}:${second.team.id}` } })).toBe(0);
  });
});
