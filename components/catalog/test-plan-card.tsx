'use client';
// The component's test plan in the catalogue: the checklist teams tick in their reports; admins and
// the stack's managers add and remove items.
import { addTestPlanItemAction, retireTestPlanItemAction } from '@/app/(app)/catalog/test-plan-actions';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { InlineActionForm } from '@/components/ui/inline-action-form';

export function TestPlanCard({ componentId, items, canEdit }: { componentId: string; items: { id: string; title: string; mandatory: boolean }[]; canEdit: boolean }) {
  return (
    <div className="space-y-3 text-sm">
      {items.length === 0 ? (
        <p className="text-slate-600">No test plan yet: teams describe their tests in their reports.</p>
      ) : (
        <ol aria-label="Test plan" className="list-decimal space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.id}>
              <span className="flex flex-wrap items-center gap-2">
                {item.title}
                {item.mandatory && <span className="text-xs text-slate-600">(mandatory)</span>}
                {canEdit && (
                  <InlineActionForm action={retireTestPlanItemAction} hidden={{ itemId: item.id }} label={`Remove “${item.title}” from the test plan`} variant="secondary">
                    Remove
                  </InlineActionForm>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <ActionForm action={addTestPlanItemAction} hidden={{ componentId }} label="Add a test-plan item">
          {({ state }) => (
            <>
              <Field label="New test-plan item" name="title" errors={fieldErrors(state, 'title')} hint="e.g. Submit a job through the CE">
                {(props) => <input {...props} required className={inputClass} />}
              </Field>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="mandatory" defaultChecked /> Mandatory
              </label>
              <SubmitButton pendingLabel="Adding…">Add to the test plan</SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </div>
  );
}
