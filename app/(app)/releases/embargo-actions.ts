'use server';
// Server actions of a security release's embargo: set it (submitter or coordinator), lift it early (coordinator).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { ZLiftEmbargo, ZSetEmbargo } from '@/lib/embargo/schemas';
import { liftEmbargo, setEmbargo } from '@/lib/embargo/set-embargo';
import { releasePath } from '@/lib/releases/release-format';

const ZTarget = z.object({ number: z.coerce.number().int().positive() });

export async function setEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const raw = formToObject(formData);
    const { number } = parseInput(ZTarget, raw);
    const input = parseInput(ZSetEmbargo, raw);
    const result = await setEmbargo(await requireUser(), number, input);
    revalidatePath(releasePath(number));
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}

export async function liftEmbargoAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const raw = formToObject(formData);
    const { number } = parseInput(ZTarget, raw);
    const input = parseInput(ZLiftEmbargo, raw);
    const result = await liftEmbargo(await requireUser(), number, input);
    revalidatePath(releasePath(number));
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}
