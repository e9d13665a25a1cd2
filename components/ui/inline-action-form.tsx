'use client';
// One button posting hidden fields to a server action (remove, retire): ActionForm laid out inline,
// its outcome a short note beside the button.
import { ActionForm, type FormAction } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import type { ButtonVariant } from '@/components/ui/button-class';

export function InlineActionForm({
  action,
  hidden,
  label,
  children,
  variant = 'danger',
  pendingLabel = '…',
  confirm,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  /** Accessible name of the button (what it does to what). */
  label: string;
  children: React.ReactNode;
  variant?: ButtonVariant;
  pendingLabel?: string;
  /** Ask before submitting. */
  confirm?: string;
}) {
  return (
    <ActionForm action={action} hidden={hidden} confirm={confirm} layout="inline">
      <SubmitButton variant={variant} pendingLabel={pendingLabel} aria-label={label}>
        {children}
      </SubmitButton>
    </ActionForm>
  );
}
