'use client';
// Commit the team to a component on an OS/arch. The platform list follows the chosen component (only
// the platforms it ships on); the server checks again and explains any refusal next to the field.
import { useEffect, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { CommitmentChoice } from '@/lib/teams/get-team';
import { addCommitmentAction } from '@/app/(app)/teams/actions';
import { PendingButton } from '@/components/ui/pending-button';
import { useFormAction } from '@/components/ui/use-form-action';

export function AddCommitmentForm({ teamId, choices, commitmentCount }: { teamId: string; choices: CommitmentChoice[]; commitmentCount: number }) {
  const [componentId, setComponentId] = useState('');
  const { state, errors, pending, onSubmit, formRef } = useFormAction(addCommitmentAction, { resetOnSuccess: true, onSuccess: () => setComponentId('') });
  // "… now commits to X" is news only until a commitment is removed: then it may name one that is gone.
  const [answered, setAnswered] = useState({ state, commitmentCount });
  if (answered.state !== state) setAnswered({ state, commitmentCount });
  const shown = state?.ok && commitmentCount < answered.commitmentCount ? null : state;
  // A choice made before hydration (slow network) is picked up once the form is interactive.
  const componentRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (componentRef.current?.value) setComponentId(componentRef.current.value);
  }, []);
  const chosen = choices.find((choice) => choice.id === componentId);
  const stacks = [...new Set(choices.map((choice) => choice.stack))];
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-4 grid gap-2 border-t border-slate-100 pt-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" aria-label="Add a commitment">
      <input type="hidden" name="teamId" value={teamId} />
      <Field label="Component" name="componentId" errors={errors?.componentId}>
        {(props) => (
          <select {...props} ref={componentRef} defaultValue="" onChange={(event) => setComponentId(event.target.value)} className={inputClass}>
            <option value="">Choose a component…</option>
            {stacks.map((stack) => (
              <optgroup key={stack} label={stack}>
                {choices
                  .filter((choice) => choice.stack === stack)
                  .map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label="OS and architecture" name="platformId" errors={errors?.platformId}>
        {(props) => (
          <select {...props} key={componentId} defaultValue={chosen?.platforms.length === 1 ? chosen.platforms[0]!.id : ''} className={inputClass} disabled={!chosen}>
            <option value="">{chosen ? 'Choose…' : 'Choose a component first'}</option>
            {chosen?.platforms.map((platform) => (
              <option key={platform.id} value={platform.id}>
                {platform.os} {platform.arch}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PendingButton pending={pending} pendingLabel="Adding…">
        Add commitment
      </PendingButton>
      <div className="sm:col-span-3">
        <FormMessage state={shown} />
      </div>
    </form>
  );
}
