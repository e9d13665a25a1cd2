'use server';
// Server actions of the release pages: submit a release, move a child ticket through verification.
// Validation, permission checks and the transaction live in lib/releases (shared with the JSON API).
import { z } from 'zod';
import { type ActionResult, formToObject, parseInput } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { releasePath, releaseRef } from '@/lib/releases/release-format';
import { RELEASE_ITEM_STATE_LABELS } from '@/lib/releases/release-item-machine';
import { releaseFormToInput, ZSubmitRelease, ZTransition } from '@/lib/releases/schemas';
import { submitRelease } from '@/lib/releases/submit-release';
import { transitionReleaseItem } from '@/lib/releases/transition-release-item';

export async function submitReleaseAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: (form) => parseInput(ZSubmitRelease, releaseFormToInput(formToObject(form))),
    run: (user, input) => submitRelease(user, input),
    revalidate: ['/releases'],
    redirectTo: (release) => `${releasePath(release.number)}?submitted=1`,
  });
}

const itemTarget = z.object({
  releaseNumber: z.coerce.number().int().positive(),
  itemId: z.string().min(1).max(64),
});

export async function transitionItemAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: (form) => {
      const raw = formToObject(form);
      return { target: parseInput(itemTarget, raw), fields: parseInput(ZTransition, raw) };
    },
    run: (user, { target, fields }) => transitionReleaseItem(user, target, fields),
    revalidate: ({ target }, result) => [releasePath(target.releaseNumber), '/releases', result.rollout && '/rollouts'],
    message: (result, { target }) => {
      const moved = `${releaseRef(target.releaseNumber)}: moved to ${RELEASE_ITEM_STATE_LABELS[result.state as keyof typeof RELEASE_ITEM_STATE_LABELS] ?? result.state}.`;
      return result.rollout ? `${moved} Staged-rollout ticket #${result.rollout.number} created: ${result.rollout.title}.` : moved;
    },
  });
}
