'use server';
// Server actions of the release pages: submit a release, move a child ticket through verification.
// Validation, permission checks and the transaction live in lib/releases (shared with the JSON API).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { releasePath, releaseRef } from '@/lib/releases/release-format';
import { RELEASE_ITEM_STATE_LABELS } from '@/lib/releases/release-item-machine';
import { releaseFormToInput, submitReleaseSchema, transitionSchema } from '@/lib/releases/schemas';
import { submitRelease } from '@/lib/releases/submit-release';
import { transitionReleaseItem } from '@/lib/releases/transition-release-item';
import { z } from 'zod';

export async function submitReleaseAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  let number: number;
  try {
    const input = parseInput(submitReleaseSchema, releaseFormToInput(formToObject(formData)));
    const user = await requireUser();
    number = (await submitRelease(user, input)).number;
    revalidatePath('/releases');
  } catch (error) {
    return actionError(error);
  }
  redirect(`${releasePath(number)}?submitted=1`);
}

const itemTarget = z.object({
  releaseNumber: z.coerce.number().int().positive(),
  itemId: z.string().min(1).max(64),
});

export async function transitionItemAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const raw = formToObject(formData);
    const target = parseInput(itemTarget, raw);
    const input = parseInput(transitionSchema, raw);
    const user = await requireUser();
    const result = await transitionReleaseItem(user, target, input);
    revalidatePath(releasePath(target.releaseNumber));
    revalidatePath('/releases');
    if (result.rollout) revalidatePath('/rollouts');
    const moved = `${releaseRef(target.releaseNumber)}: moved to ${RELEASE_ITEM_STATE_LABELS[result.state as keyof typeof RELEASE_ITEM_STATE_LABELS] ?? result.state}.`;
    return { ok: true, message: result.rollout ? `${moved} Staged-rollout ticket #${result.rollout.number} created: ${result.rollout.title}.` : moved };
  } catch (error) {
    return actionError(error);
  }
}
