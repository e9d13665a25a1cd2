'use client';
// Commit the team to a component on an OS/arch. The platform list follows the chosen component (only
// the platforms it ships on); the server checks again and explains any refusal next to the field.
import { useEffect, useRef, useState } from 'react';
import { addCommitmentAction } from '@/app/(app)/teams/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { CommitmentChoice } from '@/lib/teams/get-team';

export function AddCommitmentForm({ teamId, choices, commitmentCount }: { teamId: string; choices: CommitmentChoice[]; commitmentCount: number }) {
  const [componentId, setComponentId] = useState('');
  // "… now commits to X" is news only until a commitment is removed: then it may name one that is gone.
  const [countAtSuccess, setCountAtSuccess] = useState<number | null>(null);
  // A choice made before hydration (slow network) is picked up once the form is interactive.
  const componentRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (componentRef.current?.value) setComponentId(componentRef.current.value);
  }, []);
  const chosen = choices.find((choice) => choice.id === componentId);
  const stacks = [...new Set(choices.map((choice) => choice.stack))];
  return (
    <ActionForm
      action={addCommitmentAction}
      hidden={{ teamId }}
      label="Add a commitment"
      noValidate
      className="mt-4 grid gap-2 border-t border-slate-100 pt-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      messageClassName="sm:col-span-3"
      messageHidden={countAtSuccess !== null && commitmentCount < countAtSuccess}
      onResult={(result) => {
        if (result.ok) setComponentId('');
        setCountAtSuccess(result.ok ? commitmentCount : null);
      }}
    >
      {({ errors }) => (
        <>
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
          <SubmitButton pendingLabel="Adding…">Add commitment</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
