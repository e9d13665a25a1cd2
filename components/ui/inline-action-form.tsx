'use client';
// One button posting hidden fields to a server action (remove, retire), with the outcome shown inline.
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import type { ButtonVariant } from '@/components/ui/button-class';
import type { ActionResult } from '@/lib/actions/action-result';

type Action = (prev: unknown, formData: FormData) => Promise<ActionResult>;

export function InlineActionForm({
  action,
  hidden,
  label,
  children,
  variant = 'danger',
  pendingLabel = '…',
  confirm,
}: {
  action: Action;
  hidden: Record<string, string>;
  /** Accessible name of the button (what it does to what). */
  label: string;
  children: React.ReactNode;
  variant?: ButtonVariant;
  pendingLabel?: string;
  /** Ask before submitting. */
  confirm?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className="inline-flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel} aria-label={label}>
        {children}
      </SubmitButton>
      {state && (
        <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
