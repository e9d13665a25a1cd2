import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ForbiddenError } from '@/lib/errors';
import { loadRolloutReadiness } from '@/lib/readiness/rollout-readiness';
import { addFinding } from './findings';
import { ZFindingSeverity } from './schemas';
import { setFindingSeverity } from './set-finding-severity';
import { acceptingTeams, makeRolloutWorld, makeTeam, rolloutRow } from './test-fixtures';

async function stateOf(rolloutId: string) {
  const row = await db.rollout.findUniqueOrThrow({ where: { id: rolloutId }, include: { owner: true, releaseItem: { include: { release: true } } } });
  return (await loadRolloutReadiness(db, { ...row, release: row.releaseItem.release }, new Date())).readiness.state;
}

describe('setFindingSeverity', () => {
  it('downgrading a blocker with a reason lifts the hold; raising one holds again and tells everyone', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    const { findingId } = await addFinding(team!.member, world.rollout.number, { teamId: team!.team.id, kind: 'COMMENT', severity: 'BLOCKER', title: 'CE crashes on restart', body: '', reference: '' });
    expect(await stateOf(world.rollout.id)).toBe('HELD');

    expect(ZFindingSeverity.safeParse({ findingId, severity: 'MINOR', reason: 'no' }).success).toBe(false);
    const outsider = await makeTeam(world);
    await expect(setFindingSeverity(outsider.member, world.rollout.number, { findingId, severity: 'MINOR', reason: 'Not our problem at all.' })).rejects.toBeInstanceOf(ForbiddenError);

    await setFindingSeverity(world.manager, world.rollout.number, { findingId, severity: 'MINOR', reason: 'Only with a misconfigured tomcat; documented in known issues.' });
    expect(await stateOf(world.rollout.id)).toBe('WAITING');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: findingId, action: 'rollout.findingSeverity' } });
    expect(audit.before).toMatchObject({ severity: 'BLOCKER' });
    expect(audit.after).toMatchObject({ severity: 'MINOR', reason: 'Only with a misconfigured tomcat; documented in known issues.' });

    await setFindingSeverity(team!.member, world.rollout.number, { findingId, severity: 'BLOCKER', reason: 'It happened again with the right configuration.' });
    expect(await stateOf(world.rollout.id)).toBe('HELD');
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'rollout.held' } })).toBe(1); // once per finding
    expect((await rolloutRow(world.rollout.id)).status).toBe('OPEN');
  });
});
