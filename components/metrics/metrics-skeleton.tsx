// What the metrics page shows while the measures are computed.
export function MetricsSkeleton() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Computing the metrics…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
          <div className="space-y-2">
            <div className="h-5 w-72 rounded bg-slate-200" />
            <div className="h-40 rounded bg-slate-100" />
          </div>
          <div className="h-48 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
