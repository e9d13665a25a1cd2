'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { can } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { ForbiddenError } from '@/lib/errors';
import { retryOutboxMessage } from '@/lib/notify/retry-message';
import { outboxIdSchema } from '@/lib/notify/schemas';
import { currentWorker, runChecksOnce } from '@/lib/notify/worker-loop';

export async function retryMessageAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(outboxIdSchema, formToObject(formData));
    const user = await requireUser();
    if (!can(user, 'outbox.view')) throw new ForbiddenError('Only admins can retry messages.');
    await retryOutboxMessage(actorOf(user), { id: input.id });
    revalidatePath('/outbox');
    return { ok: true, message: 'Queued again: the worker sends it within seconds.' };
  } catch (error) {
    return actionError(error);
  }
}

/** Admins: run the deadline scanner, the subscription fan-out and a delivery round now. */
export async function runChecksAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    if (!can(user, 'outbox.view')) throw new ForbiddenError('Only admins can run the checks.');
    const worker = currentWorker();
    const report = worker ? await worker.runNow() : await runChecksOnce();
    revalidatePath('/outbox');
    return {
      ok: true,
      message: `Checked: ${report.reminders} reminder(s), ${report.escalations} escalation(s), ${report.fanOut} subscription message(s) queued; ${report.sent} sent.`,
    };
  } catch (error) {
    return actionError(error);
  }
}
