// The readiness test clock: one readiness round (stall, auto-accept notice, cancellation, resolution)
// for ONE rollout as of a time the caller gives, so an end-to-end test can watch an auto-accept fire
// after its notice period without waiting a working day (never a sleep). It exists only where the
// password-less demo sign-in exists too (READINESS_TEST_CLOCK=1 AND demo mode, which puts a banner on
// every page); a real deployment (AUTH_DEMO=0) cannot switch it on by setting one variable by mistake.
// While it is on, the background worker runs no readiness round of its own: the clock belongs to the
// test (a round at the real time would cancel the notice a test round started in the future).
import 'server-only';
import { z } from 'zod';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { isDemoSignInEnabled } from '@/lib/auth/demo-mode';
import type { Env } from '@/lib/db/config';
import { db } from '@/lib/db/client';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { type ReadinessScanResult, scanReadiness } from './scan-readiness';

export function isReadinessTestClockEnabled(env: Env = process.env): boolean {
  return env.READINESS_TEST_CLOCK === '1' && isDemoSignInEnabled(env);
}

export const ZTestClockRound = z.object({
  rollout: z.coerce.number({ message: 'Enter a rollout number.' }).int('Enter a rollout number.').positive('Enter a rollout number.'),
  at: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, { message: 'Enter a UTC time as YYYY-MM-DDTHH:MMZ.', abort: true })
    // Date.parse rolls 30 February over into March: the time must read back as written.
    .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 16) === value.slice(0, 16), 'That time does not exist.'),
});
export type TestClockRoundInput = z.infer<typeof ZTestClockRound>;

export interface TestClockRoundResult extends ReadinessScanResult {
  message: string;
}

/** Admins, with the test clock on: the readiness round of rollout #`rollout` as if it were `at`. */
export async function runReadinessRoundAt(user: CurrentUser, input: TestClockRoundInput, env: Env = process.env): Promise<TestClockRoundResult> {
  if (!isReadinessTestClockEnabled(env)) throw new ForbiddenError('The readiness test clock is off (READINESS_TEST_CLOCK=1 works only with the demo sign-in).');
  requirePermission(user, 'outbox.view', {}, 'Only admins can run a readiness round at a test time.');
  const rollout = await db.rollout.findUnique({ where: { number: input.rollout }, select: { id: true } });
  if (!rollout) throw new NotFoundError(`There is no rollout #${input.rollout}.`);
  const now = new Date(input.at);
  const result = await scanReadiness({ now, rolloutIds: [rollout.id], requestedBy: actorOf(user) });
  const message = `Readiness round for #${input.rollout} as of ${now.toISOString()}: ${result.noticed} notice(s) started, ${result.cancelled} cancelled, ${result.accepted} accepted, ${result.stalled} stalled.`;
  return { ...result, message };
}
