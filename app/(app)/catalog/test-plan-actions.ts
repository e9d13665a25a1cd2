'use server';
// A component's test plan: add an item, retire one (admins and the stack's managers; checked in lib).
import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { addTestPlanItem, retireTestPlanItem, ZAddTestPlanItem, ZRetireTestPlanItem } from '@/lib/catalog/test-plan';

export async function addTestPlanItemAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZAddTestPlanItem, formToObject(formData));
    const user = await requireUser();
    const result = await addTestPlanItem(user, input);
    revalidatePath(`/catalog/components/${input.componentId}`);
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}

export async function retireTestPlanItemAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(ZRetireTestPlanItem, formToObject(formData));
    const user = await requireUser();
    const result = await retireTestPlanItem(user, input);
    revalidatePath('/catalog/components/[id]', 'page');
    return { ok: true, message: result.message };
  } catch (error) {
    return actionError(error);
  }
}
