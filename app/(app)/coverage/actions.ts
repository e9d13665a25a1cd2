'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { can } from '@/lib/auth/authorize';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { coverageTargetSchema } from '@/lib/coverage/schemas';
import { setCoverageTarget } from '@/lib/coverage/set-coverage-target';
import { ForbiddenError } from '@/lib/errors';

export async function updateCoverageTargetAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(coverageTargetSchema, formToObject(formData));
    const user = await requireUser();
    if (!can(user, 'settings.edit')) throw new ForbiddenError('Only Early Adopters admins and the coordinators may change the coverage target.');
    const saved = await setCoverageTarget(actorOf(user), input);
    revalidatePath('/coverage');
    revalidatePath('/coverage/gaps');
    revalidatePath('/metrics');
    return { ok: true, message: `Redundancy target set to ${saved.target} ${saved.target === 1 ? 'team' : 'teams'} per component.` };
  } catch (error) {
    return actionError(error);
  }
}
