'use client';
// A team's answer to its invitation (step 6): Accept or Decline, on the rollout page and in the team's
// invitation list. The same rule as an e-mail reply.
import { replyAction } from '@/app/(app)/rollouts/team-actions';
import { SubmitButton } from '@/components/ui/button';
import { ActionForm } from '@/components/ui/action-form';

export function ReplyButtons({ number, teamId, teamName, version }: { number: number; teamId: string; teamName: string; version: number }) {
  return (
    <ActionForm action={replyAction} hidden={{ number, teamId, version }} label={`Reply for ${teamName}`} className="space-y-2">
      {() => (
        <div className="flex flex-wrap gap-2">
          <SubmitButton name="answer" value="accept" pendingLabel="Sending…" aria-label={`Accept for ${teamName}`}>
            Accept
          </SubmitButton>
          <SubmitButton name="answer" value="decline" variant="danger" pendingLabel="Sending…" aria-label={`Decline for ${teamName}`}>
            Decline
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}
