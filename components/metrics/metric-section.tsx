// One measure on the metrics page: a titled section with its CSV download, the table and its chart.
import { buttonClass } from '@/components/ui/button-class';

export function MetricSection({
  id,
  title,
  description,
  csvHref,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  csvHref: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id} className="font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p>}
        </div>
        <a href={csvHref} download aria-label={`Download CSV of ${title}`} className={buttonClass('secondary')}>
          Download CSV
        </a>
      </div>
      {/* min-w-0: a wide table scrolls inside its region instead of widening the page */}
      <div className="grid gap-6 *:min-w-0 lg:grid-cols-2 lg:items-start">{children}</div>
    </section>
  );
}

export const tableClass = 'w-full border-collapse text-sm tabular-nums';
export const thClass = 'border-b border-slate-300 px-2 py-1.5 text-left font-medium text-slate-700';
export const tdClass = 'border-b border-slate-100 px-2 py-1.5';
export const numClass = 'border-b border-slate-100 px-2 py-1.5 text-right';
export const totalRowClass = 'bg-slate-50 font-semibold';

/** Horizontal scroll for wide tables on a phone, focusable so keyboard users can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
