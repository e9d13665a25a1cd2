// Placeholder while the coverage data loads: the shape of filters, summary and matrix.
export function CoverageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading coverage…</span>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-12 rounded bg-slate-200" />
        ))}
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-20 rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="space-y-1 rounded-lg border border-slate-200 bg-white p-3">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-7 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
