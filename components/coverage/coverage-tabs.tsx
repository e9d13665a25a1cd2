// Matrix | Gap list: the two views of coverage, keeping the current filters.
import Link from 'next/link';

export function CoverageTabs({ current, query }: { current: 'matrix' | 'gaps'; query: string }) {
  const tabs = [
    { key: 'matrix', href: `/coverage${query}`, label: 'Matrix' },
    { key: 'gaps', href: `/coverage/gaps${query}`, label: 'Gap list' },
  ] as const;
  return (
    <nav aria-label="Coverage views" className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className={`-mb-px rounded-t border px-4 py-2 text-sm font-medium ${
            tab.key === current ? 'border-slate-200 border-b-white bg-white text-brand-900' : 'border-transparent text-slate-600 hover:text-brand-700'
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
