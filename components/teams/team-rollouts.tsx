// The rollouts a team was invited to or took part in, newest first, linking to each rollout ticket.
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import type { TeamDetail } from '@/lib/teams/get-team';

const PARTICIPATION_TONE: Record<string, BadgeTone> = { ACCEPTED: 'success', VOLUNTEERED: 'success', INVITED: 'info', DECLINED: 'neutral', WITHDRAWN: 'warning', CLOSED: 'neutral' };

export function TeamRollouts({ participations }: { participations: TeamDetail['participations'] }) {
  const tookPart = participations.filter((p) => p.status === 'ACCEPTED' || p.status === 'VOLUNTEERED').length;
  return (
    <Card title={`Rollouts (${tookPart} taken part in)`} id="rollouts">
      {participations.length === 0 ? (
        <p className="text-sm text-slate-600">Not invited to any staged rollout yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Staged rollouts of this team</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-1 pr-3">Rollout</th>
                <th scope="col" className="py-1 pr-3">Team</th>
                <th scope="col" className="py-1 pr-3">Ticket</th>
                <th scope="col" className="py-1 pr-3">Report</th>
                <th scope="col" className="py-1">Invited</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {participations.map((p) => (
                <tr key={p.id}>
                  <td className="py-1.5 pr-3">
                    <Link href={`/rollouts/${p.rollout.number}`} className="text-brand-700 hover:underline">
                      #{p.rollout.number} {p.rollout.title}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">
                    <Badge tone={PARTICIPATION_TONE[p.status] ?? 'neutral'}>{p.status.toLowerCase()}</Badge>
                  </td>
                  <td className="py-1.5 pr-3">
                    {p.rollout.status.toLowerCase()}
                    {p.rollout.outcome && <> · {p.rollout.outcome === 'ACCEPT' ? <Badge tone="success">accepted</Badge> : <Badge tone="danger">rejected</Badge>}</>}
                  </td>
                  <td className="py-1.5 pr-3">{p.report ? `sent ${formatDate(p.report.submittedAt)}` : '—'}</td>
                  <td className="py-1.5 whitespace-nowrap">{formatDate(p.invitedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
