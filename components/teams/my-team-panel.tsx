// One team on the "My team" page: invitations waiting for a reply, rollouts in progress, reports due
// and the team's commitments, each rollout linking to its ticket page.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDeadline } from '@/lib/format';
import type { MyTeam } from '@/lib/teams/get-my-team';

type Participation = MyTeam['invitations'][number];

function RolloutList({ items, empty, detail }: { items: Participation[]; empty: string; detail: (p: Participation) => React.ReactNode }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((p) => (
        <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <Link href={`/rollouts/${p.rollout.number}`} className="text-brand-700 hover:underline">
            #{p.rollout.number} {p.rollout.title}
          </Link>
          <span className="text-slate-600">{detail(p)}</span>
        </li>
      ))}
    </ul>
  );
}

export function MyTeamPanel({ team, now, timeZone }: { team: MyTeam; now: Date; timeZone: string }) {
  const zone = team.site.timeZone;
  // Deadlines in the viewer's zone, with the site's local time beside them (lib/format.ts).
  const deadline = (value: Date) => formatDeadline(value, timeZone, zone);
  return (
    <section aria-labelledby={`team-${team.id}`} className="space-y-4">
      <h2 id={`team-${team.id}`} className="text-xl font-semibold">
        <Link href={`/teams/${encodeURIComponent(team.name)}`} className="text-brand-900 underline decoration-brand-600/50 underline-offset-4 hover:decoration-brand-900">
          {team.name}
        </Link>{' '}
        <span className="text-base font-normal text-slate-600">
          {team.site.name}, {team.site.ngi.name}
        </span>
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={`Invitations waiting for a reply (${team.invitations.length})`}>
          <RolloutList
            items={team.invitations}
            empty="No invitation is waiting for your team's reply."
            detail={(p) =>
              p.replyDueAt ? (
                <span>
                  reply by {deadline(p.replyDueAt)} {p.replyDueAt < now && <Badge tone="danger">overdue</Badge>}
                </span>
              ) : (
                'no deadline'
              )
            }
          />
        </Card>
        <Card title={`Rollouts in progress (${team.inProgress.length})`}>
          <RolloutList
            items={team.inProgress}
            empty="Your team is not testing anything right now."
            detail={(p) => (
              <span>
                {p.status.toLowerCase()}
                {p.beta && <> · <Badge tone="info">beta</Badge></>}
                {p.exposureEnd && <> · exposure until {deadline(p.exposureEnd)}</>}
              </span>
            )}
          />
        </Card>
        <Card title={`Reports due (${team.reportsDue.length})`}>
          <RolloutList
            items={team.reportsDue}
            empty="No report to send."
            detail={(p) => (p.exposureEnd ? `after ${deadline(p.exposureEnd)}` : 'after the production exposure')}
          />
        </Card>
      </div>
      <Card
        title={`Commitments (${team.commitments.length})`}
        actions={
          <Link href={`/teams/${encodeURIComponent(team.name)}#commitments`} className="text-sm text-brand-700 hover:underline">
            Manage commitments and contacts
          </Link>
        }
      >
        {team.commitments.length === 0 ? (
          <p className="text-sm text-slate-600">No commitment yet: pick the components your site will test.</p>
        ) : (
          <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {team.commitments.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.component.name}</span> <span className="text-slate-500">({c.component.stack.name})</span> {c.platform.os}{' '}
                {c.platform.arch} {c.component.retiredAt && <Badge tone="warning">retired</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
