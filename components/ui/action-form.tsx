'use client';
// The one form primitive: a <form> bound to a server action with React 19's useActionState. It shows
// the action's outcome (FormMessage, or a short inline note for one-button forms), hands field errors
// to the fields (Field links them with aria-invalid and aria-describedby), and keeps what was typed:
// React resets a form after its action runs, so after a refusal the form puts the submitted values back
// into its fields (restore-submitted-values.ts) and focuses the first field marked invalid. After a
// success the fields go back to their defaults (an add-form empties; an edit form shows what was saved).
import { useActionState, useLayoutEffect, useRef } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/action-result';
import type { FieldErrors } from '@/lib/errors';
import { focusFirstInvalid, restoreSubmittedValues, submittedEntries, type FormValues } from './restore-submitted-values';

export type { FormValues } from './restore-submitted-values';
export type FormAction<T = undefined> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** What a form's fields see: the last result, its field errors, and (after a refusal) the submitted values. */
export interface FormState<T = undefined> {
  state: ActionResult<T> | null;
  errors: FieldErrors | undefined;
  /** The values just refused (repeated fields joined by new lines); empty otherwise. For fields whose
   *  rendering depends on what was submitted; the typed text itself is put back by the form. */
  values: FormValues;
  pending: boolean;
}

interface Submitted<T> {
  result: ActionResult<T>;
  entries: [string, string][];
}

export interface ActionFormProps<T> {
  action: FormAction<T>;
  /** Accessible name of the form (what it does, to what); a one-button form is named by its button. */
  label?: string;
  hidden?: Record<string, string | number>;
  className?: string;
  /** Ask before submitting (remove, retire). */
  confirm?: string;
  /** Leave checking to the server (its messages sit next to the fields) instead of the browser's bubbles. */
  noValidate?: boolean;
  /** Each new result, once the form shows it (clear a choice after a success). */
  onResult?: (result: ActionResult<T>) => void;
  /** Wraps the form-level message (its place in a grid form). */
  messageClassName?: string;
  /** Leave the form-level message out (a success that a later change made stale). */
  messageHidden?: boolean;
  /** `inline`: a one-line form whose outcome is a short note beside its button. */
  layout?: 'block' | 'inline';
  children: React.ReactNode | ((form: FormState<T>) => React.ReactNode);
}

export function ActionForm<T = undefined>({
  action,
  label,
  hidden = {},
  className,
  confirm,
  noValidate,
  onResult,
  messageClassName,
  messageHidden = false,
  layout = 'block',
  children,
}: ActionFormProps<T>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [submitted, formAction, pending] = useActionState(async (previous: Submitted<T> | null, formData: FormData): Promise<Submitted<T>> => {
    const result = await action(previous?.result ?? null, formData);
    return { result, entries: result.ok ? [] : submittedEntries(formData) };
  }, null);
  const state = submitted?.result ?? null;

  // Runs after React's own reset of the form (done while committing the action's result).
  useLayoutEffect(() => {
    const form = formRef.current;
    if (!submitted || !form) return;
    if (!submitted.result.ok) {
      restoreSubmittedValues(form, submitted.entries);
      focusFirstInvalid(form);
    }
    onResult?.(submitted.result);
    // Only when a new result arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitted]);

  const values: FormValues = {};
  for (const [key, value] of submitted?.entries ?? []) values[key] = values[key] === undefined ? value : `${values[key]}\n${value}`;
  const form: FormState<T> = { state, errors: state && !state.ok ? state.fieldErrors : undefined, values, pending };
  const inline = layout === 'inline';
  return (
    <form
      ref={formRef}
      action={formAction}
      aria-label={label}
      noValidate={noValidate}
      className={className ?? (inline ? 'inline-flex flex-wrap items-center gap-2' : 'space-y-3')}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {typeof children === 'function' ? children(form) : children}
      {messageHidden ? null : inline ? (
        <InlineMessage state={state} />
      ) : messageClassName ? (
        <div className={messageClassName}>
          <FormMessage state={state} />
        </div>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}

function InlineMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state?.message) return null;
  return (
    <span role={state.ok ? 'status' : 'alert'} className={`text-xs ${state.ok ? 'text-green-800' : 'text-red-700'}`}>
      {state.message}
    </span>
  );
}

/** A field's errors from a result (for forms that read them from `state`). */
export function fieldErrors(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
