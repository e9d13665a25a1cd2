'use client';
// A submit button driven by an explicit pending flag (forms submitted through useFormAction).
import { buttonClass, type ButtonVariant } from '@/components/ui/button-class';

export function PendingButton({ pending, children, pendingLabel = 'Saving…', variant = 'primary', disabled, ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; pendingLabel?: string; variant?: ButtonVariant }) {
  return (
    <button type="submit" disabled={pending || disabled} aria-disabled={pending || undefined} className={buttonClass(variant)} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
