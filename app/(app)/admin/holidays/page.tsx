import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { HolidayForm } from '@/components/notify/holiday-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { formatDate } from '@/lib/format';
import { listHolidays, listNgiCodes } from '@/lib/time/holidays';
import { removeHolidayAction } from './actions';

export const metadata: Metadata = { title: 'Holidays' };

export default async function HolidaysPage() {
  const user = await requirePageUser('/admin/holidays');
  if (!can(user, 'settings.edit')) forbidden();
  const [holidays, ngis] = await Promise.all([listHolidays(), listNgiCodes()]);
  const names = new Map(ngis.map((ngi) => [ngi.code, ngi.name]));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Holidays"
        description="Days that do not count as working days: reply windows (1 working day), exposure periods and report deadlines skip them, like weekends, in each team's time zone."
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="Calendar" id="calendar">
          {holidays.length === 0 ? (
            <EmptyState title="No holidays yet">Only weekends are skipped until you add some.</EmptyState>
          ) : (
            <ul aria-label="Holidays" className="divide-y divide-slate-100">
              {holidays.map((holiday) => {
                const day = formatDate(holiday.date);
                return (
                  <li key={holiday.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                    <span className="w-28 font-mono">{holiday.date.toISOString().slice(0, 10)}</span>
                    <span className="min-w-0 flex-1 basis-40 break-words">{holiday.name}</span>
                    <span className="text-slate-600">{holiday.countryCode ? `${holiday.countryCode}${names.has(holiday.countryCode) ? ` (${names.get(holiday.countryCode)})` : ''}` : 'everywhere'}</span>
                    <InlineActionForm action={removeHolidayAction} hidden={{ id: holiday.id }} label={`Remove holiday ${day} ${holiday.name}`} pendingLabel="Removing…">
                      Remove
                    </InlineActionForm>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <Card title="Add a holiday" id="add">
          <HolidayForm ngis={ngis} />
        </Card>
      </div>
    </div>
  );
}
