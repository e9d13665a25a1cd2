'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ZChangeMode, ZFollow, ZSubscriptionId } from '@/lib/notify/schemas';
import { changeSubscriptionMode, followTarget, unfollow } from '@/lib/notify/subscriptions';

// Subscriptions are personal: a signed-in user may follow anything they can see and change only
// their own subscriptions (checked in lib/notify/subscriptions.ts against the stored owner).

const owner = (user: CurrentUser) => ({ ...actorOf(user), id: user.id });

export async function followAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZFollow,
    run: (user, input) => followTarget(owner(user), input),
    revalidate: ['/subscriptions'],
    message: ({ created }, input) => (created ? `Following (${input.mode === 'DIGEST' ? 'daily digest' : 'immediate mail'}).` : 'Delivery updated.'),
  });
}

export async function unfollowAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZSubscriptionId,
    run: (user, input) => unfollow(owner(user), input.id),
    revalidate: ['/subscriptions'],
    message: 'No longer following.',
  });
}

export async function changeModeAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZChangeMode,
    run: (user, input) => changeSubscriptionMode(owner(user), input.id, input.mode),
    revalidate: ['/subscriptions'],
    message: (_r, input) => (input.mode === 'DIGEST' ? 'Now in your daily digest.' : 'Now mailed immediately.'),
  });
}
