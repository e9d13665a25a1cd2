// A labelled form field with its error message linked through aria-describedby.
import { useId } from 'react';
import { FieldError } from './field-error';

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  children?: (props: { id: string; name: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => React.ReactNode;
}

export const inputClass =
  'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-500';

export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const controlProps = { id, name, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ? children(controlProps) : <input {...controlProps} className={inputClass} />}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
