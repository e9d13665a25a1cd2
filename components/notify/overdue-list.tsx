// Overdue invitations and reports (server component), for the coordinator's dashboard, a team page
// or a rollout page: <OverdueList teamId={team.id} />, <OverdueList rolloutId={rollout.id} compact />.
import Link from 'next/link';
import { viewerTimeZone } from '@/lib/auth/current-user';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import { rolloutPath, teamPath } from '@/lib/notify/links';
import { getOverdueNow, type OverdueFilter } from '@/lib/notify/overdue';

interface Props extends Omit<OverdueFilter, 'now'> {
  /** Hide the rollout title (on a rollout page) or the team name (on a team page). */
  hide?: 'rollout' | 'team';
  /** Shown when nothing is overdue; pass null to render nothing at all. */
  emptyText?: string | null;
  limit?: number;
}

function lateBy(dueAt: Date, now: Date): string {
  const hours = Math.floor((now.getTime() - dueAt.getTime()) / 3_600_000);
  return hours < 48 ? `${hours} h late` : `${Math.floor(hours / 24)} days late`;
}

export async function OverdueList({ hide, emptyText = 'Nothing is overdue.', limit = 50, ...filter }: Props) {
  const now = new Date();
  const [items, timeZone] = await Promise.all([getOverdueNow(filter), viewerTimeZone()]);
  if (items.length === 0) return emptyText === null ? null : <p className="text-sm text-slate-600">{emptyText}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" aria-label="Overdue">
      {items.slice(0, limit).map((item) => (
        <li key={`${item.kind}-${item.participationId}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 py-2" data-overdue={item.kind}>
          <Badge tone="danger">{item.kind === 'reply' ? 'Reply overdue' : 'Report overdue'}</Badge>
          {hide !== 'team' && (
            <Link href={teamPath(item.team)} className="font-medium text-brand-700 underline">
              {item.team.name}
            </Link>
          )}
          {hide !== 'rollout' && (
            <Link href={rolloutPath(item.rollout)} className="min-w-0 break-words text-brand-700 underline">
              #{item.rollout.number} {item.rollout.title}
            </Link>
          )}
          <span className="text-xs text-slate-600">
            due {formatDateTime(item.dueAt, timeZone)} · {lateBy(item.dueAt, now)}
            {item.rollout.owner ? ` · manager ${item.rollout.owner.name}` : ' · no manager yet'}
          </span>
        </li>
      ))}
      {items.length > limit && <li className="py-2 text-xs text-slate-600">…and {items.length - limit} more.</li>}
    </ul>
  );
}
