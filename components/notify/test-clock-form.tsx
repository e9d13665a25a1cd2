'use client';
// The readiness test clock's form (lib/readiness/test-clock.ts), shown to admins only when it is on:
// one rollout's readiness round as if it were the time given, for end-to-end tests of auto-accept.
import { testClockRoundAction } from '@/app/(app)/outbox/actions';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

export function TestClockForm() {
  return (
    <section aria-labelledby="test-clock-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="test-clock-title" className="font-semibold text-amber-900">
        Readiness test clock
      </h2>
      <p className="mt-1 text-amber-900">
        On because READINESS_TEST_CLOCK=1 with the demo sign-in: the worker runs no readiness round by itself; run one here for one rollout, as of any time.
      </p>
      <ActionForm action={testClockRoundAction} label="Readiness round at a test time" className="mt-2 grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        {({ state }) => (
          <>
            <Field label="Rollout number" name="rollout" errors={fieldErrors(state, 'rollout')}>
              {(props) => <input {...props} inputMode="numeric" required className={inputClass} />}
            </Field>
            <Field label="As of (UTC)" name="at" hint="YYYY-MM-DDTHH:MMZ" errors={fieldErrors(state, 'at')}>
              {(props) => <input {...props} required className={inputClass} />}
            </Field>
            <SubmitButton variant="secondary" pendingLabel="Running…">
              Run the readiness round
            </SubmitButton>
          </>
        )}
      </ActionForm>
    </section>
  );
}
