// Members of a team with where each membership comes from. Admins add (by e-mail or from the identity
// provider's users) and remove app memberships; identity-provider ones are explained, not removable.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import type { TeamDetail } from '@/lib/teams/get-team';
import { IDP_MEMBERSHIP_READ_ONLY } from '@/lib/teams/manage-team-members';
import { hasSignedIn } from '@/lib/teams/member-sign-in';
import { removeMemberAction } from '@/app/(app)/teams/actions';
import { AddMemberForms } from './add-member-forms';
import { InlineActionForm } from '@/components/ui/inline-action-form';

export function MembersCard({ team, canManage, idpUsers }: { team: TeamDetail; canManage: boolean; idpUsers: { id: string; name: string; email: string }[] }) {
  return (
    <Card title={`Members (${new Set(team.memberships.map((m) => m.user.id)).size})`} id="members">
      {team.memberships.length === 0 ? (
        <p className="text-sm text-slate-600">No members yet.{canManage ? ' Add the site administrators below.' : ''}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {team.memberships.map((membership) => (
            <li key={membership.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{membership.user.name}</span> <span className="text-slate-500">{membership.user.email}</span>{' '}
                {membership.source === 'IDP' ? (
                  <Badge tone="info" title="From the identity provider's group claims">IdP</Badge>
                ) : (
                  <Badge title={`Added in this app on ${formatDate(membership.createdAt)}`}>App</Badge>
                )}
                {!hasSignedIn(membership.user) && (
                  <span className="ml-1 text-xs text-slate-500">(has not signed in yet; matched by e-mail at first sign-in)</span>
                )}
              </span>
              {membership.source === 'APP' && canManage ? (
                <InlineActionForm action={removeMemberAction} hidden={{ membershipId: membership.id }} label={`Remove ${membership.user.email} from ${team.name}`}>
                  Remove
                </InlineActionForm>
              ) : membership.source === 'IDP' ? (
                <span className="max-w-xs text-xs text-slate-500" title={IDP_MEMBERSHIP_READ_ONLY}>
                  Managed by the identity provider: cannot be removed here.
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {team.memberships.some((m) => m.source === 'IDP') && <p className="mt-2 text-xs text-slate-500">{IDP_MEMBERSHIP_READ_ONLY}</p>}
      {canManage && <AddMemberForms teamId={team.id} idpUsers={idpUsers} />}
    </Card>
  );
}
