// The tiny HTML pages of the one-click unsubscribe link (no sign-in, no app shell, no script): the
// confirmation with its button, and the result.
import { escapeXml as escapeHtml } from '@/lib/feeds/xml';

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Early Adopters</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f8fafc;color:#0f172a}
main{max-width:32rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem}
h1{font-size:1.25rem;margin-top:0}button{font:inherit;padding:.5rem 1rem;border-radius:.25rem;border:1px solid #b91c1c;background:#b91c1c;color:#fff;cursor:pointer}
a{color:#1d4ed8}p{line-height:1.5}</style></head>
<body><main>${body}</main></body></html>`;
}

export function confirmPage(action: string, email: string, description: string, count: number): string {
  const what = count === 1 || description !== 'all daily digests' ? escapeHtml(description) : `${escapeHtml(description)} (${count})`;
  return page(
    'Unsubscribe',
    `<h1>Unsubscribe</h1><p>Stop mailing <strong>${escapeHtml(email)}</strong> about <strong>${what}</strong>?</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="confirm" value="1"><button type="submit">Unsubscribe</button></form>
<p><a href="/subscriptions">Manage all your subscriptions</a> (sign-in needed).</p>`,
  );
}

export function donePage(removed: number): string {
  return page(
    'Unsubscribed',
    removed > 0
      ? `<h1>Unsubscribed</h1><p>You will get no more of these messages.</p><p><a href="/subscriptions">Manage your subscriptions</a></p>`
      : `<h1>Nothing to do</h1><p>This link was already used, or the subscription was removed.</p><p><a href="/subscriptions">Manage your subscriptions</a></p>`,
  );
}

export function unknownPage(): string {
  return page('Unknown link', '<h1>Unknown or used link</h1><p>This unsubscribe link is not valid any more: there is nothing to unsubscribe from.</p><p><a href="/subscriptions">Manage your subscriptions</a></p>');
}
