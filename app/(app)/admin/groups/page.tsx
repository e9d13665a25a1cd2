import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { EmailForm, RemoveForm } from '@/components/groups/add-member-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { listRoleGroups, listStacksWithManagers } from '@/lib/groups/list-groups';
import { addGroupMemberAction, addStackManagerAction, removeGroupMemberAction, removeStackManagerAction } from './actions';

export const metadata: Metadata = { title: 'Groups' };

export default async function GroupsPage() {
  const user = await requirePageUser('/admin/groups');
  if (!can(user, 'group.manage')) forbidden();
  const [groups, stacks] = await Promise.all([listRoleGroups(), listStacksWithManagers()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Groups"
        description="The SSO-style groups that give roles and feed the mailing lists. Memberships come from the identity provider (refreshed at each sign-in, read-only here) or are managed in this app. Team groups are managed on each team's page."
      />
      <Card title="Stack managers" id="stack-managers">
        <p className="mb-3 text-sm text-slate-600">Staged Rollout Managers act on the rollouts of the stacks they manage (ideally two per stack).</p>
        <div className="grid gap-4 md:grid-cols-2">
          {stacks.map((stack) => (
            <div key={stack.id} className="rounded border border-slate-200 p-3">
              <h3 className="font-medium">
                {stack.name} {stack.managers.length < 2 && <Badge tone="warning">{stack.managers.length === 0 ? 'no manager' : 'one manager'}</Badge>}
              </h3>
              <ul className="mt-1 space-y-1 text-sm">
                {stack.managers.map((link) => (
                  <li key={link.userId} className="flex items-center justify-between gap-2">
                    <span>
                      {link.user.name} <span className="text-slate-500">{link.user.email}</span>
                    </span>
                    <RemoveForm action={removeStackManagerAction} hidden={{ stackId: stack.id, email: link.user.email }} label={`Remove ${link.user.email} as manager of ${stack.name}`} />
                  </li>
                ))}
              </ul>
              <EmailForm action={addStackManagerAction} hidden={{ stackId: stack.id }} label={`Add a manager of ${stack.name}`} submitLabel="Add manager" />
            </div>
          ))}
        </div>
      </Card>
      {groups.map((group) => (
        <Card key={group.id} title={group.name} id={`group-${group.id}`}>
          {group.description && <p className="mb-2 text-sm text-slate-600">{group.description}</p>}
          {group.memberships.length === 0 ? (
            <p className="text-sm text-slate-600">No members.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {group.memberships.map((membership) => (
                <li key={membership.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                  <span>
                    {membership.user.name} <span className="text-slate-500">{membership.user.email}</span>{' '}
                    <Badge tone={membership.source === 'IDP' ? 'info' : 'neutral'}>{membership.source === 'IDP' ? 'identity provider' : 'app'}</Badge>
                  </span>
                  {membership.source === 'APP' ? (
                    <RemoveForm action={removeGroupMemberAction} hidden={{ membershipId: membership.id }} label={`Remove ${membership.user.email} from ${group.name}`} />
                  ) : (
                    <span className="text-xs text-slate-500">managed by the identity provider</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <EmailForm action={addGroupMemberAction} hidden={{ groupId: group.id }} label={`Add a member to ${group.name}`} submitLabel="Add member" />
        </Card>
      ))}
    </div>
  );
}
