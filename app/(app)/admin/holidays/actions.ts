'use server';

import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ZHolidayId, ZHoliday } from '@/lib/notify/schemas';
import { addHoliday, removeHoliday } from '@/lib/time/holidays';

function asCalendarEditor(user: CurrentUser) {
  requirePermission(user, 'settings.edit', {}, 'Only admins and coordinators edit the holiday calendar.');
  return actorOf(user);
}

export async function addHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZHoliday,
    run: (user, input) => addHoliday(asCalendarEditor(user), input),
    revalidate: ['/admin/holidays'],
    message: (_r, input) => `${input.date} ${input.name} added${input.countryCode ? ` for ${input.countryCode}` : ' for everyone'}.`,
  });
}

export async function removeHolidayAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  return runAction(formData, {
    input: ZHolidayId,
    run: (user, input) => removeHoliday(asCalendarEditor(user), input.id),
    revalidate: ['/admin/holidays'],
    message: 'Holiday removed.',
  });
}
