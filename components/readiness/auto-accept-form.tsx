'use client';
// Auto-accept of one stack, switched by the coordinator with a reason (issue #14).
import { autoAcceptAction } from '@/app/(app)/admin/readiness/actions';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export function AutoAcceptForm({ stack }: { stack: { id: string; name: string; autoAccept: boolean; version: number } }) {
  const next = stack.autoAccept ? 'off' : 'on';
  return (
    <ActionForm action={autoAcceptAction} hidden={{ stackId: stack.id, version: stack.version, enabled: next }} label={`Auto-accept for ${stack.name}`}>
      {({ state }) => (
        <>
          <p className="text-sm">
            <span className="font-medium">{stack.name}</span>: auto-accept is <strong>{stack.autoAccept ? 'on' : 'off'}</strong>.
          </p>
          <Field label={`Reason to switch it ${next}`} name="reason" errors={fieldErrors(state, 'reason')}>
            {(props) => <input {...props} required className={inputClass} />}
          </Field>
          <SubmitButton pendingLabel="Saving…">Switch auto-accept {next}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
