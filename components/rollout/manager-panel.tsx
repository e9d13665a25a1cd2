// What the rollout's manager (or the coordinator) can do now: invite teams, call for volunteers, and
// close with the summary and outcome.
import { Card } from '@/components/ui/card';
import type { RolloutDetail } from '@/lib/rollout/get-rollout-detail';
import type { TeamProposal } from '@/lib/rollout/propose-teams';
import { CallVolunteersForm } from './call-volunteers-form';
import type { Readiness } from '@/lib/readiness/readiness';
import { ResolveForm } from './resolve-form';
import { InviteForm } from './invite-form';
import { RejectAnswerForm } from './reject-answer-form';

export interface ManagerPanelProps {
  rollout: RolloutDetail;
  proposals: TeamProposal[] | null;
  template: string;
  listAddress: string | null;
  close: { summaryBase: string; summaryDraft: string; readiness: Readiness; mayOverride: boolean } | null;
}

export function ManagerPanel({ rollout, proposals, template, listAddress, close }: ManagerPanelProps) {
  // A REJECT recommendation holds the rollout until the manager answers it (lib/readiness).
  const toAnswer = close ? rollout.participations.filter((p) => p.report?.recommendation === 'REJECT' && !p.report.rejectAnsweredAt) : [];
  return (
    <>
      {toAnswer.length > 0 && (
        <Card title="REJECT recommendations to answer" id="reject-answer-title">
          <div className="space-y-4">
            <p className="text-sm">Each report recommending REJECT holds the rollout until you answer it. You may also REJECT the rollout below.</p>
            {toAnswer.map((p) => (
              <RejectAnswerForm key={p.id} number={rollout.number} version={rollout.version} teamId={p.teamId} teamName={p.team.name} />
            ))}
          </div>
        </Card>
      )}
      {proposals && (
        <Card title="Select Early Adopter teams" id="invite-title">
          <InviteForm number={rollout.number} version={rollout.version} proposals={proposals} template={template} />
        </Card>
      )}
      {listAddress && (
        <Card title="No team accepted: call for volunteers" id="volunteers-title">
          <CallVolunteersForm number={rollout.number} version={rollout.version} listAddress={listAddress} />
        </Card>
      )}
      {close && (
        <Card title="Summary, outcome and resolution" id="close-title">
          <ResolveForm number={rollout.number} version={rollout.version} summaryBase={close.summaryBase} summaryDraft={close.summaryDraft} readiness={close.readiness} mayOverride={close.mayOverride} />
        </Card>
      )}
    </>
  );
}
