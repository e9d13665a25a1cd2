// The deadline scanner and the overdue queries on real rows: one reminder and one escalation per
// deadline, never repeated, to the right people, in the team's calendar; overdue flags by team,
// rollout and stack.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { scanDeadlines } from '@/lib/notify/deadline-scanner';
import { getOverdueParticipations } from '@/lib/notify/overdue';
import { createRollout, createTeam, invite } from './fixtures';

const HOUR = 3_600_000;

async function messagesFor(participationId: string) {
  return db.outboxMessage.findMany({ where: { dedupeKey: { contains: participationId } }, orderBy: { kind: 'asc' } });
}

describe('deadline scanner', () => {
  it('reminds the team before the reply deadline and escalates to the manager after it, each once', async () => {
    const { rollout, owner } = await createRollout();
    const { team, contacts } = await createTeam();
    const invitedAt = new Date('2026-11-23T10:00:00Z'); // Monday
    const replyDueAt = new Date('2026-11-24T10:00:00Z');
    const participation = await invite(rollout.id, team.id, { invitedAt, replyDueAt });

    await scanDeadlines({ now: new Date('2026-11-23T12:00:00Z') });
    expect(await messagesFor(participation.id)).toHaveLength(0); // more than 4 working hours left

    await scanDeadlines({ now: new Date('2026-11-23T15:00:00Z') });
    await scanDeadlines({ now: new Date('2026-11-23T16:00:00Z') });
    let messages = await messagesFor(participation.id);
    expect(messages.map((message) => message.kind)).toEqual(['reply.reminder']);
    expect(messages[0]!.recipients).toEqual(contacts);
    expect(messages[0]!.rolloutId).toBe(rollout.id);
    expect(messages[0]!.text).toContain(`accept ${team.name.replace(/^ea-/, '')}`);

    for (const hours of [0, 1, 30]) await scanDeadlines({ now: new Date(replyDueAt.getTime() + hours * HOUR) });
    messages = await messagesFor(participation.id);
    expect(messages.map((message) => message.kind)).toEqual(['reply.escalation', 'reply.reminder']);
    const escalation = messages[0]!;
    expect(escalation.recipients).toEqual([owner!.email]);
    expect(escalation.userId).toBe(owner!.id);
    expect(escalation.dedupeKey).toBe(`reply.escalation:${participation.id}:${replyDueAt.toISOString()}`);
  });

  it('sends a new reminder when the deadline moves, and nothing once the team replied', async () => {
    const { rollout } = await createRollout();
    const { team } = await createTeam();
    const participation = await invite(rollout.id, team.id, { invitedAt: new Date('2026-11-23T10:00:00Z'), replyDueAt: new Date('2026-11-24T10:00:00Z') });
    await scanDeadlines({ now: new Date('2026-11-24T09:00:00Z') });
    await db.participation.update({ where: { id: participation.id }, data: { replyDueAt: new Date('2026-11-25T10:00:00Z') } });
    await scanDeadlines({ now: new Date('2026-11-25T09:00:00Z') });
    expect((await messagesFor(participation.id)).filter((message) => message.kind === 'reply.reminder')).toHaveLength(2);

    await db.participation.update({ where: { id: participation.id }, data: { status: 'ACCEPTED', repliedAt: new Date('2026-11-25T09:30:00Z') } });
    await scanDeadlines({ now: new Date('2026-11-26T12:00:00Z') });
    expect((await messagesFor(participation.id)).filter((message) => message.kind === 'reply.escalation')).toHaveLength(0);
  });

  it('escalates to the coordinators when the rollout has no manager', async () => {
    const { rollout } = await createRollout({ withOwner: false });
    const { team } = await createTeam();
    const coordinators = await db.group.upsert({ where: { name: 'sw-rel-sr' }, create: { name: 'sw-rel-sr', kind: 'COORDINATORS' }, update: {} });
    const coordinator = await db.user.create({ data: { email: `coord-${team.id}@notify.test`, name: 'Coordinator' } });
    await db.groupMembership.create({ data: { userId: coordinator.id, groupId: coordinators.id, source: 'APP' } });
    const participation = await invite(rollout.id, team.id, { invitedAt: new Date('2026-11-23T10:00:00Z'), replyDueAt: new Date('2026-11-24T10:00:00Z') });
    await scanDeadlines({ now: new Date('2026-11-24T11:00:00Z') });
    const escalation = (await messagesFor(participation.id)).find((message) => message.kind === 'reply.escalation');
    expect(escalation?.recipients).toContain(coordinator.email);
  });

  it('reminds about the report at the end of exposure and escalates one working day later, skipping the weekend', async () => {
    const { rollout, owner } = await createRollout();
    const { team, contacts } = await createTeam({ timeZone: 'Europe/Lisbon' });
    const exposureEnd = new Date('2026-11-27T16:00:00Z'); // Friday, Lisbon = UTC in winter
    const participation = await invite(rollout.id, team.id, { status: 'ACCEPTED', exposureStart: new Date('2026-11-20T16:00:00Z'), exposureEnd });

    await scanDeadlines({ now: new Date('2026-11-27T17:00:00Z') });
    await scanDeadlines({ now: new Date('2026-11-29T17:00:00Z') }); // Sunday: not late yet
    let messages = await messagesFor(participation.id);
    expect(messages.map((message) => message.kind)).toEqual(['report.reminder']);
    expect(messages[0]!.recipients).toEqual(contacts);
    expect(messages[0]!.text).toContain('30 Nov 2026, 16:00 (Europe/Lisbon)');
    expect(await getOverdueParticipations({ teamId: team.id, now: new Date('2026-11-29T17:00:00Z') })).toHaveLength(0);

    await scanDeadlines({ now: new Date('2026-11-30T16:01:00Z') });
    await scanDeadlines({ now: new Date('2026-11-30T18:00:00Z') });
    messages = await messagesFor(participation.id);
    expect(messages.map((message) => message.kind)).toEqual(['report.escalation', 'report.reminder']);
    expect(messages[0]!.recipients).toEqual([owner!.email]);
    const overdue = await getOverdueParticipations({ teamId: team.id, now: new Date('2026-11-30T18:00:00Z') });
    expect(overdue.map((item) => item.kind)).toEqual(['report']);
  });

  it('counts a national holiday of the team NGI only', async () => {
    const { rollout } = await createRollout();
    const { team, ngi } = await createTeam();
    const { team: otherTeam } = await createTeam();
    await db.holiday.create({ data: { date: new Date('2026-11-30T00:00:00Z'), name: 'National day', countryCode: ngi.code } });
    const exposureEnd = new Date('2026-11-27T16:00:00Z');
    await invite(rollout.id, team.id, { status: 'ACCEPTED', exposureEnd });
    await invite(rollout.id, otherTeam.id, { status: 'ACCEPTED', exposureEnd });
    const overdue = await getOverdueParticipations({ rolloutId: rollout.id, now: new Date('2026-11-30T18:00:00Z') });
    expect(overdue.map((item) => item.team.id)).toEqual([otherTeam.id]);
    expect(overdue[0]!.dueAt.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('flags late replies by team, rollout and stack, and ignores resolved rollouts', async () => {
    const open = await createRollout();
    const resolved = await createRollout({ status: 'RESOLVED' });
    const { team } = await createTeam();
    const now = new Date('2026-11-25T12:00:00Z');
    const late = await invite(open.rollout.id, team.id, { replyDueAt: new Date('2026-11-24T10:00:00Z') });
    await invite(resolved.rollout.id, team.id, { replyDueAt: new Date('2026-11-24T10:00:00Z') });
    const byTeam = await getOverdueParticipations({ teamId: team.id, now });
    expect(byTeam.map((item) => [item.kind, item.participationId])).toEqual([['reply', late.id]]);
    expect(await getOverdueParticipations({ stackId: open.stack.id, now })).toHaveLength(1);
    expect(await getOverdueParticipations({ stackId: [resolved.stack.id], now })).toHaveLength(0);
    expect(await getOverdueParticipations({ rolloutId: open.rollout.id, now: new Date('2026-11-24T09:00:00Z') })).toHaveLength(0);
  });
});
