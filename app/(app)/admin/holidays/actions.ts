'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { ZHolidayId, ZHoliday } from '@/lib/notify/schemas';
import { addHoliday, removeHoliday } from '@/lib/time/holidays';

export async function addHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZHoliday,
    run: (user, input) => addHoliday(user, input),
    revalidate: ['/admin/holidays'],
    message: (_r, input) => `${input.date} ${input.name} added${input.countryCode ? ` for ${input.countryCode}` : ' for everyone'}.`,
  });
}

export async function removeHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZHolidayId,
    run: (user, input) => removeHoliday(user, input.id),
    revalidate: ['/admin/holidays'],
    message: 'Holiday removed.',
  });
}
