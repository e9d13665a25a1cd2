export function Card({ title, children, actions, id }: { title?: string; children: React.ReactNode; actions?: React.ReactNode; id?: string }) {
  return (
    <section aria-labelledby={title && id ? id : undefined} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {(title || actions) && (
        <div className="mb-3 flex items-center justify-between gap-2">
          {title && (
            <h2 id={id} className="font-semibold text-slate-900">
              {title}
            </h2>
          )}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}
