export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading your team…</span>
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="h-40 rounded-lg bg-slate-200" />
        <div className="h-40 rounded-lg bg-slate-200" />
        <div className="h-40 rounded-lg bg-slate-200" />
      </div>
      <div className="h-32 rounded-lg bg-slate-200" />
    </div>
  );
}
