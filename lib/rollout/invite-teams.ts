// Steps 4-5: the manager selects EA teams and sends them the (edited) notification. Each team gets a
// Participation INVITED with its reply deadline of 1 working day in its own calendar, and one message
// to its contacts with the exact reply line; all in one transaction with the audit row.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';
import { formatLocal } from '@/lib/notify/deadlines';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { addWorkingDays } from '@/lib/time/working-days';
import { policyKindOf } from '@/lib/readiness/policy';
import { currentPolicy } from '@/lib/readiness/policy-store';
import { loadRolloutContext, requireFreshRollout, requireRolloutEvent, rolloutFacts, updateRolloutGuarded } from './load-rollout';
import { requirePermission } from '@/lib/auth/authorize';
import { inTransaction } from '@/lib/db/transaction';
import { ngiSiteOf } from './load-participation';
import { invitationSubject } from './messages';
import { reportFileName } from './naming';
import { renderInvitation, unknownPlaceholders } from './notification-template';
import type { InviteInput } from './schemas';
import { teamRecipients } from '@/lib/notify/recipients';

export async function inviteTeams(user: CurrentUser, number: number, input: InviteInput): Promise<{ message: string; invited: string[] }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack, names, release } = rolloutFacts(rollout);
    requirePermission(user, 'rollout.selectTeams', { stackId: stack.id }, `Only a Staged Rollout Manager of ${stack.name} or the coordinator selects the teams.`);
    requireFreshRollout(rollout, input.version);
    requireRolloutEvent(rollout, 'invite');
    const unknown = unknownPlaceholders(input.template);
    if (unknown.length) {
      const message = `Unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{{${name}}}`).join(', ')}; use {{team}}, {{ngiSite}}, {{replyDue}} or {{reportFileName}}.`;
      throw new ValidationError(message, { template: [message] });
    }
    const teamIds = [...new Set(input.teamIds)];
    const teams = await tx.team.findMany({ where: { id: { in: teamIds }, retiredAt: null }, include: { site: { include: { ngi: true } } } });
    if (teams.length !== teamIds.length) throw new ValidationError('One of the selected teams does not exist or is retired.', { teamIds: ['Reload the page and select again.'] });
    const existing = await tx.participation.findMany({ where: { rolloutId: rollout.id, teamId: { in: teamIds } }, select: { team: { select: { name: true } } } });
    if (existing.length) {
      const message = `Already on this rollout: ${existing.map((row) => row.team.name).join(', ')}.`;
      throw new ValidationError(message, { teamIds: [message] });
    }
    // The rollout row is the lock: of two managers inviting at once, the second gets a conflict.
    await updateRolloutGuarded(tx, rollout, { notificationTemplate: input.template });
    const holidays = await loadHolidays(tx);
    // The reply window is the readiness policy's (1 working day by the document).
    const { replyWorkingDays } = await currentPolicy(tx, policyKindOf(release));
    const now = new Date();
    const url = appUrl(rolloutPath(rollout));
    const invited: string[] = [];
    for (const team of teams) {
      const calendar = calendarFor(team.site.timeZone, team.site.ngi.code, holidays);
      const replyDueAt = addWorkingDays(now, replyWorkingDays, calendar);
      const participation = await tx.participation.create({
        data: { rolloutId: rollout.id, teamId: team.id, status: 'INVITED', invitedAt: now, replyDueAt },
      });
      const ngiSite = ngiSiteOf(team);
      const text = renderInvitation(
        input.template,
        {
          team: team.name,
          ngiSite,
          replyDue: formatLocal(replyDueAt, calendar.timeZone),
          reportFileName: reportFileName({ ngiCode: team.site.ngi.code, siteName: team.site.name, ...names, ext: 'odt' }),
        },
        url,
      );
      const recipients = await teamRecipients(team.id, tx);
      if (recipients.length === 0) {
        throw new ValidationError(`${team.name} has no contact address and no members to notify; add a contact first.`, { teamIds: [`${team.name} cannot be reached.`] });
      }
      await enqueueMessage(tx, {
        kind: 'team.invited',
        recipients,
        rolloutId: rollout.id,
        dedupeKey: `team.invited:${rollout.id}:${team.id}`,
        subject: invitationSubject({ number: rollout.number, title: rollout.title, url }),
        text,
      });
      await recordAudit(tx, actorOf(user), {
        action: 'rollout.invite',
        entityType: 'Participation',
        entityId: participation.id,
        after: { rollout: rollout.number, team: team.name, status: 'INVITED', replyDueAt, recipients },
      });
      invited.push(team.name);
    }
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.selectTeams',
      entityType: 'Rollout',
      entityId: rollout.id,
      before: { version: rollout.version },
      after: { teams: invited, version: rollout.version + 1, template: input.template },
    });
    return { message: `Invited ${invited.join(', ')}; each team has 1 working day to reply.`, invited };
  });
}
