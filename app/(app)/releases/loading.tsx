// Skeleton of the releases list while it loads.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading releases…</span>
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="flex gap-3">
        <div className="h-9 w-36 rounded bg-slate-200" />
        <div className="h-9 w-44 rounded bg-slate-200" />
        <div className="h-9 w-32 rounded bg-slate-200" />
      </div>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-10 rounded bg-slate-200" />
      ))}
    </div>
  );
}
