// Readiness across many rollouts, as the /rollouts list shows and filters it: each open rollout's
// state from its stored facts; a resolved one has none.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createParticipation, createReport } from '@/lib/seed/factories';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { makeRolloutWorld, makeTeam, type RolloutWorld } from '@/lib/rollout/test-fixtures';
import { readinessOfOpenRollouts } from './open-readiness';

const now = new Date();
const day = 86_400_000;

/** An open rollout with one team that completed its exposure and reported `recommendation`. */
async function reportedWorld(recommendation: 'ACCEPT' | 'REJECT'): Promise<RolloutWorld> {
  const world = await makeRolloutWorld();
  await db.rollout.update({ where: { id: world.rollout.id }, data: { status: 'OPEN', ownerId: world.manager.id, assignedAt: new Date(now.getTime() - 10 * day) } });
  const team = await makeTeam(world);
  const p = await createParticipation(db, {
    rolloutId: world.rollout.id,
    teamId: team.team.id,
    status: 'ACCEPTED',
    invitedAt: new Date(now.getTime() - 10 * day),
    exposureStart: new Date(now.getTime() - 8 * day),
    exposureEnd: new Date(now.getTime() - day),
  });
  await createReport(db, { participationId: p.id, recommendation });
  return world;
}

const list = (query: Record<string, string>) => listRollouts(rolloutTableParams.parse(query), null, now);

describe('readiness of open rollouts', () => {
  it('shows Ready, Waiting and Held in the list, filters by them, and has no state once resolved', async () => {
    const ready = await reportedWorld('ACCEPT');
    const held = await reportedWorld('REJECT');
    const waiting = await makeRolloutWorld(); // New: no manager yet
    const resolved = await reportedWorld('ACCEPT');
    await db.rollout.update({ where: { id: resolved.rollout.id }, data: { status: 'RESOLVED', outcome: 'ACCEPT', resolvedAt: now } });

    const states = await readinessOfOpenRollouts(now, [ready, held, waiting, resolved].map((w) => w.rollout.id));
    expect(states.get(ready.rollout.id)?.state).toBe('READY');
    expect(states.get(held.rollout.id)?.state).toBe('HELD');
    expect(states.get(waiting.rollout.id)?.state).toBe('WAITING');
    expect(states.has(resolved.rollout.id)).toBe(false);

    for (const [world, state] of [[ready, 'READY'], [held, 'HELD'], [waiting, 'WAITING']] as const) {
      const shown = await list({ stack: world.stack.slug });
      expect(shown.rows.map((row) => row.readiness)).toEqual([state]);
      for (const filter of ['READY', 'WAITING', 'HELD']) {
        const filtered = await list({ stack: world.stack.slug, readiness: filter });
        expect(filtered.rows.map((row) => row.number)).toEqual(filter === state ? [world.rollout.number] : []);
      }
    }
    expect((await list({ stack: resolved.stack.slug })).rows[0]!.readiness).toBeNull();
    expect((await list({ stack: resolved.stack.slug, readiness: 'READY' })).rows).toEqual([]);
  });

  it('shows and filters a stalled rollout: the exposure ended days ago and no report came', async () => {
    const world = await makeRolloutWorld();
    await db.rollout.update({ where: { id: world.rollout.id }, data: { status: 'OPEN', ownerId: world.manager.id, assignedAt: new Date(now.getTime() - 12 * day) } });
    const team = await makeTeam(world);
    await createParticipation(db, {
      rolloutId: world.rollout.id,
      teamId: team.team.id,
      status: 'ACCEPTED',
      invitedAt: new Date(now.getTime() - 12 * day),
      exposureStart: new Date(now.getTime() - 10 * day),
      exposureEnd: new Date(now.getTime() - 3 * day),
    });
    const [row] = (await list({ stack: world.stack.slug })).rows;
    expect(row).toMatchObject({ readiness: 'WAITING', stalled: true });
    expect((await list({ stack: world.stack.slug, readiness: 'STALLED' })).rows.map((r) => r.number)).toEqual([world.rollout.number]);
    const ready = await reportedWorld('ACCEPT');
    expect((await list({ stack: ready.stack.slug, readiness: 'STALLED' })).rows).toEqual([]);
  });
});
