'use client';

import { useFormStatus } from 'react-dom';
// Server components style links/buttons with buttonClass() from './button-class' (not from here:
// everything exported by a 'use client' module is a client reference on the server).
import { buttonClass, type ButtonVariant } from './button-class';

/** A submit button that disables itself and says so while its form's action runs. */
export function SubmitButton({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || rest.disabled} aria-disabled={pending} className={buttonClass(variant)} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
