import type { ActionResult } from '@/lib/actions/action-result';

/** The form-level outcome of an action: success or the reason it failed. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null | undefined }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
