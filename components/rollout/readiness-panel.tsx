// "Ready to accept?": every readiness rule of the rollout (lib/readiness/readiness.ts), unmet ones
// first with who must act and by when, under the policy that applies; on a resolved rollout, the
// outcome and any coordinator override instead of a checklist that no longer matters.
import { formatDateTime } from '@/lib/format';
import type { Readiness } from '@/lib/readiness/readiness';
import { ReadinessBadge } from './readiness-badge';

interface Resolution {
  outcome: string;
  overrideReason: string | null;
  overrideBy: string | null;
}

const HEADLINES = {
  READY: 'Ready to accept: every rule of the policy is met.',
  WAITING: 'Not ready yet: the rules below are still unmet.',
  HELD: 'On hold: nothing can accept this rollout until the rules marked “holds” are met. REJECT remains possible.',
} as const;

interface AutoAccept {
  enabled: boolean;
  noticeAt: Date | null;
  acceptAt: Date | null;
}

export function ReadinessPanel({
  readiness,
  policy,
  resolution,
  autoAccept,
  timeZone,
}: {
  readiness: Readiness;
  policy: string;
  resolution: Resolution | null;
  autoAccept: AutoAccept;
  timeZone: string;
}) {
  const rules = [...readiness.rules].sort((a, b) => Number(a.met) - Number(b.met));
  return (
    <section aria-labelledby="readiness-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="readiness-title" className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
        Ready to accept? {!resolution && <ReadinessBadge state={readiness.state} />}
      </h2>
      {resolution ? (
        <div className="mt-2 space-y-1 text-sm">
          <p>Resolved with outcome {resolution.outcome}.</p>
          {resolution.overrideReason && (
            <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-amber-900">
              Accepted with override by {resolution.overrideBy ?? 'the coordinator'}: {resolution.overrideReason}
            </p>
          )}
          <p className="text-xs text-slate-600">{policy}</p>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{HEADLINES[readiness.state]}</p>
          {readiness.stalled && (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-sm text-amber-900" data-testid="stalled">
              <span className="font-medium">Stalled:</span> the reply windows and the exposures have passed without enough evidence. The manager’s choices: call
              for volunteers, extend (invite more teams or move an exposure end), or REJECT.
            </p>
          )}
          {autoAccept.enabled && (
            <p className="mt-2 rounded border border-blue-200 bg-blue-50 px-2 py-1.5 text-sm text-blue-900" data-testid="auto-accept">
              {autoAccept.noticeAt && autoAccept.acceptAt
                ? `Auto-accept: every rule holds since ${formatDateTime(autoAccept.noticeAt, timeZone)}; unless something changes it will be accepted automatically on ${formatDateTime(autoAccept.acceptAt, timeZone)}.`
                : 'Auto-accept is on for this stack: once every rule holds, a notice period starts, after which the rollout is accepted automatically.'}
            </p>
          )}
          <p className="mt-1 text-xs text-slate-600">{policy}</p>
          <ul aria-label="Readiness rules" className="mt-2 space-y-1.5">
            {rules.map((rule) => (
              <li
                key={rule.id}
                data-rule={rule.id}
                data-met={rule.met}
                className={`rounded border px-2 py-1.5 text-sm ${rule.met ? 'border-green-200 bg-green-50 text-green-900' : rule.holds ? 'border-red-200 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
              >
                <span className="font-medium">{rule.met ? 'Met: ' : rule.holds ? 'Holds: ' : 'Unmet: '}</span>
                {rule.detail}
                {!rule.met && (rule.actor || rule.due) && (
                  <span className="block text-xs">
                    {rule.actor && <>Who acts: {rule.actor}</>}
                    {rule.actor && rule.due && ' · '}
                    {rule.due && <>Expected by {formatDateTime(rule.due, timeZone)}</>}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
