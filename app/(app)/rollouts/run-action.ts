// The rollout actions' use of runAction (lib/actions/run-action.ts): the rollout number read from the form
// before the action's own fields, and the rollout pages revalidated. The lib function authorizes on the
// rollout as loaded and does the change, side effects and audit in one transaction.
import 'server-only';
import type { z } from 'zod';
import { formToObject, parseInput, type ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import type { CurrentUser } from '@/lib/auth/principal';
import { ZRolloutNumber } from '@/lib/rollout/schemas';

export async function runRolloutAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (user: CurrentUser, number: number, input: z.infer<S>, formData: FormData) => Promise<{ message: string }>,
): Promise<ActionResult> {
  return runAction(formData, {
    input: (form) => ({ number: parseInput(ZRolloutNumber, form.get('number')), fields: parseInput(schema, formToObject(form)) as z.infer<S> }),
    run: (user, { number, fields }, form) => run(user, number, fields, form),
    revalidate: ({ number }) => [`/rollouts/${number}`, '/rollouts', '/rollouts/invitations'],
  });
}
