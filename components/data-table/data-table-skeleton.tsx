'use client';
// The loading state of a data table (for loading.tsx): toolbar, header and rows as grey bars. A client
// component although it has no state: a server component's ~70 bars would go out in every page's RSC
// payload (each loading boundary is part of it) as well as in the HTML; this way the payload carries
// only the props.
export function DataTableSkeleton({ columns = 6, rows = 8, label = 'Loading table…' }: { columns?: number; rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">{label}</span>
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-9 w-36 rounded bg-slate-200" />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="grid gap-3 border-b border-slate-200 bg-slate-50 p-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
          {Array.from({ length: columns }, (_, i) => (
            <div key={i} className="h-4 rounded bg-slate-300" />
          ))}
        </div>
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="grid gap-3 border-b border-slate-100 p-3" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
            {Array.from({ length: columns }, (_, i) => (
              <div key={i} className="h-4 rounded bg-slate-200" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
