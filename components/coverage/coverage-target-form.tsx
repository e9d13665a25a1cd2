'use client';
// The redundancy target, shown to everyone, editable by admins and coordinators (settings.edit).
import { useActionState } from 'react';
import { updateCoverageTargetAction } from '@/app/(app)/coverage/actions';
import { SubmitButton } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/field';

export function CoverageTargetForm({ target, version }: { target: number; version: number }) {
  const [state, action] = useActionState(updateCoverageTargetAction, null);
  const error = state && !state.ok ? state.fieldErrors?.target : undefined;
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-2" aria-label="Change the redundancy target">
      <input type="hidden" name="version" value={version} />
      <div className="w-56">
        <label htmlFor="coverage-target" className="block text-xs font-medium text-slate-700">
          Redundancy target (teams per component)
        </label>
        <input
          id="coverage-target"
          name="target"
          type="number"
          min={1}
          max={10}
          step={1}
          required
          defaultValue={target}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'coverage-target-error' : undefined}
          className={`${inputClass} py-1.5`}
        />
      </div>
      <SubmitButton variant="secondary">Save target</SubmitButton>
      {error && (
        <p id="coverage-target-error" className="w-full text-sm text-red-700">
          {error.join(' ')}
        </p>
      )}
      <div className="w-full empty:hidden">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
