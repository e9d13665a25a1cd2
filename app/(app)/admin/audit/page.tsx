import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { Pager } from '@/components/data-table/pager';
import { ChangeSummary } from '@/components/audit/change-summary';
import { buttonClass } from '@/components/ui/button-class';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { searchAudit, ZAuditSearch } from '@/lib/audit/search-audit';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Audit trail' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/admin/audit');
  if (!can(user, 'audit.view')) forbidden();
  const params = await searchParams;
  const search = ZAuditSearch.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const result = await searchAudit(search);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries({ ...search, page: String(page) }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
    return `/admin/audit?${query.toString()}`;
  };
  return (
    <div>
      <PageHeader title="Audit trail" description="Every change, who made it and when, with what it was before and after." />
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit trail">
        <label className="text-sm">
          Action starts with
          <input name="action" defaultValue={search.action} className={inputClass} placeholder="rollout." />
        </label>
        <label className="text-sm">
          Entity type
          <select name="entityType" defaultValue={search.entityType} className={inputClass}>
            <option value="">Any</option>
            {result.entityTypes.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Entity id
          <input name="entityId" defaultValue={search.entityId} className={inputClass} />
        </label>
        <label className="text-sm">
          Actor
          <input name="actor" defaultValue={search.actor} className={inputClass} placeholder="e-mail" />
        </label>
        <label className="text-sm">
          From
          <input type="date" name="from" defaultValue={search.from} className={inputClass} />
        </label>
        <label className="text-sm">
          To
          <input type="date" name="to" defaultValue={search.to} className={inputClass} />
        </label>
        <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass('primary')}>
            Filter
          </button>
          <Link href="/admin/audit" className={buttonClass('secondary')}>
            Clear
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {result.total} event{result.total === 1 ? '' : 's'}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title="No audit events match these filters." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">Entity</th>
                <th scope="col" className="px-3 py-2">Change</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((event) => (
                <tr key={event.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(event.at, user.timeZone)}</td>
                  <td className="px-3 py-2">{event.actorLabel}</td>
                  <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
                  <td className="px-3 py-2">
                    <Link className="text-brand-700 underline" href={`/admin/audit?entityType=${encodeURIComponent(event.entityType)}&entityId=${encodeURIComponent(event.entityId)}`}>
                      {event.entityType}
                    </Link>
                    <span className="block font-mono text-xs text-slate-500">{event.entityId}</span>
                  </td>
                  <td className="px-3 py-2">
                    <ChangeSummary before={event.before} after={event.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3">
        <Pager page={result.page} total={result.total} perPage={result.perPage} itemLabel="events" hrefFor={pageHref} />
      </div>
    </div>
  );
}
