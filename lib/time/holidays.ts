// The holiday calendar (admins/coordinators, permission settings.edit): a holiday applies everywhere
// (countryCode '') or in one NGI (its code). Working-day deadlines skip them.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';

export async function listHolidays(options: { from?: Date } = {}) {
  const from = options.from ?? new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 1));
  return db.holiday.findMany({ where: { date: { gte: from } }, orderBy: [{ date: 'asc' }, { countryCode: 'asc' }] });
}

export async function listNgiCodes() {
  return db.ngi.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true } });
}

export async function addHoliday(user: CurrentUser, input: { date: string; name: string; countryCode: string }): Promise<{ id: string }> {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'settings.edit', {}, 'Only admins and coordinators edit the holiday calendar.');
      if (input.countryCode && !(await tx.ngi.findUnique({ where: { code: input.countryCode } }))) {
        throw new ValidationError('Unknown NGI code.', { countryCode: [`No NGI has the code "${input.countryCode}".`] });
      }
      const holiday = await tx.holiday.create({ data: { date: new Date(`${input.date}T00:00:00Z`), name: input.name, countryCode: input.countryCode } });
      await recordAudit(tx, actorOf(user), { action: 'holiday.create', entityType: 'Holiday', entityId: holiday.id, after: input });
      return { id: holiday.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ValidationError('That day is already a holiday there.', { date: [`${input.date} is already a holiday ${input.countryCode ? `in ${input.countryCode}` : 'everywhere'}.`] });
    }
    throw error;
  }
}

export async function removeHoliday(user: CurrentUser, id: string): Promise<void> {
  await inTransaction(async (tx) => {
    requirePermission(user, 'settings.edit', {}, 'Only admins and coordinators edit the holiday calendar.');
    const holiday = await tx.holiday.findUnique({ where: { id } });
    if (!holiday) throw new NotFoundError('That holiday was already removed.');
    await tx.holiday.delete({ where: { id } });
    await recordAudit(tx, actorOf(user), {
      action: 'holiday.delete',
      entityType: 'Holiday',
      entityId: id,
      before: { date: holiday.date.toISOString().slice(0, 10), name: holiday.name, countryCode: holiday.countryCode },
    });
  });
}
