// RSS 2.0 (with atom:link rel="self", as feed validators ask) from a Feed. Descriptions are HTML in RSS,
// so their text is escaped for HTML before XML (textAsHtml); titles and categories are plain text.
import type { Feed } from './feed-types';
import { element, escapeXml, textAsHtml } from './xml';

export function buildRss(feed: Feed): string {
  const items = feed.entries.map((entry) =>
    [
      '    <item>',
      `      ${element('title', entry.title)}`,
      `      ${element('link', entry.url)}`,
      `      ${element('guid', entry.id, { isPermaLink: 'false' })}`,
      `      ${element('pubDate', entry.published.toUTCString())}`,
      `      ${element('description', textAsHtml(entry.summary))}`,
      ...(entry.categories ?? []).map((category) => `      ${element('category', category)}`),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', feed.title)}`,
    `    ${element('link', feed.pageUrl)}`,
    `    ${element('description', textAsHtml(feed.description))}`,
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    '    <language>en</language>',
    `    ${element('lastBuildDate', feed.updated.toUTCString())}`,
    '    <ttl>30</ttl>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
