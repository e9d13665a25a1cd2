// /outbox (Messages): every queued e-mail for an admin, one's own and one's teams' for everyone else,
// through the shared DataTable. The view (filters, sort, page) is the URL.
import type { Metadata } from 'next';
import { outboxFilters } from '@/components/notify/outbox-filters';
import { OutboxTable } from '@/components/notify/outbox-table';
import { toOutboxTableRow } from '@/components/notify/outbox-table-row';
import { RunChecksButton } from '@/components/notify/run-checks-button';
import { TestClockForm } from '@/components/notify/test-clock-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { readMailConfig } from '@/lib/notify/mail-config';
import { listOutbox } from '@/lib/notify/outbox-queries';
import { OUTBOX_SORTS, outboxTableParams } from '@/lib/notify/outbox-table-params';
import { isReadinessTestClockEnabled } from '@/lib/readiness/test-clock';

export const metadata: Metadata = { title: 'Messages' };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/outbox');
  const state = outboxTableParams.parse(await searchParams);
  const admin = can(user, 'outbox.view');
  const [listing, mail] = [await listOutbox(user, state), readMailConfig()];
  const mailNote = mail.configured ? null : mail.reason;
  const filtered = Object.values(state.filters).some(Boolean);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Messages"
        description={admin ? 'Every e-mail the app queued, and what became of it.' : `E-mails the app queued for you (${user.email}) and for your teams’ contacts.`}
        actions={admin ? <RunChecksButton /> : undefined}
      />
      {admin && isReadinessTestClockEnabled() && <TestClockForm />}
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
      <OutboxTable
        data={listing.rows.map((message) => toOutboxTableRow(message, { canRetry: admin, mailNote, timeZone: user.timeZone }))}
        total={listing.total}
        state={{ ...state, page: listing.page }}
        defaults={outboxTableParams.defaults}
        perPageOptions={outboxTableParams.perPageOptions}
        sortable={OUTBOX_SORTS}
        filters={outboxFilters(listing.kinds)}
        emptyMessage={filtered ? 'No messages: nothing matches these filters.' : 'No messages: nothing has been queued yet.'}
      />
    </div>
  );
}
