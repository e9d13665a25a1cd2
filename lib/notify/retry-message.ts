// An admin's "retry now" on a FAILED (or stuck PENDING) message: back to PENDING, due now, audited.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ConflictError, NotFoundError } from '@/lib/errors';

export async function retryOutboxMessage(user: CurrentUser, input: { id: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await inTransaction(async (tx) => {
    requirePermission(user, 'outbox.view', {}, 'Only admins can retry messages.');
    const message = await tx.outboxMessage.findUnique({ where: { id: input.id } });
    if (!message) throw new NotFoundError('That message does not exist.');
    if (message.status === 'SENT' || message.status === 'SENDING') {
      throw new ConflictError(`This message is ${message.status.toLowerCase()}; only failed or waiting messages can be retried.`);
    }
    const updated = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: message.status },
      data: { status: 'PENDING', nextAttemptAt: now, lockedUntil: null },
    });
    if (updated.count !== 1) throw new ConflictError('The message changed meanwhile; reload the page.');
    await recordAudit(tx, actorOf(user), {
      action: 'outbox.retry',
      entityType: 'OutboxMessage',
      entityId: message.id,
      before: { status: message.status, attempts: message.attempts, lastError: message.lastError },
      after: { status: 'PENDING', nextAttemptAt: now },
    });
  });
}
