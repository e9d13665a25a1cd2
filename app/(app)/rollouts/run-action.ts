// The shared body of every rollout server action (CONTRIBUTING "Every mutation"): parse the form with
// zod, authenticate, call the lib function (which authorizes on the rollout as loaded and does the
// change, side effects and audit in one transaction), revalidate, and map errors to an ActionResult.
import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/principal';
import { rolloutNumberSchema } from '@/lib/rollout/schemas';

export async function runRolloutAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (user: CurrentUser, number: number, input: z.infer<S>, formData: FormData) => Promise<{ message: string }>,
): Promise<ActionResult> {
  try {
    const number = parseInput(rolloutNumberSchema, formData.get('number'));
    const input = parseInput(schema, formToObject(formData));
    const user = await requireUser();
    const result = await run(user, number, input, formData);
    revalidatePath(`/rollouts/${number}`);
    revalidatePath('/rollouts');
    revalidatePath('/rollouts/invitations');
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}
