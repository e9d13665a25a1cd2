// Previous/next links for the releases list, keeping the filters in the URL.
import Link from 'next/link';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
}

function href(params: Props['params'], page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/releases?${query}` : '/releases';
}

export function ReleasePagination({ page, pageSize, total, params }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages of releases" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <p>
        {first}–{last} of {total} releases
      </p>
      <div className="flex gap-3">
        {page > 1 ? (
          <Link href={href(params, page - 1)} className="text-brand-700 underline" rel="prev">
            Previous page
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={href(params, page + 1)} className="text-brand-700 underline" rel="next">
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
