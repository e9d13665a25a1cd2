'use client';
// After a call for volunteers: a member puts one of their teams forward.
import { volunteerAction } from '@/app/(app)/rollouts/team-actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function VolunteerForm({ number, teams }: { number: number; teams: { id: string; name: string }[] }) {
  return (
    <ActionForm action={volunteerAction} hidden={teams.length === 1 ? { number, teamId: teams[0]!.id } : { number }} label="Volunteer">
      {({ state }) => (
        <>
          {teams.length > 1 && (
            <Field label="Team" name="teamId" errors={fieldErrors(state, 'teamId')}>
              {(props) => (
                <select {...props} className={inputClass}>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <SubmitButton pendingLabel="Volunteering…">{teams.length === 1 ? `Volunteer (${teams[0]!.name})` : 'Volunteer'}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
