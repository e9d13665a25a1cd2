// Previous / next page links for the coverage views; the filters stay in the URL.
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-class';

interface Props {
  page: number;
  pageCount: number;
  /** Builds the URL of a page. */
  href: (page: number) => string;
  summary: string;
  label: string;
}

export function Pager({ page, pageCount, href, summary, label }: Props) {
  if (pageCount <= 1) return <p className="text-sm text-slate-600">{summary}</p>;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-600">{summary}</p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonClass('secondary')} rel="prev">
            ← Previous
          </Link>
        ) : (
          <span className={buttonClass('secondary', 'pointer-events-none opacity-50')} aria-disabled="true">
            ← Previous
          </span>
        )}
        <span className="text-slate-700">
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
            Next →
          </Link>
        ) : (
          <span className={buttonClass('secondary', 'pointer-events-none opacity-50')} aria-disabled="true">
            Next →
          </span>
        )}
      </div>
    </nav>
  );
}
