export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the readiness policy…</span>
      <div className="h-8 w-56 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="h-64 rounded bg-slate-200" />
        <div className="h-64 rounded bg-slate-200" />
      </div>
    </div>
  );
}
