'use client';
// The redundancy target, shown to everyone, editable by admins and coordinators (settings.edit).
import { updateCoverageTargetAction } from '@/app/(app)/coverage/actions';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

export function CoverageTargetForm({ target, version }: { target: number; version: number }) {
  return (
    <ActionForm action={updateCoverageTargetAction} hidden={{ version }} label="Change the redundancy target" noValidate className="flex flex-wrap items-end gap-2" messageClassName="w-full empty:hidden">
      {({ errors }) => (
        <>
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
              aria-invalid={errors?.target ? true : undefined}
              aria-describedby={errors?.target ? 'coverage-target-error' : undefined}
              className={`${inputClass} py-1.5`}
            />
          </div>
          <SubmitButton variant="secondary">Save target</SubmitButton>
          {errors?.target && (
            <p id="coverage-target-error" className="w-full text-sm text-red-700">
              {errors.target.join(' ')}
            </p>
          )}
        </>
      )}
    </ActionForm>
  );
}
