// The GOCDB page's skeleton while its runs and counts load: the header, a few run rows, the side cards.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the GOCDB sync…</span>
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="flex flex-col gap-6 lg:flex-row">
        <ul className="flex-[2] space-y-3" aria-hidden="true">
          {[0, 1, 2, 3].map((row) => (
            <li key={row} className="h-14 rounded bg-slate-200" />
          ))}
        </ul>
        <div className="flex-1 space-y-4" aria-hidden="true">
          <div className="h-28 rounded bg-slate-200" />
          <div className="h-20 rounded bg-slate-200" />
        </div>
      </div>
    </div>
  );
}
