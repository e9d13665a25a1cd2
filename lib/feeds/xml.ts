// XML text escaping for the feeds: the five special characters, and characters XML 1.0 forbids
// (control characters pasted into release notes must not make a feed unparseable).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** <name attr="…">text</name>, escaped; omitted when text is empty and `optional`. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

/**
 * Plain text as the HTML that RSS readers expect in <description> (RSS 2.0 defines it as entity-encoded
 * HTML: a reader decodes the XML once and renders the result). Escaping for HTML first, and for XML by
 * element(), makes "<img onerror=…>" show as those characters instead of becoming an element; line
 * breaks stay line breaks.
 */
export function textAsHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>');
}
