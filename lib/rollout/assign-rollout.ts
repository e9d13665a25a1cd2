// Step 2.2-3: the coordinator gives a staged-rollout ticket to a manager of its stack (New -> Open;
// re-assigning keeps it Open) and the manager is notified, in one transaction with the audit row.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, rolloutFacts, updateRolloutGuarded } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { assignedMessage } from './messages';
import { nextRolloutStatus } from './rollout-machine';
import { stackManagerWhere } from './stack-managers';

export async function assignRollout(user: CurrentUser, number: number, input: { managerId: string; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.assign', { stackId: stack.id }, 'Only the Staged Rollout Coordinator assigns rollouts to managers.');
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'assign');
    const manager = await tx.user.findFirst({ where: { id: input.managerId, ...stackManagerWhere(stack.id) }, select: { id: true, name: true, email: true } });
    if (!manager) {
      const message = `That person is not a Staged Rollout Manager of ${stack.name}; choose one of the stack’s managers.`;
      throw new ValidationError(message, { managerId: [message] });
    }
    if (rollout.ownerId === manager.id) {
      const message = `The rollout is already assigned to ${manager.name}.`;
      throw new ValidationError(message, { managerId: [message] });
    }
    const status = nextRolloutStatus(rollout.status, 'assign')!;
    const now = new Date();
    await updateRolloutGuarded(tx, rollout, { ownerId: manager.id, status, assignedAt: now });
    await recordAudit(tx, actorOf(user), {
      action: rollout.owner ? 'rollout.reassign' : 'rollout.assign',
      entityType: 'Rollout',
      entityId: rollout.id,
      before: { status: rollout.status, owner: rollout.owner?.email ?? 'Nobody', version: rollout.version },
      after: { status, owner: manager.email, assignedAt: now, version: rollout.version + 1 },
    });
    const ref = { number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) };
    await enqueueMessage(tx, {
      kind: 'rollout.assigned',
      recipients: [manager.email],
      userId: manager.id,
      rolloutId: rollout.id,
      dedupeKey: `rollout.assigned:${rollout.id}:${rollout.version + 1}`,
      ...assignedMessage(ref, manager, user.name, stack.name),
    });
    return { message: `Assigned to ${manager.name}; the rollout is open and ${manager.name} has been notified.` };
  });
}
