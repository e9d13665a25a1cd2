'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError } from '@/lib/actions/action-result';
import { runAction, withOwnWrites } from '@/lib/actions/run-action';
import { can, requirePermission } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { ForbiddenError } from '@/lib/errors';
import { retryOutboxMessage } from '@/lib/notify/retry-message';
import { ZOutboxId } from '@/lib/notify/schemas';
import { currentWorker, runChecksOnce } from '@/lib/notify/worker-loop';

export async function retryMessageAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZOutboxId,
    run: (user, input) => {
      requirePermission(user, 'outbox.view', {}, 'Only admins can retry messages.');
      return retryOutboxMessage(actorOf(user), { id: input.id });
    },
    revalidate: ['/outbox'],
    message: 'Queued again: the worker sends it within seconds.',
  });
}

/** Admins: run the deadline scanner, the subscription fan-out and a delivery round now. */
export async function runChecksAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    if (!can(user, 'outbox.view')) throw new ForbiddenError('Only admins can run the checks.');
    const worker = currentWorker();
    const report = await withOwnWrites(() => (worker ? worker.runNow() : runChecksOnce()));
    revalidatePath('/outbox');
    return {
      ok: true,
      message: `Checked: ${report.reminders} reminder(s), ${report.escalations} escalation(s), ${report.fanOut} subscription message(s) queued; ${report.sent} sent.`,
    };
  } catch (error) {
    return actionError(error);
  }
}
