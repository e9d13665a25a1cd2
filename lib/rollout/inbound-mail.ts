// An e-mail reply to an invitation (step 6 "RT or mail"): `accept|reject <NGI>-<Site>` from a member
// or contact of that team, about the rollout named by the subject tag or the thread headers. Anyone
// else is refused and the attempt is logged; a reply without a command from a user who may comment
// becomes a comment on the ticket (the outgoing footer invites exactly that). The sender is answered
// through the outbox (mail/inbound-answer.ts); autoresponder mail is dropped unanswered.
import 'server-only';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record-audit';
import { loadPrincipal } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { ForbiddenError, isAppError, NotFoundError, ValidationError } from '@/lib/errors';
import { addComment } from './add-comment';
import { applyReply } from './apply-reply';
import { acknowledgeReply, answerRefusal } from './mail/inbound-answer';
import { findReplyCommand, referencedMessageIds, rolloutNumberFromSubject, senderAddress, threadReferences } from './mail/parse-reply';
import { loadParticipation } from './load-participation';
import { loadRolloutContext, requireRolloutEvent } from './load-rollout';
import { inTransaction } from '@/lib/db/transaction';
import { isTeamAddress } from './recipients';
import { equalsIgnoringCase } from '@/lib/db/like';

export interface InboundMail {
  from: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references?: string;
  messageId?: string;
  /** RFC 3834 machine mail (out-of-office, bounces): never applied, never answered. */
  autoSubmitted?: boolean;
}

export interface InboundResult {
  action: 'accept' | 'decline' | 'comment' | 'ignored';
  rollout: number | null;
  team?: string;
  changed: boolean;
  message: string;
}

/** The rollout a reply is about: the subject tag first, then our Message-IDs in its thread headers. */
export async function findReplyRollout(mail: InboundMail): Promise<number | null> {
  const tagged = rolloutNumberFromSubject(mail.subject);
  if (tagged) return tagged;
  const { outboxIds, rolloutIds } = threadReferences(referencedMessageIds(mail.inReplyTo ?? '', mail.references ?? ''));
  for (const id of outboxIds) {
    const message = await db.outboxMessage.findUnique({ where: { id }, select: { rolloutId: true } });
    const rollout = message?.rolloutId ? await db.rollout.findUnique({ where: { id: message.rolloutId }, select: { number: true } }) : null;
    if (rollout) return rollout.number;
  }
  for (const id of rolloutIds) {
    const rollout = await db.rollout.findUnique({ where: { id }, select: { number: true } });
    if (rollout) return rollout.number;
  }
  return null;
}

/** The sender's own text, without the quoted original, for a comment. */
function ownText(text: string): string {
  const lines: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^-- ?$/.test(line) || /^-{2,}\s*original message/i.test(line) || /^on\s.+wrote:\s*$/i.test(line.trim())) break;
    if (!line.trimStart().startsWith('>')) lines.push(line);
  }
  return lines.join('\n').trim();
}

export async function handleInboundMail(mail: InboundMail): Promise<InboundResult> {
  if (mail.autoSubmitted) {
    return { action: 'ignored', rollout: rolloutNumberFromSubject(mail.subject), changed: false, message: 'Automatic mail (Auto-Submitted or Precedence: bulk) is not applied or answered.' };
  }
  try {
    return await applyInboundMail(mail);
  } catch (error) {
    // A refusal (4xx) is answered by mail as well as by the status the mail gateway turns into a bounce.
    const sender = senderAddress(mail.from);
    if (sender && isAppError(error) && error.status < 500 && error.status !== 429) {
      const number = await findReplyRollout(mail);
      const rollout = number ? await db.rollout.findUnique({ where: { number }, select: { id: true, number: true } }) : null;
      await answerRefusal(mail, sender, rollout, error.message);
    }
    throw error;
  }
}

async function applyInboundMail(mail: InboundMail): Promise<InboundResult> {
  const sender = senderAddress(mail.from);
  if (!sender) throw new ValidationError('The message has no sender address (From).');
  const number = await findReplyRollout(mail);
  if (!number) throw new NotFoundError('Cannot tell which rollout this reply is about: keep the [staged-rollout #N] tag in the subject.');
  const command = findReplyCommand(mail.text);
  if (!command) return commentByMail(sender, number, mail);

  const team = await db.team.findFirst({ where: { name: equalsIgnoringCase(command.teamName) }, select: { id: true, name: true } });
  if (!team) throw new NotFoundError(`There is no Early Adopter team ${command.teamName}; write the reply as "${command.answer} <NGI>-<Site>".`);
  const { member, contact } = await isTeamAddress(db, team.id, sender);
  if (!member && !contact) {
    const reason = `${sender} is neither a member nor a contact of ${team.name}; the reply "${command.line}" was refused.`;
    console.warn(`[inbound-mail] refused: ${reason}`);
    const rollout = await db.rollout.findUnique({ where: { number }, select: { id: true } });
    if (rollout) {
      await recordAudit(db, SYSTEM_ACTOR, { action: 'rollout.replyRefused', entityType: 'Rollout', entityId: rollout.id, after: { from: sender, team: team.name, line: command.line, messageId: mail.messageId ?? null } });
    }
    throw new ForbiddenError(reason);
  }
  const actor: Actor = member ? { id: member.id, label: `${member.email} (e-mail)` } : { id: null, label: `${sender} (e-mail, team contact)` };
  const answer = command.answer === 'accept' ? 'accept' : 'decline';
  const outcome = await inTransaction(async (tx) => {
    // The replying team's view: an embargoed rollout is found only if that team was invited to it.
    const viewer = { id: actor.id ?? '', roles: ['teamMember' as const], teamIds: [team.id], managedStackIds: [] };
    const rollout = await loadRolloutContext(tx, number, viewer);
    const participation = await loadParticipation(tx, rollout.id, team.id, rollout.number);
    requireRolloutEvent(rollout, 'reply');
    const applied = await applyReply(tx, rollout, participation, answer, 'email', actor, { line: command.line, messageId: mail.messageId ?? null });
    await acknowledgeReply(tx, mail, sender, rollout, `"${command.line}": ${applied.message}`);
    return applied;
  });
  return { action: answer, rollout: number, team: team.name, changed: outcome.changed, message: outcome.message };
}

async function commentByMail(sender: string, number: number, mail: InboundMail): Promise<InboundResult> {
  const body = ownText(mail.text);
  const user = await db.user.findFirst({ where: { email: equalsIgnoringCase(sender) }, select: { id: true } });
  const principal = user ? await loadPrincipal(user.id) : null;
  if (!principal) throw new ValidationError('No "accept <NGI>-<Site>" or "reject <NGI>-<Site>" line found in the reply, and the sender has no account to comment with.');
  if (!body) throw new ValidationError('The reply is empty: write "accept <NGI>-<Site>" or "reject <NGI>-<Site>" on its own line.');
  const result = await addComment({ ...principal, tokenPrefix: undefined }, number, { body: body.slice(0, 20_000) });
  const rollout = await db.rollout.findUniqueOrThrow({ where: { number }, select: { id: true, number: true } });
  await acknowledgeReply(db, mail, sender, rollout, `${result.message} Your text was added to the ticket as a comment.`);
  return { action: 'comment', rollout: number, changed: true, message: result.message };
}
