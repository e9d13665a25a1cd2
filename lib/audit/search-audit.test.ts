// The audit trail's list function with the view parsed from a URL, as /admin/audit parses it: the old
// filter names (action prefix, entity, actor, from/to days) keep their meaning; sort and paging are new.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { uniqueName } from '@/lib/seed/factories';
import { searchAudit } from './search-audit';
import { auditTableParams } from './table-params';

const view = (query: Record<string, string>) => auditTableParams.parse(query);

describe('searchAudit', () => {
  it('filters by action prefix, entity, actor and whole days; sorts and pages; clamps a page past the end', async () => {
    const entityId = uniqueName('audited');
    const actor = `${uniqueName('auditor')}@audit.test`;
    const event = (action: string, at: string, actorLabel = actor) => db.auditEvent.create({ data: { action, at: new Date(at), actorLabel, entityType: 'TestThing', entityId } });
    await event('thing.create', '2026-03-01T08:00:00Z');
    await event('thing.update', '2026-03-02T23:59:00Z');
    await event('thing.update', '2026-03-03T00:00:00Z', 'system');
    await event('other.touch', '2026-03-04T12:00:00Z');
    const actions = (page: { rows: { action: string; at: Date }[] }) => page.rows.map((row) => `${row.action}@${row.at.toISOString().slice(5, 10)}`);

    // Newest first by default.
    expect(actions(await searchAudit(view({ entityType: 'TestThing', entityId })))).toEqual(['other.touch@03-04', 'thing.update@03-03', 'thing.update@03-02', 'thing.create@03-01']);
    expect((await searchAudit(view({ entityId, action: 'thing.' }))).total).toBe(3);
    expect((await searchAudit(view({ entityId, actor: actor.toUpperCase() }))).total).toBe(3);
    // "To" includes the whole day; "from" starts at its midnight (UTC).
    expect(actions(await searchAudit(view({ entityId, from: '2026-03-02', to: '2026-03-02' })))).toEqual(['thing.update@03-02']);
    expect(actions(await searchAudit(view({ entityId, from: '2026-03-03' })))).toEqual(['other.touch@03-04', 'thing.update@03-03']);
    // Sorted by action (within one action, newest first), paged by two.
    const first = await searchAudit(view({ entityId, sort: 'action', dir: 'asc', perPage: '2' }));
    expect([first.total, first.perPage, actions(first)]).toEqual([4, 2, ['other.touch@03-04', 'thing.create@03-01']]);
    const last = await searchAudit(view({ entityId, sort: 'action', dir: 'asc', perPage: '2', page: '7' }));
    expect([last.page, actions(last)]).toEqual([2, ['thing.update@03-03', 'thing.update@03-02']]);
    // A malformed day or an unknown sort is dropped, not an error: the default view.
    expect((await searchAudit(view({ entityId, from: '03/02/2026', sort: 'password' }))).total).toBe(4);
    expect((await searchAudit(view({ entityId }))).entityTypes).toContain('TestThing');
  });
});
