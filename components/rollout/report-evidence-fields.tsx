// The evidence part of a team's report (issue #14): the version actually installed, the OS and
// architecture it ran on (pre-filled from the release item), and the component's test plan to tick.
// Shown inside ReportForm; after a refused upload, ActionForm puts back what was typed and ticked.
import { Field, inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/action-result';
import { fieldErrors } from '@/components/ui/action-form';

export interface EvidenceDefaults {
  productVersion: string;
  os: string;
  arch: string;
  testPlan: { id: string; title: string; mandatory: boolean }[];
  /** The items the team's previous report ticked. */
  ticked: string[];
}

export function ReportEvidenceFields({ state, defaults }: { state: ActionResult | null; defaults: EvidenceDefaults }) {
  const ticked = new Set(defaults.ticked);
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Version installed" name="installedVersion" errors={fieldErrors(state, 'installedVersion')} hint="As the package manager reports it.">
          {(props) => <input {...props} defaultValue={defaults.productVersion} maxLength={200} className={inputClass} />}
        </Field>
        <Field label="Ran on OS" name="ranOnOs" errors={fieldErrors(state, 'ranOnOs')}>
          {(props) => <input {...props} defaultValue={defaults.os} maxLength={100} className={inputClass} />}
        </Field>
        <Field label="Architecture" name="ranOnArch" errors={fieldErrors(state, 'ranOnArch')}>
          {(props) => <input {...props} defaultValue={defaults.arch} maxLength={100} className={inputClass} />}
        </Field>
      </div>
      {defaults.testPlan.length > 0 && (
        <fieldset className="space-y-1 text-sm" aria-describedby="tested-items-hint">
          <legend className="font-medium">Test plan: the items your team ran</legend>
          <p id="tested-items-hint" className="text-xs text-slate-600">
            Mandatory items must each be run by at least one team when the readiness policy asks for it.
          </p>
          {defaults.testPlan.map((item) => (
            <label key={item.id} className="flex items-start gap-2">
              <input type="checkbox" name="testedItemIds" value={item.id} defaultChecked={ticked.has(item.id)} className="mt-1" />
              <span>
                {item.title}
                {item.mandatory && <span className="ml-1 text-xs text-slate-600">(mandatory)</span>}
              </span>
            </label>
          ))}
          {fieldErrors(state, 'testedItemIds')?.map((error) => (
            <p key={error} className="text-sm text-red-700">
              {error}
            </p>
          ))}
        </fieldset>
      )}
    </>
  );
}
