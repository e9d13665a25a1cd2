// /rollouts/invitations: a team member's inbox across rollouts: invitations to answer (Accept /
// Decline right here), calls for volunteers, and the rollouts their teams are testing.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ReplyButtons } from '@/components/rollout/reply-buttons';
import { ParticipationBadge } from '@/components/rollout/status-badges';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/format';
import { getTeamInvitations, getVolunteerCalls } from '@/lib/rollout/get-my-rollouts';

export const metadata: Metadata = { title: 'My team’s invitations' };

export default async function InvitationsPage() {
  const user = await requirePageUser('/rollouts/invitations');
  const [rows, calls] = await Promise.all([getTeamInvitations(user.teamIds), getVolunteerCalls(user.teamIds, user)]);
  const now = new Date();
  const invited = rows.filter((row) => row.status === 'INVITED');
  const testing = rows.filter((row) => row.status !== 'INVITED');
  return (
    <div className="space-y-6">
      <PageHeader title="My team’s invitations" description={user.teams.length ? `Staged rollouts for ${user.teams.map((team) => team.name).join(', ')}.` : 'You are not a member of an Early Adopter team.'} />
      <Card title="Waiting for your answer" id="waiting-title">
        {invited.length === 0 ? (
          <EmptyState title="No invitation waiting">When a manager selects your team, the invitation appears here and in your mailbox.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {invited.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <Link href={`/rollouts/${row.rollout.number}`} className="font-medium text-brand-700 hover:underline">
                    #{row.rollout.number} {row.rollout.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {row.team.name} · answer by {formatDateTime(row.replyDueAt, row.team.site.timeZone)}{' '}
                    {row.replyDueAt && row.replyDueAt < now && <Badge tone="danger">overdue</Badge>}
                  </p>
                </div>
                {can(user, 'rollout.reply', { teamId: row.team.id }) && <ReplyButtons number={row.rollout.number} teamId={row.team.id} teamName={row.team.name} version={row.version} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {calls.length > 0 && (
        <Card title="Volunteers wanted" id="calls-title">
          <ul className="space-y-2">
            {calls.map((call) => (
              <li key={call.number}>
                <Link href={`/rollouts/${call.number}`} className="text-brand-700 hover:underline">
                  #{call.number} {call.title}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="Being tested by your team" id="testing-title">
        {testing.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing in progress.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {testing.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <Link href={`/rollouts/${row.rollout.number}`} className="font-medium text-brand-700 hover:underline">
                  #{row.rollout.number} {row.rollout.title}
                </Link>
                <ParticipationBadge status={row.status} />
                <span className="text-slate-600">{row.team.name}</span>
                {row.report ? <Badge tone="success">report sent</Badge> : row.exposureEnd ? <span className="text-slate-600">exposure until {formatDateTime(row.exposureEnd, user.timeZone)}</span> : <span className="text-slate-600">installing</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
