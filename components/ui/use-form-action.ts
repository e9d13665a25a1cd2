'use client';
// Runs a server action from a form's onSubmit instead of its `action` prop, so that React does not
// reset the fields when the action answers: after a refusal the person corrects what they typed
// instead of typing it all again. Add-forms can ask to be cleared after a success.
import { useActionState, useEffect, useRef, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';

type Action<T> = (prev: unknown, formData: FormData) => Promise<ActionResult<T>>;

export function useFormAction<T = undefined>(action: Action<T>, options: { resetOnSuccess?: boolean; onSuccess?: () => void } = {}) {
  const [state, formAction, actionPending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const [transitionPending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const { resetOnSuccess = false, onSuccess } = options;
  useEffect(() => {
    if (!state?.ok) return;
    if (resetOnSuccess) formRef.current?.reset();
    onSuccess?.();
    // Only when a new result arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, errors, pending: actionPending || transitionPending, onSubmit, formRef };
}
