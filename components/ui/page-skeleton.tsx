// Loading skeletons of the pages (their loading.tsx): one announced "Loading …" status with the page's
// title bar, and the two layouts most pages share. A page with a layout of its own passes children.
export function PageSkeleton({ label, spacing = 'space-y-4', children }: { label: string; spacing?: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" className={`animate-pulse ${spacing}`}>
      <span className="sr-only">{label}</span>
      <div className="h-8 w-56 rounded bg-slate-200" />
      {children}
    </div>
  );
}

/** A detail or form page: a row of actions, then rows. */
export function RowsSkeleton({ label }: { label: string }) {
  return (
    <PageSkeleton label={label}>
      <div className="flex gap-3">
        <div className="h-9 w-36 rounded bg-slate-200" />
        <div className="h-9 w-44 rounded bg-slate-200" />
        <div className="h-9 w-32 rounded bg-slate-200" />
      </div>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-10 rounded bg-slate-200" />
      ))}
    </PageSkeleton>
  );
}

/** A settings page: the main card and a side card. */
export function TwoCardsSkeleton({ label }: { label: string }) {
  return (
    <PageSkeleton label={label}>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="h-64 rounded bg-slate-200" />
        <div className="h-64 rounded bg-slate-200" />
      </div>
    </PageSkeleton>
  );
}
