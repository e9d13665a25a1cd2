// Before/after of an audit record, as the fields that changed.
function render(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => render(b[key]) !== render(a[key]));
  if (keys.length === 0) return null;
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
      {keys.map((key) => (
        <div key={key} className="contents">
          <dt className="font-medium">{key}</dt>
          <dd className="break-all">
            {key in b && <del className="text-red-700">{render(b[key])}</del>} {key in a && <ins className="text-green-800 no-underline">{render(a[key])}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
