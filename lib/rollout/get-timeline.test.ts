import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addComment } from './add-comment';
import { getRolloutDetail } from './get-rollout-detail';
import { getRolloutTimeline } from './get-timeline';
import { acceptingTeams, makeRolloutWorld } from './test-fixtures';

describe('getRolloutTimeline', () => {
  it('merges audit events, comments and messages in time order, deriving only the steps without an audit event', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    await addComment(team!.member, world.rollout.number, { body: 'Installed on ce01, looks fine.' });
    const { rollout } = (await getRolloutDetail(world.rollout.number, null))!;
    const entries = await getRolloutTimeline(rollout, 'Europe/Lisbon');

    const times = entries.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const events = entries.filter((e) => e.kind === 'event');
    // the fixture creates the ticket without an audit row: only that step is derived
    expect(events.filter((e) => e.actor === 'from the ticket record').map((e) => e.title)).toEqual(['Ticket created: owner Nobody, status New']);
    expect(events.map((e) => e.title)).toEqual(
      expect.arrayContaining([`Assigned to ${world.manager.email}: status Open`, `Invited ${team!.team.name}`, `${team!.team.name} accepted`]),
    );
    expect(entries.find((e) => e.kind === 'comment')).toMatchObject({ body: 'Installed on ce01, looks fine.', actor: team!.member.name });
    const messages = entries.flatMap((e) => e.messages.map((m) => m.messageKind));
    expect(messages).toEqual(expect.arrayContaining(['rollout.assigned', 'team.invited', 'rollout.teamReplied']));
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id } })).toBe(messages.length);
    // each mail sits under the step that queued it, not on a line of its own
    const underStep = (kind: string) => events.find((e) => e.messages.some((m) => m.messageKind === kind))?.title;
    expect(underStep('rollout.assigned')).toBe(`Assigned to ${world.manager.email}: status Open`);
    expect(underStep('rollout.teamReplied')).toBe(`${team!.team.name} accepted`);
    expect(entries.filter((e) => e.kind === 'messages')).toEqual([]);
  });
});
