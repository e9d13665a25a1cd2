'use server';
// The coordinator's readiness settings: a policy version, and auto-accept per stack.
import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { autoAcceptSchema, setStackAutoAccept } from '@/lib/readiness/auto-accept-setting';
import { policySchema } from '@/lib/readiness/policy-schema';
import { savePolicy } from '@/lib/readiness/policy-store';

export async function savePolicyAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(policySchema, formToObject(formData));
    const user = await requireUser();
    const result = await savePolicy(user, input);
    revalidatePath('/admin/readiness');
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}

export async function autoAcceptAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(autoAcceptSchema, formToObject(formData));
    const user = await requireUser();
    const result = await setStackAutoAccept(user, input);
    revalidatePath('/admin/readiness');
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}
