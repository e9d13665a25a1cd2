'use client';
// A form bound to a server action with useActionState: it passes the action's result (message and
// field errors) and, after a failure, the values just submitted to its children, and shows the
// form-level message. React resets a form after its action runs, so fields take their defaultValue
// from `values` to keep what the user typed when the server refused it.
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { ActionResult } from '@/lib/actions/action-result';

export type FormAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
export type FormValues = Record<string, string | undefined>;

interface Submitted {
  result: ActionResult;
  values: FormValues;
}

export function ActionForm({
  action,
  hidden,
  children,
  className = 'space-y-3',
  label,
}: {
  action: FormAction;
  hidden: Record<string, string | number>;
  children: (state: ActionResult | null, values: FormValues) => React.ReactNode;
  className?: string;
  /** Accessible name of the form. */
  label: string;
}) {
  const [state, formAction] = useActionState(async (previous: Submitted | null, formData: FormData): Promise<Submitted> => {
    const result = await action(previous?.result ?? null, formData);
    const values: FormValues = {};
    if (!result.ok) {
      formData.forEach((value, key) => {
        // Repeated fields (checkbox groups) keep every value, one per line.
        if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = values[key] === undefined ? value : `${values[key]}\n${value}`;
      });
    }
    return { result, values };
  }, null);
  return (
    <form action={formAction} aria-label={label} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {children(state?.result ?? null, state?.values ?? {})}
      <FormMessage state={state?.result} />
    </form>
  );
}

export function fieldErrors(state: ActionResult | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
