'use client';

// Follow something new: what kind of thing, which one, and how to be told.
import { useState } from 'react';
import { followAction } from '@/app/(app)/subscriptions/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';

type TargetType = 'STACK' | 'COMPONENT' | 'TEAM' | 'ROLLOUT';
const TYPE_LABELS: Record<TargetType, string> = { STACK: 'A stack', COMPONENT: 'A component', TEAM: 'A team', ROLLOUT: 'A rollout in progress' };

export function FollowForm({ options }: { options: Record<TargetType, { id: string; label: string }[]> }) {
  const [type, setType] = useState<TargetType>('STACK');
  const choices = options[type];
  return (
    <ActionForm action={followAction}>
      {({ errors: fieldErrors }) => (
        <>
          <Field label="Follow" name="targetType" errors={fieldErrors?.targetType}>
            {(props) => (
              <select {...props} value={type} onChange={(event) => setType(event.target.value as TargetType)} className={inputClass}>
                {(Object.keys(TYPE_LABELS) as TargetType[]).map((key) => (
                  <option key={key} value={key}>
                    {TYPE_LABELS[key]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Which one" name="targetId" errors={fieldErrors?.targetId}>
            {(props) => (
              <select {...props} key={type} className={inputClass} required defaultValue="">
                <option value="" disabled>
                  {choices.length ? 'Choose…' : 'Nothing to follow yet'}
                </option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <RadioGroup
            legend="Tell me"
            name="mode"
            options={[{ value: 'IMMEDIATE', label: 'by e-mail, immediately' }, { value: 'DIGEST', label: 'in a daily digest' }]}
            defaultValue="IMMEDIATE"
            errors={fieldErrors?.mode}
          />
          <SubmitButton pendingLabel="Saving…">Follow</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
