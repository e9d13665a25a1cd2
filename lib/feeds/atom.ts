// Atom (RFC 4287) from a Feed.
import type { Feed } from './feed-types';
import { element, escapeXml } from './xml';

export function buildAtom(feed: Feed): string {
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${element('id', `urn:staged-rollout:${entry.id}`)}`,
      `    ${element('title', entry.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    ${element('published', entry.published.toISOString())}`,
      `    ${element('updated', entry.updated.toISOString())}`,
      `    <author>${element('name', entry.author ?? 'Staged Rollout')}</author>`,
      `    ${element('summary', entry.summary, { type: 'text' })}`,
      ...(entry.categories ?? []).map((category) => `    <category term="${escapeXml(category)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.selfUrl)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.description)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  ${element('updated', feed.updated.toISOString())}`,
    `  <author>${element('name', 'EGI Staged Rollout')}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
