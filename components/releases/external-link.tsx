// A link to an address someone typed (documentation, verification report, repository): only http(s)
// addresses become links; anything else is shown as text, so a stored "javascript:" never runs.
export function ExternalLink({ href, children }: { href: string | null | undefined; children?: React.ReactNode }) {
  if (!href) return <span className="text-slate-500">—</span>;
  let safe = false;
  try {
    const url = new URL(href);
    safe = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    safe = false;
  }
  if (!safe) return <span className="break-all">{href}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline hover:text-brand-900">
      {children ?? href}
    </a>
  );
}
