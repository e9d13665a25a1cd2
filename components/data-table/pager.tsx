// The one pager of every paged list: the position in the result ("26–50 of 2,000 teams"), first /
// previous / next / last links and "Page n of m". Plain links, so it works in server pages (the
// coverage matrix and gaps) and without JavaScript; DataTable adds its rows-per-page menu as `children` and
// a transition through `onLinkClick`.
import Link from 'next/link';
import { pageCount, positionText } from '@/lib/lists/search-params';

const linkClass = 'rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100';
const disabledClass = 'rounded border border-slate-200 px-2 py-1 text-slate-400';

export interface PagerProps {
  page: number;
  total: number;
  perPage: number;
  /** Plural noun for the position: "teams", "events". */
  itemLabel: string;
  /** The address of another page of the same view. */
  hrefFor: (page: number) => string;
  onLinkClick?: (page: number) => (event: React.MouseEvent<HTMLAnchorElement>) => void;
  /** Accessible name of the navigation landmark (two pagers on one page need two names). */
  label?: string;
  /** Extra controls beside the links (the rows-per-page menu). */
  children?: React.ReactNode;
}

export function Pager({ page: requested, total, perPage, itemLabel, hrefFor, onLinkClick, label = 'Pagination', children }: PagerProps) {
  const pages = pageCount(total, perPage);
  const page = Math.min(requested, pages);
  const from = total === 0 ? 0 : (page - 1) * perPage + 1;
  const to = Math.min(total, page * perPage);
  const pageLink = (target: number, name: string, text: string) =>
    target === page || target < 1 || target > pages ? (
      <span className={disabledClass} aria-disabled="true">
        {text}
      </span>
    ) : (
      <Link href={hrefFor(target)} onClick={onLinkClick?.(target)} aria-label={name} className={linkClass} scroll={false}>
        {text}
      </Link>
    );
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">{positionText(from, to, total, itemLabel)}</p>
      <div className="flex flex-wrap items-center gap-2">
        {children}
        {pageLink(1, 'First page', '«')}
        {pageLink(page - 1, 'Previous page', '‹ Prev')}
        <span>
          Page {page} of {pages}
        </span>
        {pageLink(page + 1, 'Next page', 'Next ›')}
        {pageLink(pages, 'Last page', '»')}
      </div>
    </nav>
  );
}
