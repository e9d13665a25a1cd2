// The sender's own words of an HTML-only reply, as plain text. Mail clients put the quoted original
// in a <blockquote> (Thunderbird, Apple Mail), a Gmail "gmail_quote" block or after Outlook's reply
// header block; all of that is cut before the tags are stripped, so an `accept …` line quoted from
// another team's reply never counts. Pure.

/** Everything from the first quote container on is quoted history, not the sender's text. */
const QUOTE_STARTS = [
  /<blockquote\b/i,
  /<div\b[^>]*\bclass\s*=\s*["'][^"']*\bgmail_quote\b/i,
  /<div\b[^>]*\bid\s*=\s*["']?(divRplyFwdMsg|appendonsend)\b/i, // Outlook on the web / desktop
  /<div\b[^>]*\bclass\s*=\s*["'][^"']*\b(moz-cite-prefix|yahoo_quoted)\b/i,
];

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlReplyText(html: string): string {
  let own = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  const cut = Math.min(...QUOTE_STARTS.map((pattern) => pattern.exec(own)?.index ?? own.length));
  own = own.slice(0, cut);
  const text = own
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h\d|pre|table)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
