// Auto-accept per stack: off by default, switched on or off by the coordinator with a reason, audited
// and announced to the stack's managers (and the coordinators) in the same transaction. Switching it off
// cancels any running notice at the worker's next round.
import 'server-only';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { coordinatorRecipients } from '@/lib/notify/recipients';

export const ZAutoAccept = z.object({
  stackId: z.string().trim().min(1, 'Choose a stack.'),
  enabled: z.enum(['on', 'off'], { message: 'Choose on or off.' }).transform((value) => value === 'on'),
  reason: z.string().trim().min(10, 'Say why (at least 10 characters).').max(2000),
  version: z.coerce.number({ message: 'Reload the page.' }).int().positive(),
});
export type AutoAcceptInput = z.infer<typeof ZAutoAccept>;

export async function setStackAutoAccept(user: CurrentUser, input: AutoAcceptInput): Promise<{ message: string }> {
  requirePermission(user, 'policy.edit', {}, 'Only the Staged Rollout Coordinator switches auto-accept.');
  return inTransaction(async (tx) => {
    const stack = await tx.stack.findUnique({
      where: { id: input.stackId },
      select: { id: true, name: true, autoAccept: true, version: true, managers: { select: { user: { select: { email: true } } } } },
    });
    if (!stack) throw new NotFoundError('That stack does not exist.');
    if (stack.autoAccept === input.enabled) throw new ConflictError(`Auto-accept is already ${input.enabled ? 'on' : 'off'} for ${stack.name}.`);
    await updateVersioned(tx, 'stack', { id: stack.id, version: input.version }, { autoAccept: input.enabled }, 'Someone changed this stack since you loaded the page; reload it. Nothing was saved.');
    await recordAudit(tx, actorOf(user), {
      action: 'stack.autoAccept',
      entityType: 'Stack',
      entityId: stack.id,
      before: { autoAccept: stack.autoAccept, version: stack.version },
      after: { autoAccept: input.enabled, reason: input.reason, version: stack.version + 1 },
    });
    // The managers run these rollouts: they learn that a ready rollout may now resolve by itself (or no longer will).
    const state = input.enabled ? 'on' : 'off';
    await enqueueMessage(tx, {
      kind: 'stack.autoAccept',
      recipients: [...new Set([...stack.managers.map((manager) => manager.user.email), ...(await coordinatorRecipients(tx))])],
      subject: `[${stack.name}] Auto-accept switched ${state}`,
      text:
        `${user.name} switched auto-accept ${state} for ${stack.name}.\n\nReason: ${input.reason}\n\n` +
        (input.enabled
          ? 'A rollout of this stack that stays ready for the whole notice period now resolves ACCEPT by itself; the manager and the teams are told when its notice starts, and any new finding, REJECT recommendation, hold or policy change cancels it.\n'
          : 'Rollouts of this stack are resolved by their manager again; a notice already running is cancelled at the next check.\n'),
    });
    return { message: `Auto-accept is now ${input.enabled ? 'on' : 'off'} for ${stack.name}.` };
  });
}

export function listStacksAutoAccept() {
  return db.stack.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, autoAccept: true, version: true } });
}
