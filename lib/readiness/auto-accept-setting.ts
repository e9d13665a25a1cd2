// Auto-accept per stack: off by default, switched on or off by the coordinator with a reason, audited
// in the same transaction. Switching it off cancels any running notice at the worker's next round.
import 'server-only';
import { z } from 'zod';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { inTransaction } from '@/lib/db/transaction';

export const autoAcceptSchema = z.object({
  stackId: z.string().trim().min(1, 'Choose a stack.'),
  enabled: z.enum(['on', 'off'], { message: 'Choose on or off.' }).transform((value) => value === 'on'),
  reason: z.string().trim().min(10, 'Say why (at least 10 characters).').max(2000),
  version: z.coerce.number({ message: 'Reload the page.' }).int().positive(),
});
export type AutoAcceptInput = z.infer<typeof autoAcceptSchema>;

export async function setStackAutoAccept(user: CurrentUser, input: AutoAcceptInput): Promise<{ message: string }> {
  if (!can(user, 'policy.edit')) throw new ForbiddenError('Only the Staged Rollout Coordinator switches auto-accept.');
  return inTransaction(async (tx) => {
    const stack = await tx.stack.findUnique({ where: { id: input.stackId }, select: { id: true, name: true, autoAccept: true, version: true } });
    if (!stack) throw new NotFoundError('That stack does not exist.');
    if (stack.autoAccept === input.enabled) throw new ConflictError(`Auto-accept is already ${input.enabled ? 'on' : 'off'} for ${stack.name}.`);
    const { count } = await tx.stack.updateMany({ where: { id: stack.id, version: input.version }, data: { autoAccept: input.enabled, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError('Someone changed this stack since you loaded the page; reload it. Nothing was saved.');
    await recordAudit(tx, actorOf(user), {
      action: 'stack.autoAccept',
      entityType: 'Stack',
      entityId: stack.id,
      before: { autoAccept: stack.autoAccept, version: stack.version },
      after: { autoAccept: input.enabled, reason: input.reason, version: stack.version + 1 },
    });
    return { message: `Auto-accept is now ${input.enabled ? 'on' : 'off'} for ${stack.name}.` };
  });
}

export function listStacksAutoAccept() {
  return db.stack.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, autoAccept: true, version: true } });
}
