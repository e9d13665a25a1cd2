'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { changeModeSchema, followSchema, subscriptionIdSchema } from '@/lib/notify/schemas';
import { changeSubscriptionMode, followTarget, unfollow } from '@/lib/notify/subscriptions';

// Subscriptions are personal: a signed-in user may follow anything they can see and change only
// their own subscriptions (checked in lib/notify/subscriptions.ts against the stored owner).

export async function followAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(followSchema, formToObject(formData));
    const user = await requireUser();
    const { created } = await followTarget({ ...actorOf(user), id: user.id }, input);
    revalidatePath('/subscriptions');
    return { ok: true, message: created ? `Following (${input.mode === 'DIGEST' ? 'daily digest' : 'immediate mail'}).` : 'Delivery updated.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function unfollowAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(subscriptionIdSchema, formToObject(formData));
    const user = await requireUser();
    await unfollow({ ...actorOf(user), id: user.id }, input.id);
    revalidatePath('/subscriptions');
    return { ok: true, message: 'No longer following.' };
  } catch (error) {
    return actionError(error);
  }
}

export async function changeModeAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(changeModeSchema, formToObject(formData));
    const user = await requireUser();
    await changeSubscriptionMode({ ...actorOf(user), id: user.id }, input.id, input.mode);
    revalidatePath('/subscriptions');
    return { ok: true, message: input.mode === 'DIGEST' ? 'Now in your daily digest.' : 'Now mailed immediately.' };
  } catch (error) {
    return actionError(error);
  }
}
