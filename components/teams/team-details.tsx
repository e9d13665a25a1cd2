// The "Details" card of a team page: NGI, site, group, time zone, when formed, status, description.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button-class';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import type { TeamDetail } from '@/lib/teams/get-team';
import { retireTeamAction } from '@/app/(app)/teams/actions';
import { InlineActionForm } from '@/components/ui/inline-action-form';

export function TeamDetails({ team, canEdit }: { team: TeamDetail; canEdit: boolean }) {
  const rows: [string, React.ReactNode][] = [
    ['NGI', `${team.site.ngi.name} (${team.site.ngi.code})`],
    ['Site', team.site.name],
    ['Group', <code key="g">{team.group?.name ?? team.name}</code>],
    ['Time zone', team.site.timeZone],
    ['Formed', formatDate(team.createdAt)],
    ['Status', team.retiredAt ? <Badge key="s" tone="warning">retired {formatDate(team.retiredAt)}</Badge> : <Badge key="s" tone="success">active</Badge>],
  ];
  return (
    <Card
      title="Details"
      id="details"
      actions={
        canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/teams/${encodeURIComponent(team.name)}/edit`} className={buttonClass('secondary')}>
              Edit team
            </Link>
            <InlineActionForm
              action={retireTeamAction}
              hidden={{ teamId: team.id, version: String(team.version), retire: team.retiredAt ? 'false' : 'true' }}
              label={team.retiredAt ? `Reactivate ${team.name}` : `Retire ${team.name}`}
              variant={team.retiredAt ? 'secondary' : 'danger'}
              confirm={team.retiredAt ? undefined : `Retire ${team.name}? It will get no new invitations; its history is kept.`}
            >
              {team.retiredAt ? 'Reactivate' : 'Retire'}
            </InlineActionForm>
          </div>
        ) : undefined
      }
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {team.description && <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{team.description}</p>}
    </Card>
  );
}
