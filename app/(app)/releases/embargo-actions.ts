'use server';
// Server actions of a security release's embargo: set it (submitter or coordinator), lift it early (coordinator).
import { z } from 'zod';
import { type ActionResult, formToObject, parseInput } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import type { CurrentUser } from '@/lib/auth/principal';
import { ZLiftEmbargo, ZSetEmbargo } from '@/lib/embargo/schemas';
import { liftEmbargo, setEmbargo } from '@/lib/embargo/set-embargo';
import { releasePath } from '@/lib/releases/release-format';

const ZTarget = z.object({ number: z.coerce.number().int().positive() });

/** The release number and the action's own fields; the release page revalidated. */
function runEmbargoAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (user: CurrentUser, number: number, input: z.infer<S>) => Promise<{ message: string }>,
): Promise<ActionResult> {
  return runAction(formData, {
    input: (form) => {
      const raw = formToObject(form);
      return { number: parseInput(ZTarget, raw).number, fields: parseInput(schema, raw) as z.infer<S> };
    },
    run: (user, { number, fields }) => run(user, number, fields),
    revalidate: ({ number }) => [releasePath(number)],
  });
}

export async function setEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runEmbargoAction(formData, ZSetEmbargo, (user, number, input) => setEmbargo(user, number, input));
}

export async function liftEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runEmbargoAction(formData, ZLiftEmbargo, (user, number, input) => liftEmbargo(user, number, input));
}
