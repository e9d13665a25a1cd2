export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading the team…</span>
      <div className="h-4 w-40 rounded bg-slate-200" />
      <div className="h-8 w-80 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="h-48 rounded-lg bg-slate-200" />
        <div className="h-48 rounded-lg bg-slate-200" />
      </div>
      <div className="h-40 rounded-lg bg-slate-200" />
      <div className="h-56 rounded-lg bg-slate-200" />
    </div>
  );
}
