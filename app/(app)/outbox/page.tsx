import type { Metadata } from 'next';
import Link from 'next/link';
import { OutboxFilters } from '@/components/notify/outbox-filters';
import { OutboxMessage } from '@/components/notify/outbox-message';
import { RunChecksButton } from '@/components/notify/run-checks-button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { readMailConfig } from '@/lib/notify/mail-config';
import { listOutbox, ZOutboxFilter } from '@/lib/notify/outbox-queries';

export const metadata: Metadata = { title: 'Messages' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(params: Record<string, unknown>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && key !== 'page') query.set(key, String(value));
  query.set('page', String(page));
  return `/outbox?${query}`;
}

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser('/outbox');
  const raw = await searchParams;
  const filter = ZOutboxFilter.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined])));
  const admin = can(user, 'outbox.view');
  const [listing, mail] = [await listOutbox(user, filter), readMailConfig()];
  const pages = Math.max(1, Math.ceil(listing.total / listing.perPage));
  const mailNote = mail.configured ? null : mail.reason;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Messages"
        description={admin ? 'Every e-mail the app queued, and what became of it.' : `E-mails the app queued for you (${user.email}) and for your teams’ contacts.`}
        actions={admin ? <RunChecksButton /> : undefined}
      />
      {mailNote && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <strong>No e-mail is sent: {mailNote}.</strong> Nothing is lost: every message waits here, readable in full, and is
          delivered once an SMTP server is configured.
        </p>
      )}
      <p className="text-sm text-slate-600" aria-live="polite">
        {listing.total} message{listing.total === 1 ? '' : 's'}
        {' · '}queued {listing.counts.PENDING ?? 0} · sent {listing.counts.SENT ?? 0} · failed {listing.counts.FAILED ?? 0}
      </p>
      <OutboxFilters filter={filter} kinds={listing.kinds} />
      {listing.rows.length === 0 ? (
        <EmptyState title="No messages">{filter.status || filter.kind || filter.q || filter.rollout ? 'Nothing matches these filters.' : 'Nothing has been queued yet.'}</EmptyState>
      ) : (
        <ul className="space-y-2" aria-label="Messages">
          {listing.rows.map((message) => (
            <OutboxMessage key={message.id} message={message} canRetry={admin} mailNote={mailNote} timeZone={user.timeZone} />
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {filter.page > 1 ? <Link href={pageHref(filter, filter.page - 1)}>← Newer</Link> : <span />}
          <span>
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages ? <Link href={pageHref(filter, filter.page + 1)}>Older →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
