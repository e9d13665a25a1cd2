'use client';

import { useFormStatus } from 'react-dom';

const VARIANTS = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 border border-brand-600',
  secondary: 'bg-white text-slate-800 hover:bg-slate-100 border border-slate-300',
  danger: 'bg-white text-red-700 hover:bg-red-50 border border-red-300',
} as const;

type Variant = keyof typeof VARIANTS;

export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `inline-flex items-center justify-center gap-1 rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${VARIANTS[variant]} ${extra}`;
}

/** A submit button that disables itself and says so while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: Variant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || rest.disabled} aria-disabled={pending} className={buttonClass(variant)} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
