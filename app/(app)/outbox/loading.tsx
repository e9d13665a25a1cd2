export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading messages…</span>
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-16 rounded bg-slate-200" />
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="h-14 rounded bg-slate-200" />
      ))}
    </div>
  );
}
