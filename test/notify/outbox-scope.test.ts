// Who reads which message on /outbox: admins everything; others what is addressed to them, to their
// user id, or to their teams' contacts; filters by status, kind, text and rollout number.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import type { CurrentUser } from '@/lib/auth/principal';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { listOutbox } from '@/lib/notify/outbox-queries';
import { createRollout, createTeam, createUser } from './fixtures';
import { uniqueName } from '@/lib/seed/factories';

function principal(user: { id: string; email: string }, extra: Partial<CurrentUser> = {}): CurrentUser {
  return { id: user.id, email: user.email, name: 'x', timeZone: 'UTC', roles: [], groups: [], teams: [], teamIds: [], managedStackIds: [], managedStacks: [], ...extra };
}

const all = { page: 1 } as const;

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

    const asMember = await listOutbox(principal(member, { teamIds: [team.id], teams: [{ id: team.id, name: team.name }] }), { ...all, q: tag });
    expect(asMember.rows.map((message) => message.subject).sort()).toEqual([`${tag} by id`, `${tag} personal`, `${tag} team`]);
    const teamMail = asMember.rows.find((message) => message.subject.endsWith('team'))!;
    expect(teamMail.rollout?.number).toBe(rollout.number);

    const asStranger = await listOutbox(principal(stranger), { ...all, q: tag });
    expect(asStranger.total).toBe(0);

    const asAdmin = await listOutbox(principal(stranger, { roles: ['admin'] }), { ...all, q: tag });
    expect(asAdmin.total).toBe(4);
    const ofRollout = await listOutbox(principal(stranger, { roles: ['admin'] }), { ...all, q: tag, rollout: rollout.number });
    expect(ofRollout.total).toBe(1);
    // the counts per status add up to the listed messages, not to everything the viewer may read
    expect(ofRollout.counts).toEqual({ PENDING: 1 });
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), { ...all, q: tag, status: 'SENT' })).counts).toEqual({ PENDING: 4 });
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), { ...all, q: tag, status: 'SENT' })).total).toBe(0);
    expect((await listOutbox(principal(stranger, { roles: ['admin'] }), { ...all, q: tag, kind: 'test.scope', status: 'PENDING' })).total).toBe(4);
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
