// Who reads which message on /outbox: admins everything; others what is addressed to them, to their
// user id, or to their teams' contacts; filters by status, kind, text and rollout number.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import type { CurrentUser } from '@/lib/auth/principal';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { listOutbox } from '@/lib/notify/outbox-queries';
import { outboxTableParams } from '@/lib/notify/outbox-table-params';
import { createRollout, createTeam, createUser } from './fixtures';
import { uniqueName } from '@/lib/seed/factories';

function principal(user: { id: string; email: string }, extra: Partial<CurrentUser> = {}): CurrentUser {
  return { id: user.id, email: user.email, name: 'x', timeZone: 'UTC', roles: [], groups: [], teams: [], teamIds: [], managedStackIds: [], managedStacks: [], ...extra };
}

/** The view a URL's query gives (the page parses the same way). */
const view = (query: Record<string, string>) => outboxTableParams.parse(query);

describe('outbox listing', () => {
  it('shows a member the mail to them and to their team contacts, an admin everything', async () => {
    const member = await createUser();
    const stranger = await createUser();
    const { team, contacts } = await createTeam();
    const { rollout } = await createRollout();
    const tag = uniqueName('scope');
    await enqueueMessage(db, { kind: 'test.scope', recipients: [member.email], subject: `${tag} personal`, text: 'a' });
    await enqueueMessage(db, { kind: 'test.scope', recipients: contacts, subject: `${tag} team`, text: 'b', rolloutId: rollout.id });
    await enqueueMessage(db, { kind: 'test.scope', recipients: ['someone@else.test'], userId: member.id, subject: `${tag} by id`, text: 'c' });
    await enqueueMessage(db, { kind: 'test.scope', recipients: ['someone@else.test'], subject: `${tag} other`, text: 'd' });

    const asMember = await listOutbox(principal(member, { teamIds: [team.id], teams: [{ id: team.id, name: team.name }] }), view({ q: tag }));
    expect(asMember.rows.map((message) => message.subject).sort()).toEqual([`${tag} by id`, `${tag} personal`, `${tag} team`]);
    const teamMail = asMember.rows.find((message) => message.subject.endsWith('team'))!;
    expect(teamMail.rollout?.number).toBe(rollout.number);

    const asStranger = await listOutbox(principal(stranger), view({ q: tag }));
    expect(asStranger.total).toBe(0);

    const asAdmin = await listOutbox(principal(stranger, { roles: ['admin'] }), view({ q: tag }));
    expect(asAdmin.total).toBe(4);
    const ofRollout = await listOutbox(principal(stranger, { roles: ['admin'] }), view({ q: tag, rollout: String(rollout.number) }));
    expect(ofRollout.total).toBe(1);
    // the counts per status add up to the listed messages, not to everything the viewer may read
    expect(ofRollout.counts).toEqual({ PENDING: 1 });
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), view({ q: tag, status: 'SENT' }))).counts).toEqual({ PENDING: 4 });
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), view({ q: tag, status: 'SENT' }))).total).toBe(0);
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), view({ q: tag, kind: 'test.scope', status: 'PENDING' }))).total).toBe(4);
  });

  it('pages and sorts by the URL view, clamps a page past the end, and reads the old URLs (rollout=abc: no filter)', async () => {
    const admin = principal(await createUser(), { roles: ['admin'] });
    const tag = uniqueName('paging');
    for (const letter of ['b', 'c', 'a']) await enqueueMessage(db, { kind: 'test.paging', recipients: ['pager@else.test'], subject: `${tag} ${letter}`, text: letter });
    const subjects = (page: { rows: { subject: string }[] }) => page.rows.map((message) => message.subject.slice(-1));

    const bySubject = await listOutbox(admin, view({ q: tag, sort: 'subject', dir: 'asc', perPage: '2' }));
    expect([bySubject.total, bySubject.page, bySubject.perPage, subjects(bySubject)]).toEqual([3, 1, 2, ['a', 'b']]);
    expect(subjects(await listOutbox(admin, view({ q: tag, sort: 'subject', dir: 'asc', perPage: '2', page: '2' })))).toEqual(['c']);
    const pastTheEnd = await listOutbox(admin, view({ q: tag, sort: 'subject', dir: 'desc', perPage: '2', page: '9' }));
    expect([pastTheEnd.page, subjects(pastTheEnd)]).toEqual([2, ['a']]);
    // Newest first by default; a bad rollout number or status is no filter rather than an error.
    expect(subjects(await listOutbox(admin, view({ q: tag, rollout: 'abc', status: 'LOST' })))).toEqual(['a', 'c', 'b']);
  });

  it('refuses invalid addresses at entry, naming them, and queues nothing', async () => {
    const tag = uniqueName('invalid');
    await expect(enqueueMessage(db, { kind: 'test.invalid', recipients: ['ok@valid.test', 'not an address', 'x@'], subject: tag, text: '' })).rejects.toMatchObject({
      status: 400,
      fieldErrors: { recipients: ['"not an address" is not a valid e-mail address', '"x@" is not a valid e-mail address'] },
    });
    expect(await db.outboxMessage.count({ where: { subject: tag } })).toBe(0);
    await expect(enqueueMessage(db, { kind: 'test.invalid', recipients: ['a@b.test'], subject: tag, text: '', headers: { 'Bad Header': 'x' } })).rejects.toThrow(/Invalid mail header/);
    await enqueueMessage(db, { kind: 'test.invalid', recipients: [' Mixed.Case@Valid.TEST ', 'mixed.case@valid.test'], subject: tag, text: '' });
    expect((await db.outboxMessage.findFirstOrThrow({ where: { subject: tag } })).recipients).toEqual(['mixed.case@valid.test']);
  });
});
