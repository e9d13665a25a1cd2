'use client';
// The coordinator's "assign to a manager of this stack" form (step 2.2), showing each manager's open load.
import { assignAction } from '@/app/(app)/rollouts/actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { StackManagerOption } from '@/lib/rollout/stack-managers';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';

export function AssignForm({ number, version, stackName, managers, currentOwnerId }: { number: number; version: number; stackName: string; managers: StackManagerOption[]; currentOwnerId: string | null }) {
  if (managers.length === 0) {
    return <p className="text-sm text-amber-900">{stackName} has no Staged Rollout Manager yet: an admin must add one (Groups) before this rollout can be assigned.</p>;
  }
  return (
    <ActionForm action={assignAction} hidden={{ number, version }} label="Assign to a manager">
      {({ state }) => (
        <>
          <Field label={`Manager of ${stackName}`} name="managerId" errors={fieldErrors(state, 'managerId')}>
            {(props) => (
              <select {...props} defaultValue={""} className={inputClass} required>
                <option value="" disabled>
                  Choose a manager…
                </option>
                {managers.map((manager) => (
                  <option key={manager.id} value={manager.id} disabled={manager.id === currentOwnerId}>
                    {manager.name} &lt;{manager.email}&gt; ({manager.openRollouts} open){manager.id === currentOwnerId ? ' — current owner' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SubmitButton pendingLabel="Assigning…">{currentOwnerId ? 'Re-assign' : 'Assign and open'}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
