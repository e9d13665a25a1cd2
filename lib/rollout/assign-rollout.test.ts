import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { assignRollout } from './assign-rollout';
import { getStackManagers } from './stack-managers';
import { makeManager, makeRolloutWorld, makeUserIn, rolloutRow } from './test-fixtures';

describe('assignRollout', () => {
  it('opens the rollout for a manager of its stack, audits and notifies the manager in the same transaction', async () => {
    const world = await makeRolloutWorld();
    const result = await assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id, version: 1 });
    expect(result.message).toContain(world.manager.name);
    const row = await rolloutRow(world.rollout.id);
    expect(row).toMatchObject({ status: 'OPEN', ownerId: world.manager.id, version: 2 });
    expect(row.assignedAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findMany({ where: { entityId: world.rollout.id, action: 'rollout.assign' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.coordinator.id, before: { status: 'NEW', owner: 'Nobody' }, after: { status: 'OPEN', owner: world.manager.email } });
    const mail = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.assigned' } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.recipients).toEqual([world.manager.email]);
    expect(mail[0]!.subject).toContain(`[staged-rollout #${world.rollout.number}]`);
  });

  it('lists only the stack’s managers as candidates', async () => {
    const world = await makeRolloutWorld();
    const second = await makeManager(world.stack.id);
    const candidates = await getStackManagers(world.stack.id);
    expect(candidates.map((c) => c.id).sort()).toEqual([world.manager.id, second.id].sort());
  });

  it('refuses someone who is not a manager of that stack, with a field message, and changes nothing', async () => {
    const world = await makeRolloutWorld();
    const outsider = await makeUserIn([]);
    for (const managerId of [world.otherManager.id, outsider.id, world.coordinator.id]) {
      const error = await assignRollout(world.coordinator, world.rollout.number, { managerId }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.managerId?.[0]).toContain(`not a Staged Rollout Manager of ${world.stack.name}`);
    }
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'NEW', ownerId: null, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id } })).toBe(0);
  });

  it('lets only the coordinator assign', async () => {
    const world = await makeRolloutWorld();
    await expect(assignRollout(world.manager, world.rollout.number, { managerId: world.manager.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps the rollout open on re-assignment and notifies the new manager', async () => {
    const world = await makeRolloutWorld();
    const second = await makeManager(world.stack.id);
    await assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id });
    await expect(assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id })).rejects.toThrow(/already assigned/);
    await assignRollout(world.coordinator, world.rollout.number, { managerId: second.id, version: 2 });
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'OPEN', ownerId: second.id, version: 3 });
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id, action: 'rollout.reassign' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'rollout.assigned', userId: second.id } })).toBe(1);
  });

  it('refuses a stale page and a resolved rollout', async () => {
    const world = await makeRolloutWorld();
    await assignRollout(world.coordinator, world.rollout.number, { managerId: world.manager.id, version: 1 });
    const second = await makeManager(world.stack.id);
    await expect(assignRollout(world.coordinator, world.rollout.number, { managerId: second.id, version: 1 })).rejects.toThrow(/changed this rollout since you loaded/);
    await db.rollout.update({ where: { id: world.rollout.id }, data: { status: 'RESOLVED' } });
    await expect(assignRollout(world.coordinator, world.rollout.number, { managerId: second.id })).rejects.toBeInstanceOf(ConflictError);
  });
});
