// Skeleton of the rollout page while the ticket loads.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading the rollout…</span>
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <div className="h-24 rounded bg-slate-200" />
          <div className="h-48 rounded bg-slate-200" />
          <div className="h-64 rounded bg-slate-200" />
        </div>
        <div className="h-72 rounded bg-slate-200" />
      </div>
    </div>
  );
}
