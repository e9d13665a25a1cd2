// The public feeds publish an entry hidden by an embargo at its lift, not at its (earlier) own date.
import { describe, expect, it } from 'vitest';
import { byPublishedDesc, publishedAfterEmbargo } from './visibility';

const at = (iso: string) => new Date(iso);

describe('feed dates of embargoed entries', () => {
  it('publishes at the embargo end when that came after the entry, else at the entry', () => {
    expect(publishedAfterEmbargo(at('2026-12-01T10:00Z'), at('2026-12-05T08:00Z'))).toEqual(at('2026-12-05T08:00Z'));
    expect(publishedAfterEmbargo(at('2026-12-06T10:00Z'), at('2026-12-05T08:00Z'))).toEqual(at('2026-12-06T10:00Z'));
    expect(publishedAfterEmbargo(at('2026-12-01T10:00Z'), null)).toEqual(at('2026-12-01T10:00Z'));
  });

  it('orders newest first by publication, so a lifted entry moves up to its lift', () => {
    const entries = [
      { id: 'older', published: at('2026-12-04T00:00Z') },
      { id: 'lifted', published: publishedAfterEmbargo(at('2026-12-01T00:00Z'), at('2026-12-06T00:00Z')) },
    ];
    expect(byPublishedDesc(entries).map((entry) => entry.id)).toEqual(['lifted', 'older']);
  });
});
