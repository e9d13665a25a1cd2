'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf } from '@/lib/auth/principal';
import { ZCoverageTarget } from '@/lib/coverage/schemas';
import { setCoverageTarget } from '@/lib/coverage/set-coverage-target';

export async function updateCoverageTargetAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZCoverageTarget,
    run: (user, input) => {
      requirePermission(user, 'settings.edit', {}, 'Only Early Adopters admins and the coordinators may change the coverage target.');
      return setCoverageTarget(actorOf(user), input);
    },
    revalidate: ['/coverage', '/coverage/gaps', '/metrics'],
    message: (saved) => `Redundancy target set to ${saved.target} ${saved.target === 1 ? 'team' : 'teams'} per component.`,
  });
}
