// The deadline scanner, run by the worker loop about once a minute: for every open invitation with a
// reply deadline and every exposure period awaiting its report, one reminder to the team before the
// deadline and one escalation to the manager after it, each exactly once (outbox dedupe keys), in the
// team's working calendar. Safe to run on several instances at once: the keys are unique.
import 'server-only';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/errors';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { type DeadlinePlan, dueActions, replyDeadline, reportDeadline } from './deadlines';
import { enqueueMessage } from './enqueue-message';
import { deadlineMessage } from './deadline-messages';
import { escalationRecipients, teamRecipients } from './recipients';

export interface ScanResult {
  reminders: number;
  escalations: number;
}

const participationInclude = {
  team: { select: { id: true, name: true, site: { select: { timeZone: true, ngi: { select: { code: true } } } } } },
  rollout: { select: { id: true, number: true, title: true, owner: { select: { id: true, email: true } } } },
} as const;

export async function scanDeadlines(options: { now?: Date; client?: Db } = {}): Promise<ScanResult> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  const open = { status: { not: 'RESOLVED' as const } };
  const [invited, exposed, holidays] = await Promise.all([
    client.participation.findMany({ where: { status: 'INVITED', replyDueAt: { not: null }, rollout: open }, include: participationInclude }),
    client.participation.findMany({
      where: { status: { in: ['ACCEPTED', 'VOLUNTEERED'] }, exposureEnd: { not: null, lte: now }, report: null, rollout: open },
      include: participationInclude,
    }),
    loadHolidays(client),
  ]);

  type Candidate = { participation: (typeof invited)[number]; plan: DeadlinePlan; timeZone: string };
  const candidates: Candidate[] = [];
  for (const participation of invited) {
    const calendar = calendarFor(participation.team.site.timeZone, participation.team.site.ngi.code, holidays);
    candidates.push({ participation, plan: replyDeadline({ ...participation, replyDueAt: participation.replyDueAt! }, calendar), timeZone: calendar.timeZone });
  }
  for (const participation of exposed) {
    const calendar = calendarFor(participation.team.site.timeZone, participation.team.site.ngi.code, holidays);
    candidates.push({ participation, plan: reportDeadline({ id: participation.id, exposureEnd: participation.exposureEnd! }, calendar), timeZone: calendar.timeZone });
  }
  if (!candidates.length) return { reminders: 0, escalations: 0 };

  const keys = candidates.flatMap((candidate) => [candidate.plan.reminderKey, candidate.plan.escalationKey]);
  const existing = await client.outboxMessage.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } });
  const queued = new Set(existing.map((row) => row.dedupeKey!));

  const result: ScanResult = { reminders: 0, escalations: 0 };
  for (const { participation, plan, timeZone } of candidates) {
    const actions = dueActions(plan, now, queued);
    if (actions.remind) {
      const recipients = await teamRecipients(participation.team.id, client);
      const message = deadlineMessage({ step: 'reminder', plan, participation, timeZone, now });
      if (await enqueueOnce(client, { ...message, recipients, rolloutId: participation.rollout.id, dedupeKey: plan.reminderKey })) result.reminders++;
    }
    if (actions.escalate) {
      const { recipients, userId } = await escalationRecipients(participation.rollout.owner, client);
      const message = deadlineMessage({ step: 'escalation', plan, participation, timeZone, now });
      if (await enqueueOnce(client, { ...message, recipients, userId, rolloutId: participation.rollout.id, dedupeKey: plan.escalationKey })) result.escalations++;
    }
  }
  return result;
}

/** Queues one keyed message; false when there was nobody to send to or another instance won the race. */
async function enqueueOnce(client: Db, message: Parameters<typeof enqueueMessage>[1]): Promise<boolean> {
  if (!message.recipients.length) {
    console.warn(`[notify] ${message.kind}: nobody to send to (${message.dedupeKey})`);
    return false;
  }
  try {
    await enqueueMessage(client, message);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
