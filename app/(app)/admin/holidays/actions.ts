'use server';

import { revalidatePath } from 'next/cache';
import { type ActionResult, actionError, formToObject, parseInput } from '@/lib/actions/action-result';
import { requireUser } from '@/lib/auth/current-user';
import { actorOf } from '@/lib/auth/principal';
import { requirePermission } from '@/lib/auth/require-permission';
import { holidayIdSchema, holidaySchema } from '@/lib/notify/schemas';
import { addHoliday, removeHoliday } from '@/lib/time/holidays';

export async function addHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(holidaySchema, formToObject(formData));
    const user = await requireUser();
    requirePermission(user, 'settings.edit');
    await addHoliday(actorOf(user), input);
    revalidatePath('/admin/holidays');
    return { ok: true, message: `${input.date} ${input.name} added${input.countryCode ? ` for ${input.countryCode}` : ' for everyone'}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function removeHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  try {
    const input = parseInput(holidayIdSchema, formToObject(formData));
    const user = await requireUser();
    requirePermission(user, 'settings.edit');
    await removeHoliday(actorOf(user), input.id);
    revalidatePath('/admin/holidays');
    return { ok: true, message: 'Holiday removed.' };
  } catch (error) {
    return actionError(error);
  }
}
