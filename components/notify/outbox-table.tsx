'use client';
// The Messages page's table (/outbox), through the shared DataTable: status, the message (its subject
// opens to the full text, times and, for an admin, "Retry now"), recipients, kind, rollout and when it
// was queued. The server filters, sorts and pages (lib/notify/outbox-queries.ts).
import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { retryMessageAction } from '@/app/(app)/outbox/actions';
import { DataTable, type DataTableView } from '@/components/data-table/data-table';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { OutboxStatusBadge } from './outbox-status-badge';
import type { OutboxTableRow } from './outbox-table-row';

const column = createColumnHelper<OutboxTableRow>();

function MessageCell({ row }: { row: OutboxTableRow }) {
  return (
    <>
      <details>
        <summary className="cursor-pointer break-words font-medium text-slate-900">{row.subject}</summary>
        <div className="mt-2 space-y-3">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
            <dt className="text-slate-500">Queued</dt>
            <dd>{row.queued}</dd>
            {row.nextAttempt && (
              <>
                <dt className="text-slate-500">Next attempt</dt>
                <dd>{row.nextAttempt}</dd>
              </>
            )}
            {row.sent && (
              <>
                <dt className="text-slate-500">Sent</dt>
                <dd>{row.sent}</dd>
              </>
            )}
          </dl>
          <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-mono text-xs text-slate-800">{row.text}</pre>
          {row.retryable && (
            <InlineActionForm action={retryMessageAction} hidden={{ id: row.id }} label={`Retry now: ${row.subject}`} variant="secondary" pendingLabel="Queuing…">
              Retry now
            </InlineActionForm>
          )}
        </div>
      </details>
      {row.lastError && <p className="mt-1 break-words text-xs text-red-700">{`Last error: ${row.lastError}`}</p>}
      {row.waitingNote && <p className="mt-1 text-xs text-amber-800">{`Waiting: ${row.waitingNote}.`}</p>}
    </>
  );
}

const columns = [
  column.accessor('status', {
    id: 'status',
    header: 'Status',
    meta: { label: 'Status', className: 'whitespace-nowrap' },
    cell: ({ row }) => (
      <>
        <OutboxStatusBadge status={row.original.status} />
        {row.original.attempts > 0 && <span className="block text-xs text-slate-500">{`${row.original.attempts} attempt${row.original.attempts > 1 ? 's' : ''}`}</span>}
      </>
    ),
  }),
  column.accessor('subject', {
    id: 'subject',
    header: 'Message',
    enableHiding: false,
    meta: { label: 'Message', className: 'min-w-72' },
    cell: ({ row }) => <MessageCell row={row.original} />,
  }),
  column.display({
    id: 'recipients',
    header: 'To',
    meta: { label: 'To', className: 'min-w-40 text-xs [overflow-wrap:anywhere]' },
    cell: ({ row }) => row.original.recipients.join(', '),
  }),
  column.accessor('kind', { id: 'kind', header: 'Kind', meta: { label: 'Kind', className: 'font-mono text-xs' } }),
  column.display({
    id: 'rollout',
    header: 'Rollout',
    meta: { label: 'Rollout', className: 'min-w-32' },
    cell: ({ row }) =>
      row.original.rollout ? (
        <Link className="text-brand-700 underline" href={row.original.rollout.href}>
          {row.original.rollout.label}
        </Link>
      ) : (
        <span className="text-slate-500">none</span>
      ),
  }),
  column.accessor('queued', {
    id: 'created',
    header: 'Queued',
    meta: { label: 'Queued', className: 'whitespace-nowrap text-xs' },
    cell: ({ row }) => (
      <>
        {row.original.queued}
        {row.original.sent && <span className="block text-slate-500">{`sent ${row.original.sent}`}</span>}
      </>
    ),
  }),
];

const rowId = (row: OutboxTableRow) => row.id;

export function OutboxTable({ emptyMessage, ...view }: DataTableView<OutboxTableRow> & { emptyMessage: string }) {
  return <DataTable caption="Messages" columns={columns} {...view} getRowId={rowId} itemLabel="messages" emptyMessage={emptyMessage} />;
}
