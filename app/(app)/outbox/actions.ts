'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction, ZNoFields } from '@/lib/actions/run-action';
import { retryOutboxMessage } from '@/lib/notify/retry-message';
import { runChecksNow } from '@/lib/notify/run-checks-now';
import { ZOutboxId } from '@/lib/notify/schemas';
import { runReadinessRoundAt, ZTestClockRound } from '@/lib/readiness/test-clock';

export async function retryMessageAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZOutboxId,
    run: (user, input) => retryOutboxMessage(user, { id: input.id }),
    revalidate: ['/outbox'],
    message: 'Queued again: the worker sends it within seconds.',
  });
}

/** Admins: run the deadline scanner, the subscription fan-out and a delivery round now. */
export async function runChecksAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZNoFields,
    run: (user) => runChecksNow(user),
    revalidate: ['/outbox'],
    message: (report) =>
      `Checked: ${report.reminders} reminder(s), ${report.escalations} escalation(s), ${report.fanOut} subscription message(s) queued; ${report.sent} sent.`,
  });
}

/** Admins, only with the readiness test clock on (lib/readiness/test-clock.ts): one rollout's readiness round at a given time. */
export async function testClockRoundAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZTestClockRound,
    run: (user, input) => runReadinessRoundAt(user, input),
    revalidate: (input) => ['/outbox', `/rollouts/${input.rollout}`],
  });
}
