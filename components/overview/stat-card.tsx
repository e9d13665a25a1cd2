import Link from 'next/link';

export function StatCard({ label, value, href, hint }: { label: string; value: number | string; href?: string; hint?: string }) {
  const body = (
    <>
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="mt-1 block text-3xl font-semibold text-brand-900">{value}</span>
      {hint && <span className="mt-1 block text-xs text-slate-500">{hint}</span>}
    </>
  );
  const className = 'block rounded-lg border border-slate-200 bg-white p-4 shadow-sm';
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
