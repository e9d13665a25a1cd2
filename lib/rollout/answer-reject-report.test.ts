// Integration: a report recommending REJECT holds the rollout until the manager answers it; the answer
// is kept, audited and mailed; only a manager of the stack (or the coordinator) answers, once; a new
// REJECT report needs a new answer.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotReadyError } from '@/lib/errors';
import { loadRolloutReadiness } from '@/lib/readiness/rollout-readiness';
import { answerRejectReport } from './answer-reject-report';
import { resolveRollout } from './resolve-rollout';
import { acceptingTeams, resolveInput, completeExposure, makeRolloutWorld, type RolloutWorld, rolloutRow, sendReport } from './test-fixtures';

async function stateOf(world: RolloutWorld) {
  const rollout = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { owner: { select: { name: true } } } });
  const { readiness } = await loadRolloutReadiness(db, { ...rollout, release: world.release }, new Date());
  return readiness.state;
}

describe('answerRejectReport', () => {
  it('holds until answered; the answer is audited and mailed; then ACCEPT goes through; a new REJECT report needs a new answer', async () => {
    const world = await makeRolloutWorld();
    const [a, b] = await acceptingTeams(world, 2);
    await completeExposure(world, a!);
    await completeExposure(world, b!);
    await sendReport(world, a!, 'ACCEPT');
    await sendReport(world, b!, 'REJECT');
    expect(await stateOf(world)).toBe('HELD');
    const refused = await resolveRollout(world.manager, world.rollout.number, resolveInput('ACCEPT', (await rolloutRow(world.rollout.id)).version)).catch((e) => e);
    expect(refused).toBeInstanceOf(NotReadyError);

    // A team member may not answer; the manager of another stack may not either.
    await expect(answerRejectReport(b!.member, world.rollout.number, { teamId: b!.team.id, answer: 'I answer myself, thanks.' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answerRejectReport(world.otherManager, world.rollout.number, { teamId: b!.team.id, answer: 'Not my stack at all.' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answerRejectReport(world.manager, world.rollout.number, { teamId: a!.team.id, answer: 'Nothing to answer here.' })).rejects.toBeInstanceOf(ConflictError);

    const answer = 'The crash is a site misconfiguration, confirmed with the developers.';
    await answerRejectReport(world.manager, world.rollout.number, { teamId: b!.team.id, answer });
    const report = await db.report.findFirstOrThrow({ where: { participation: { rolloutId: world.rollout.id, teamId: b!.team.id } } });
    expect(report).toMatchObject({ rejectAnswer: answer, rejectAnsweredBy: world.manager.email });
    expect(await db.auditEvent.count({ where: { entityId: report.id, action: 'rollout.rejectAnswer' } })).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { rolloutId: world.rollout.id, kind: 'rollout.rejectAnswered' } });
    expect(mail.recipients).toEqual(expect.arrayContaining([b!.contact!, world.coordinator.email]));
    expect(mail.text).toContain(answer);
    expect(await stateOf(world)).toBe('READY');
    await expect(answerRejectReport(world.manager, world.rollout.number, { teamId: b!.team.id, answer })).rejects.toBeInstanceOf(ConflictError);

    // The team reports REJECT again: the earlier answer does not carry over.
    await sendReport(world, b!, 'REJECT');
    expect(await stateOf(world)).toBe('HELD');
    await answerRejectReport(world.coordinator, world.rollout.number, { teamId: b!.team.id, answer: 'Second look: still a site problem.' });
    expect(await stateOf(world)).toBe('READY');
    await resolveRollout(world.manager, world.rollout.number, resolveInput('ACCEPT', (await rolloutRow(world.rollout.id)).version));
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'RESOLVED', outcome: 'ACCEPT', acceptedWithOverride: false });
  });
});
