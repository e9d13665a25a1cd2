'use server';
// Server actions of a security release's embargo: set it (submitter or coordinator), lift it early (coordinator).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import type { CurrentUser } from '@/lib/auth/principal';
import { ZLiftEmbargo, ZSetEmbargo } from '@/lib/embargo/schemas';
import { liftEmbargo, setEmbargo } from '@/lib/embargo/set-embargo';
import { releasePath } from '@/lib/releases/release-format';

const ZTarget = z.object({ number: z.coerce.number().int().positive() });

/** Parse the release number and the input, authenticate, run, revalidate the release page. */
async function runEmbargoAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (user: CurrentUser, number: number, input: z.infer<S>) => Promise<{ message: string }>,
): Promise<ActionResult> {
  try {
    const raw = formToObject(formData);
    const { number } = parseInput(ZTarget, raw);
    const input = parseInput(schema, raw);
    const result = await run(await requireUser(), number, input);
    revalidatePath(releasePath(number));
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}

export async function setEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runEmbargoAction(formData, ZSetEmbargo, (user, number, input) => setEmbargo(user, number, input));
}

export async function liftEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runEmbargoAction(formData, ZLiftEmbargo, (user, number, input) => liftEmbargo(user, number, input));
}
