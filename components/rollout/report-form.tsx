'use client';
// Step 12: the team's report: the file, whose name must be exactly the expected one (shown, and
// offered: a wrongly named file can be renamed here before upload), plus the structured fields. A file
// over the limit is refused here, before it is sent (the browser's validity check stops the submit, so
// nothing typed is lost); the server checks the same limit for clients that skip this.
import { useRef, useState } from 'react';
import { reportAction } from '@/app/(app)/rollouts/team-actions';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { extensionOf, isReportTooLarge, REPORT_EXTENSIONS, REPORT_TOO_LARGE, type ReportExtension } from '@/lib/rollout/report-file';
import { ActionForm, fieldErrors } from '@/components/ui/action-form';
import { type EvidenceDefaults, ReportEvidenceFields } from './report-evidence-fields';

interface Props {
  number: number;
  teamId: string;
  teamName: string;
  version: number;
  expectedNames: Record<ReportExtension, string>;
  replacing: boolean;
  evidence: EvidenceDefaults;
}

export function ReportForm({ number, teamId, teamName, version, expectedNames, replacing, evidence }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const ext = chosen ? (extensionOf(chosen) as ReportExtension) : null;
  const expected = ext && REPORT_EXTENSIONS.includes(ext) ? expectedNames[ext] : null;

  function rename() {
    const file = input.current?.files?.[0];
    if (!file || !expected || !input.current) return;
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], expected, { type: file.type }));
    input.current.files = transfer.files;
    setChosen(expected);
  }

  function choose(element: HTMLInputElement) {
    const file = element.files?.[0];
    const over = file !== undefined && isReportTooLarge(file.size);
    element.setCustomValidity(over ? REPORT_TOO_LARGE : '');
    setTooLarge(over);
    setChosen(file?.name ?? null);
  }

  return (
    <ActionForm action={reportAction} hidden={{ number, teamId, version }} label={`Report of ${teamName}`}>
      {({ state }) => {
        const serverExpected = fieldErrors(state, 'expectedFileName')?.[0];
        return (
          <>
            <div className="rounded border border-slate-200 bg-slate-50 p-2 text-sm">
              <p>The file must be named exactly (document section 2.4):</p>
              <p className="mt-1 break-all font-mono text-xs" data-testid="expected-report-name">
                {expectedNames.odt}
              </p>
              <p className="mt-1 text-xs text-slate-600">or the same with .doc, .pdf, .md or .txt. At most 10 MB.</p>
            </div>
            <Field label={replacing ? 'Report file (replaces the one sent)' : 'Report file'} name="file" errors={tooLarge ? [REPORT_TOO_LARGE] : fieldErrors(state, 'file')}>
              {(props) => (
                <input
                  {...props}
                  ref={input}
                  type="file"
                  required
                  accept=".odt,.doc,.pdf,.md,.txt"
                  onChange={(event) => choose(event.currentTarget)}
                  className="mt-1 block w-full text-sm"
                />
              )}
            </Field>
            {chosen && expected && chosen !== expected && (
              <p role="alert" className="text-sm text-amber-900">
                The file is named {chosen}; it must be {expected}.{' '}
                <button type="button" onClick={rename} className="font-medium text-brand-700 underline">
                  Upload it as {expected}
                </button>
              </p>
            )}
            {chosen && !expected && <p className="text-sm text-amber-900">Reports must be .odt, .doc, .pdf, .md or .txt.</p>}
            {serverExpected && <p className="text-sm text-slate-700">Expected name: <span className="font-mono">{serverExpected}</span></p>}
            <RadioGroup
              legend="Were the release notes correct?"
              name="releaseNotesCorrect"
              options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]}
             
              errors={fieldErrors(state, 'releaseNotesCorrect')}
            />
            <Field label="Tests performed" name="testsPerformed" errors={fieldErrors(state, 'testsPerformed')}>
              {(props) => <textarea {...props} rows={4} className={inputClass} />}
            </Field>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field label="Jobs per day" name="jobsPerDay" errors={fieldErrors(state, 'jobsPerDay')}>
                {(props) => <input {...props} type="number" min={0} inputMode="numeric" className={inputClass} />}
              </Field>
              <Field label="Transfers per day" name="transfersPerDay" errors={fieldErrors(state, 'transfersPerDay')}>
                {(props) => <input {...props} type="number" min={0} inputMode="numeric" className={inputClass} />}
              </Field>
              <Field label="VOs configured" name="vos" errors={fieldErrors(state, 'vos')}>
                {(props) => <input {...props} placeholder="atlas, biomed" className={inputClass} />}
              </Field>
            </div>
            <ReportEvidenceFields state={state} defaults={evidence} />
            <RadioGroup
              legend="Recommendation"
              name="recommendation"
              options={[{ value: 'ACCEPT', label: 'ACCEPT' }, { value: 'REJECT', label: 'REJECT' }]}
             
              errors={fieldErrors(state, 'recommendation')}
            />
            <SubmitButton pendingLabel="Uploading…">{replacing ? 'Replace report' : 'Upload report'}</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
