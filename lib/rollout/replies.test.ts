import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { handleInboundMail } from './inbound-mail';
import { recordTeamReply } from './record-team-reply';
import { makeRolloutWorld, makeTeam, openAndInvite } from './test-fixtures';

async function invitedWorld() {
  const world = await makeRolloutWorld();
  const team = await makeTeam(world);
  const other = await makeTeam(world);
  await openAndInvite(world, [team, other]);
  return { world, team, other };
}

const participation = (rolloutId: string, teamId: string) => db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId, teamId } } });

describe('recordTeamReply (app)', () => {
  it('records an acceptance by a team member, audits it and tells the manager', async () => {
    const { world, team } = await invitedWorld();
    const result = await recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'accept', version: 1 });
    expect(result).toMatchObject({ changed: true, message: `${team.team.name} accepted the staged rollout.` });
    const row = await participation(world.rollout.id, team.team.id);
    expect(row).toMatchObject({ status: 'ACCEPTED', replyChannel: 'app', version: 2 });
    expect(row.repliedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findFirst({ where: { entityId: row.id, action: 'rollout.accept' } })).toMatchObject({ actorId: team.member.id, after: { late: false } });
    const notice = await db.outboxMessage.findFirst({ where: { rolloutId: world.rollout.id, kind: 'rollout.teamReplied' } });
    expect(notice?.recipients).toEqual([world.manager.email]);
  });

  it('records a decline, and says an identical second answer changes nothing while a different one is refused', async () => {
    const { world, team } = await invitedWorld();
    await recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'decline' });
    expect((await participation(world.rollout.id, team.team.id)).status).toBe('DECLINED');
    expect(await recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'decline' })).toMatchObject({ changed: false });
    await expect(recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'accept' })).rejects.toThrow(/cannot accept: it has already declined/);
  });

  it('flags a late reply in the audit trail', async () => {
    const { world, team } = await invitedWorld();
    await db.participation.updateMany({ where: { rolloutId: world.rollout.id, teamId: team.team.id }, data: { replyDueAt: new Date(Date.now() - 3600_000) } });
    await recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'accept' });
    const row = await participation(world.rollout.id, team.team.id);
    expect(await db.auditEvent.findFirst({ where: { entityId: row.id, action: 'rollout.accept' } })).toMatchObject({ after: { late: true } });
  });

  it('refuses members of another team, the manager, a team that was not invited and a stale page', async () => {
    const { world, team, other } = await invitedWorld();
    await expect(recordTeamReply(other.member, world.rollout.number, { teamId: team.team.id, answer: 'accept' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordTeamReply(world.manager, world.rollout.number, { teamId: team.team.id, answer: 'accept' })).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await makeTeam(world);
    await expect(recordTeamReply(stranger.member, world.rollout.number, { teamId: stranger.team.id, answer: 'accept' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordTeamReply(team.member, world.rollout.number, { teamId: team.team.id, answer: 'accept', version: 7 })).rejects.toBeInstanceOf(ConflictError);
    expect((await participation(world.rollout.id, team.team.id)).status).toBe('INVITED');
  });
});

describe('handleInboundMail (e-mail replies)', () => {
  it('accepts a reply from a team member keyed by the subject tag', async () => {
    const { world, team } = await invitedWorld();
    const result = await handleInboundMail({
      from: `"Maria" <${team.member.email.toUpperCase()}>`,
      subject: `Re: [staged-rollout #${world.rollout.number}] Invitation: ${world.rollout.title}`,
      text: `accept ${team.ngiSite}\n\nregards\n\nOn Tue, 3 May 2011, Staged Rollout wrote:\n> reject ${team.ngiSite}`,
      messageId: '<abc@lip.pt>',
    });
    expect(result).toMatchObject({ action: 'accept', rollout: world.rollout.number, team: team.team.name, changed: true });
    const row = await participation(world.rollout.id, team.team.id);
    expect(row).toMatchObject({ status: 'ACCEPTED', replyChannel: 'email' });
    expect(await db.auditEvent.findFirst({ where: { entityId: row.id, action: 'rollout.accept' } })).toMatchObject({
      actorId: team.member.id,
      actorLabel: `${team.member.email} (e-mail)`,
      after: { channel: 'email', line: `accept ${team.ngiSite}` },
    });
    const ack = await db.outboxMessage.findFirstOrThrow({ where: { rolloutId: world.rollout.id, kind: 'inbound.acknowledged' } });
    expect(ack).toMatchObject({ recipients: [team.member.email.toLowerCase()], headers: { 'In-Reply-To': '<abc@lip.pt>' } });
    expect(ack.subject).toBe(`Re: [staged-rollout #${world.rollout.number}] Invitation: ${world.rollout.title}`);
    expect(ack.text).toContain(`${team.team.name} accepted the staged rollout.`);
  });

  it('takes a reject from a team contact (no account) and finds the rollout through In-Reply-To', async () => {
    const { world, team } = await invitedWorld();
    const invitation = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `team.invited:${world.rollout.id}:${team.team.id}` } });
    const result = await handleInboundMail({
      from: team.contact!,
      subject: 'Re: your mail',
      text: `Reject ${team.ngiSite.toLowerCase()}.\nSorry, downtime.`,
      inReplyTo: `<outbox.${invitation.id}@egi.eu>`,
    });
    expect(result).toMatchObject({ action: 'decline', team: team.team.name });
    const row = await participation(world.rollout.id, team.team.id);
    expect(row.status).toBe('DECLINED');
    expect(await db.auditEvent.findFirst({ where: { entityId: row.id } , orderBy: { at: 'desc' } })).toMatchObject({ actorId: null, actorLabel: `${team.contact} (e-mail, team contact)` });
  });

  it('refuses a sender who is neither member nor contact of the team, logs it and changes nothing', async () => {
    const { world, team, other } = await invitedWorld();
    const error = await handleInboundMail({ from: other.member.email, subject: `[staged-rollout #${world.rollout.number}]`, text: `accept ${team.ngiSite}` }).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.status).toBe(403);
    expect((await participation(world.rollout.id, team.team.id)).status).toBe('INVITED');
    expect(await db.auditEvent.findFirst({ where: { entityId: world.rollout.id, action: 'rollout.replyRefused' } })).toMatchObject({ after: { from: other.member.email, team: team.team.name } });
    // A known address is told why; its answer is in the ticket's thread.
    const refusal = await db.outboxMessage.findFirstOrThrow({ where: { rolloutId: world.rollout.id, kind: 'inbound.refused' } });
    expect(refusal.recipients).toEqual([other.member.email.toLowerCase()]);
    expect(refusal.text).toContain('is neither a member nor a contact');
  });

  it('never answers an unknown sender (backscatter) and drops autoresponder mail unanswered', async () => {
    const { world, team } = await invitedWorld();
    const outboxBefore = await db.outboxMessage.count();
    const subject = `Re: [staged-rollout #${world.rollout.number}] x`;
    await expect(handleInboundMail({ from: 'mallory@evil.example', subject, text: `accept ${team.ngiSite}` })).rejects.toBeInstanceOf(ForbiddenError);
    const ignored = await handleInboundMail({ from: team.member.email, subject: `Out of office: ${subject}`, text: `accept ${team.ngiSite}`, autoSubmitted: true });
    expect(ignored).toMatchObject({ action: 'ignored', changed: false });
    expect(await db.outboxMessage.count()).toBe(outboxBefore);
    expect((await participation(world.rollout.id, team.team.id)).status).toBe('INVITED');
  });

  it('answers 404 for an unknown team, an untagged reply, or a rollout the team was not invited to', async () => {
    const { world, team } = await invitedWorld();
    await expect(handleInboundMail({ from: team.member.email, subject: `[staged-rollout #${world.rollout.number}]`, text: 'accept XX-Nowhere' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(handleInboundMail({ from: team.member.email, subject: 'Re: hello', text: `accept ${team.ngiSite}` })).rejects.toThrow(/Cannot tell which rollout/);
    const elsewhere = await makeRolloutWorld();
    await openAndInvite(elsewhere, []);
    await expect(handleInboundMail({ from: team.member.email, subject: `[staged-rollout #${elsewhere.rollout.number}]`, text: `accept ${team.ngiSite}` })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turns a reply without a command from a participant into a comment on the ticket', async () => {
    const { world, team } = await invitedWorld();
    const result = await handleInboundMail({
      from: team.member.email,
      subject: `Re: [staged-rollout #${world.rollout.number}] x`,
      text: 'Which repository should we use for SL6?\n\nOn Mon, 2 May 2011, Staged Rollout wrote:\n> quoted',
    });
    expect(result.action).toBe('comment');
    const comment = await db.comment.findFirstOrThrow({ where: { rolloutId: world.rollout.id } });
    expect(comment).toMatchObject({ authorId: team.member.id, body: 'Which repository should we use for SL6?' });
  });
});
