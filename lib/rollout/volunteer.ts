// After a call for volunteers, any EA team member may put their team forward from the ticket
// (Participation VOLUNTEERED; a team that declined may change its mind), and a taking-part team may
// withdraw (with a reason, which the manager is mailed). Both go through the participation machine, audited, the manager told.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { findParticipation, loadParticipation, requireFreshParticipation, updateParticipationGuarded } from './load-participation';
import { loadRolloutContext, requireRolloutEvent } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { teamRepliedMessage, teamWithdrewMessage } from './messages';
import { assertParticipationEvent } from './participation-machine';

export async function volunteerTeam(user: CurrentUser, number: number, input: { teamId: string }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    requirePermission(user, 'rollout.reply', { teamId: input.teamId }, 'You can volunteer only for a team you belong to.');
    requireRolloutEvent(rollout, 'volunteer');
    if (!rollout.volunteersCalledAt) throw new ConflictError('The manager has not called for volunteers on this rollout.');
    const team = await tx.team.findFirst({ where: { id: input.teamId, retiredAt: null }, select: { id: true, name: true } });
    if (!team) throw new NotFoundError('That team does not exist or is retired.');
    const existing = await findParticipation(tx, rollout.id, team.id);
    const status = assertParticipationEvent(team.name, existing?.status ?? 'NONE', 'volunteer');
    const now = new Date();
    let participationId: string;
    if (existing) {
      await updateParticipationGuarded(tx, existing, { status, repliedAt: now, replyChannel: 'volunteer' }, { status: existing.status });
      participationId = existing.id;
    } else {
      // A concurrent volunteer for the same team hits the unique (rollout, team) key and is rolled back.
      const created = await tx.participation.create({
        data: { rolloutId: rollout.id, teamId: team.id, status, invitedAt: now, repliedAt: now, replyChannel: 'volunteer' },
      });
      participationId = created.id;
    }
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.volunteer',
      entityType: 'Participation',
      entityId: participationId,
      before: existing ? { status: existing.status, version: existing.version } : undefined,
      after: { rollout: rollout.number, team: team.name, status, repliedAt: now },
    });
    if (rollout.owner) {
      await enqueueMessage(tx, {
        kind: 'rollout.teamReplied',
        recipients: [rollout.owner.email],
        userId: rollout.owner.id,
        rolloutId: rollout.id,
        dedupeKey: `rollout.teamReplied:${participationId}:VOLUNTEERED`,
        ...teamRepliedMessage({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) }, team.name, 'volunteer', 'in the app'),
      });
    }
    return { message: `${team.name} volunteered; thank you. Install, test and report from this page.` };
  });
}

export async function withdrawTeam(user: CurrentUser, number: number, input: { teamId: string; reason: string; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    requirePermission(user, 'rollout.reply', { teamId: input.teamId }, 'Only a member of the team can withdraw it.');
    const participation = await loadParticipation(tx, rollout.id, input.teamId, rollout.number);
    requireFreshParticipation(participation, input.version);
    requireRolloutEvent(rollout, 'participate');
    const status = assertParticipationEvent(participation.team.name, participation.status, 'withdraw');
    if (participation.report) throw new ConflictError(`${participation.team.name} has already sent its report; it cannot withdraw now.`);
    await updateParticipationGuarded(tx, participation, { status });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.withdraw',
      entityType: 'Participation',
      entityId: participation.id,
      before: { status: participation.status, version: participation.version },
      after: { rollout: rollout.number, team: participation.team.name, status, reason: input.reason, version: participation.version + 1 },
    });
    if (rollout.owner) {
      await enqueueMessage(tx, {
        kind: 'rollout.teamWithdrew',
        recipients: [rollout.owner.email],
        userId: rollout.owner.id,
        rolloutId: rollout.id,
        dedupeKey: `rollout.teamWithdrew:${participation.id}:${participation.version}`,
        ...teamWithdrewMessage({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) }, participation.team.name, user.name || user.email, input.reason),
      });
    }
    return { message: `${participation.team.name} withdrew from the rollout.` };
  });
}
