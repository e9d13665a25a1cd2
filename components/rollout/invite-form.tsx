'use client';
// Steps 4-5: the manager picks EA teams (committed to this component and platform first, then to this
// component on another platform, then the stack's other teams, each with its current load) and edits
// the notification before sending it.
import { inviteAction } from '@/app/(app)/rollouts/actions';
import { FieldError } from '@/components/ui/field-error';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { PROPOSAL_TIERS, type ProposalTier } from '@/lib/rollout/proposal-tiers';
import type { TeamProposal } from '@/lib/rollout/propose-teams';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

const TIER_TITLES: Record<ProposalTier, string> = {
  component: 'Committed to this component and platform',
  otherPlatform: 'Committed to this component on another platform',
  stack: 'Committed to other components of the stack',
};

export function InviteForm({ number, version, proposals, template }: { number: number; version: number; proposals: TeamProposal[]; template: string }) {
  const open = proposals.filter((p) => !p.current);
  return (
    <ActionForm action={inviteAction} hidden={{ number, version }} label="Invite Early Adopter teams">
      {({ state }) => (
        <>
          <fieldset aria-describedby="invite-teams-error">
            <legend className="text-sm font-medium text-slate-800">Teams to invite</legend>
            {open.length === 0 && <p className="mt-1 text-sm text-slate-600">No other team is committed to this stack; call for volunteers instead.</p>}
            {PROPOSAL_TIERS.map((tier) => {
              const teams = open.filter((p) => p.tier === tier);
              if (teams.length === 0) return null;
              const list = (
                  <ul className="mt-1 space-y-1">
                    {teams.map((team) => (
                      <li key={team.teamId}>
                        <label className="flex flex-wrap items-baseline gap-x-2 text-sm">
                          <input type="checkbox" name="teamIds" value={team.teamId} defaultChecked={tier === 'component'} className="translate-y-0.5" />
                          <span className="font-medium">{team.teamName}</span>
                          <span className="text-slate-600">
                            load {team.load} open rollout{team.load === 1 ? '' : 's'}
                            {team.recipients === 0 ? ' · no contact address (members will be mailed)' : ''}
                          </span>
                          <span className="w-full pl-6 text-xs text-slate-500">{team.commitments.join(', ')}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
              );
              // The stack's other teams can be many: folded away unless no team is committed to this component.
              const folded = tier === 'stack' && open.some((p) => p.tier === 'component');
              return folded ? (
                <details key={tier} className="mt-2">
                  <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500">
                    {TIER_TITLES[tier]} ({teams.length})
                  </summary>
                  {list}
                </details>
              ) : (
                <div key={tier} className="mt-2">
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{TIER_TITLES[tier]}</p>
                  {list}
                </div>
              );
            })}
            <FieldError id="invite-teams-error" errors={fieldErrors(state, 'teamIds')} />
          </fieldset>
          <Field
            label="Notification to the teams (editable)"
            name="template"
            errors={fieldErrors(state, 'template')}
            hint="Placeholders filled per team: {{team}}, {{ngiSite}}, {{replyDue}}, {{reportFileName}}. The exact reply lines are always added at the end."
          >
            {(props) => <textarea {...props} defaultValue={template} rows={14} className={`${inputClass} font-mono text-xs`} />}
          </Field>
          <SubmitButton pendingLabel="Sending…">Invite selected teams</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
