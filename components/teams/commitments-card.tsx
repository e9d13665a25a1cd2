// A team's commitments: component x OS x arch, with the stack and its Technology Provider. Members of
// the team and admins add (from the catalogue) and remove them.
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CAPABILITY_LABELS } from '@/lib/catalog/capabilities';
import type { CommitmentChoice, TeamDetail } from '@/lib/teams/get-team';
import { removeCommitmentAction } from '@/app/(app)/teams/actions';
import { AddCommitmentForm } from './add-commitment-form';
import { InlineActionForm } from '@/components/ui/inline-action-form';

export function CommitmentsCard({ team, canEdit, choices }: { team: TeamDetail; canEdit: boolean; choices: CommitmentChoice[] }) {
  return (
    <Card title={`Commitments (${team.commitments.length})`} id="commitments">
      {team.commitments.length === 0 ? (
        <p className="text-sm text-slate-600">This team has not committed to any component yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Components {team.name} tests in staged rollout</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-1 pr-3">Component</th>
                <th scope="col" className="py-1 pr-3">Stack (provider)</th>
                <th scope="col" className="py-1 pr-3">Capability</th>
                <th scope="col" className="py-1 pr-3">OS</th>
                <th scope="col" className="py-1 pr-3">Arch</th>
                {canEdit && <th scope="col" className="py-1"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {team.commitments.map((commitment) => (
                <tr key={commitment.id}>
                  <td className="py-1.5 pr-3">
                    <Link href={`/catalog/components/${commitment.component.id}`} className="font-medium text-brand-700 hover:underline">
                      {commitment.component.name}
                    </Link>{' '}
                    {commitment.component.retiredAt && <Badge tone="warning">retired</Badge>}
                  </td>
                  <td className="py-1.5 pr-3">
                    {commitment.component.stack.name} <span className="text-slate-500">({commitment.component.stack.provider.name})</span>
                    {' '}
                    {commitment.component.stack.retiredAt && <Badge tone="warning">retired</Badge>}
                  </td>
                  <td className="py-1.5 pr-3">{CAPABILITY_LABELS[commitment.component.capability]}</td>
                  <td className="py-1.5 pr-3">{commitment.platform.os}</td>
                  <td className="py-1.5 pr-3">
                    {commitment.platform.arch} {commitment.platform.retiredAt && <Badge tone="warning">platform retired</Badge>}
                  </td>
                  {canEdit && (
                    <td className="py-1.5 text-right">
                      <InlineActionForm
                        action={removeCommitmentAction}
                        hidden={{ commitmentId: commitment.id }}
                        label={`Remove the commitment to ${commitment.component.name} on ${commitment.platform.os} ${commitment.platform.arch}`}
                        confirm={`Remove ${team.name}’s commitment to ${commitment.component.name} on ${commitment.platform.os} ${commitment.platform.arch}? The team is then no longer proposed for its rollouts.`}
                      >
                        Remove
                      </InlineActionForm>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && !team.retiredAt && <AddCommitmentForm teamId={team.id} choices={choices} commitmentCount={team.commitments.length} />}
    </Card>
  );
}
