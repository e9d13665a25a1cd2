// The "why is this not done yet" panel: what the rollout is waiting for, from lib/rollout/why-not-done.ts.
import type { Blocker } from '@/lib/rollout/why-not-done';

const TONES: Record<Blocker['tone'], string> = {
  info: 'border-blue-200 bg-blue-50 text-blue-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  danger: 'border-red-200 bg-red-50 text-red-900',
  success: 'border-green-200 bg-green-50 text-green-900',
};

export function WhyPanel({ blockers }: { blockers: Blocker[] }) {
  return (
    <section aria-labelledby="why-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="why-title" className="font-semibold text-slate-900">
        Why is this not done yet?
      </h2>
      <ul className="mt-2 space-y-1.5">
        {blockers.map((blocker, index) => (
          <li key={`${blocker.key}-${index}`} data-blocker={blocker.key} className={`rounded border px-2 py-1.5 text-sm ${TONES[blocker.tone]}`}>
            {blocker.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
