// The feed formats: RSS 2.0 and Atom parse as XML with their required elements and survive hostile
// text; iCalendar escapes TEXT, folds at 75 octets without splitting UTF-8, and ends lines in CRLF.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom } from './atom';
import type { Feed } from './feed-types';
import { buildCalendar, escapeText, foldLine } from './ical';
import { buildRss } from './rss';
import { splitFeedFile } from './respond';

const hostile = 'CREAM <1.8> & "quotes" \'apos\' \u0007bell ]]> <script>';
const feed: Feed = {
  title: 'Releases & <more>',
  description: 'All of them',
  pageUrl: 'http://localhost:3000/releases',
  selfUrl: 'http://localhost:3000/feeds/releases.rss?x=1&y=2',
  updated: new Date('2026-11-25T10:00:00Z'),
  entries: [
    {
      id: 'release-7',
      title: hostile,
      url: 'http://localhost:3000/releases/7?a=1&b=2',
      summary: `Notes: ${hostile}`,
      published: new Date('2026-11-24T09:00:00Z'),
      updated: new Date('2026-11-24T09:30:00Z'),
      categories: ['gLite', 'EMI-1.0'],
    },
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('RSS 2.0', () => {
  it('is well-formed XML with channel and item elements, escaped text intact', () => {
    const xml = buildRss(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.title).toBe('Releases & <more>');
    expect(channel['atom:link']['@href']).toBe(feed.selfUrl);
    const item = channel.item;
    expect(item.title).toBe(hostile.replace('\u0007', ''));
    expect(item.link).toBe('http://localhost:3000/releases/7?a=1&b=2');
    expect(item.guid['#text']).toBe('release-7');
    expect(new Date(item.pubDate).toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('carries descriptions as HTML that renders the text as text (no element a reader would build)', () => {
    const rss = buildRss({ ...feed, entries: [{ ...feed.entries[0]!, summary: 'Notes: <img src=x onerror=alert(1)> & "q"\nsecond line' }] });
    const description: string = parser.parse(rss).rss.channel.item.description;
    // What a reader gets after decoding the XML: HTML with the markup escaped, nothing to execute.
    expect(description).not.toMatch(/<img|<script/);
    expect(description).toBe('Notes: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;<br>second line');
    const shown = description.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(shown).toBe('Notes: <img src=x onerror=alert(1)> & "q"\nsecond line');
  });
});

describe('Atom', () => {
  it('is well-formed XML with feed id, title, updated and entries', () => {
    const xml = buildAtom(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).feed;
    expect(doc['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.id).toBe(feed.selfUrl);
    expect(doc.updated).toBe('2026-11-25T10:00:00.000Z');
    expect(doc.entry.id).toBe('urn:staged-rollout:release-7');
    expect(doc.entry.title).toBe(hostile.replace('\u0007', ''));
    expect(doc.entry.link['@href']).toBe('http://localhost:3000/releases/7?a=1&b=2');
    expect(doc.entry.author.name).toBe('Staged Rollout');
  });
});

describe('iCalendar', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('builds a calendar with UID, DTSTAMP, UTC times and CRLF line ends', () => {
    const text = buildCalendar({
      name: 'ea-PT-LIP deadlines',
      stamp: new Date('2026-11-25T10:00:00Z'),
      events: [{ uid: 'reply-1@host', start: new Date('2026-11-26T09:00:00Z'), end: new Date('2026-11-26T09:30:00Z'), summary: 'Reply due: Staged Rollout EMI-1.0 CREAM, SL5; x86_64', url: 'http://h/r/1' }],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').filter(Boolean).every((line) => !line.includes('\n'))).toBe(true);
    expect(text).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:');
    expect(text).toContain('UID:reply-1@host\r\nDTSTAMP:20261125T100000Z\r\nDTSTART:20261126T090000Z\r\nDTEND:20261126T093000Z');
    expect(text).toContain('SUMMARY:Reply due: Staged Rollout EMI-1.0 CREAM\\, SL5\\; x86_64');
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('feed file names', () => {
  it('splits the stack and the format, refuses other extensions', () => {
    expect(splitFeedFile('arc.rss')).toEqual({ name: 'arc', format: 'rss' });
    expect(splitFeedFile('glite.atom')).toEqual({ name: 'glite', format: 'atom' });
    expect(splitFeedFile('glite.json')).toBeNull();
    expect(splitFeedFile('%.rss')).toEqual({ name: '%', format: 'rss' }); // a malformed escape is no crash
    expect(splitFeedFile('%')).toBeNull();
  });
});
