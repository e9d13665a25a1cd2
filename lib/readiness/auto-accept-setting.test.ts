// Switching auto-accept per stack: only the coordinator, never twice the same way, never on a stale page,
// audited and announced to the stack's managers in the same transaction.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { makeRolloutWorld } from '@/lib/rollout/test-fixtures';
import { setStackAutoAccept } from './auto-accept-setting';

const REASON = 'Stable stack, teams report promptly.';

describe('setStackAutoAccept', () => {
  it('switches on with a reason, audits it and tells the stack’s managers; a stale or repeated switch changes nothing', async () => {
    const world = await makeRolloutWorld();
    const { version } = await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } });
    const since = new Date();
    await setStackAutoAccept(world.coordinator, { stackId: world.stack.id, enabled: true, reason: REASON, version });

    expect((await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } })).autoAccept).toBe(true);
    const audit = await db.auditEvent.findMany({ where: { entityId: world.stack.id, action: 'stack.autoAccept' } });
    expect(audit).toHaveLength(1);
    const mail = await db.outboxMessage.findMany({ where: { kind: 'stack.autoAccept', createdAt: { gte: since }, subject: { contains: world.stack.name } } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.recipients).toContain(world.manager.email);
    expect(mail[0]!.text).toContain(REASON);

    // The page was loaded before the switch: refused, nothing more written.
    await expect(setStackAutoAccept(world.coordinator, { stackId: world.stack.id, enabled: false, reason: REASON, version })).rejects.toThrow(/reload/i);
    await expect(setStackAutoAccept(world.coordinator, { stackId: world.stack.id, enabled: true, reason: REASON, version: version + 1 })).rejects.toThrow(/already on/);
    expect(await db.auditEvent.count({ where: { entityId: world.stack.id, action: 'stack.autoAccept' } })).toBe(1);
  });

  it('refuses the stack’s own manager', async () => {
    const world = await makeRolloutWorld();
    const { version } = await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } });
    await expect(setStackAutoAccept(world.manager, { stackId: world.stack.id, enabled: true, reason: REASON, version })).rejects.toThrow(/Only the Staged Rollout Coordinator/);
    expect((await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } })).autoAccept).toBe(false);
  });
});
