// A team's deadlines as calendar events: reply due dates, exposure periods and report due dates of
// its rollouts (open ones, and those resolved in the last 90 days so recent history stays visible).
import 'server-only';
import { db } from '@/lib/db/client';
import { underVisibleRollout } from '@/lib/embargo/visibility';
import { appUrl } from '@/lib/notify/enqueue-message';
import { reportDueAt } from '@/lib/notify/deadlines';
import { rolloutPath } from '@/lib/notify/links';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import type { Calendar, CalendarEvent } from './ical';

const MINUTES_30 = 30 * 60_000;

/** null when there is no such team. */
export async function teamDeadlineCalendar(teamName: string, now = new Date()): Promise<Calendar | null> {
  const team = await db.team.findUnique({
    where: { name: teamName },
    select: { id: true, name: true, site: { select: { timeZone: true, ngi: { select: { code: true } } } } },
  });
  if (!team) return null;
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const [participations, holidays] = await Promise.all([
    db.participation.findMany({
      where: { teamId: team.id, ...underVisibleRollout(null), OR: [{ rollout: { status: { not: 'RESOLVED' } } }, { rollout: { resolvedAt: { gte: since } } }] },
      include: { rollout: { select: { number: true, title: true } }, report: { select: { id: true } } },
      orderBy: { invitedAt: 'asc' },
    }),
    loadHolidays(),
  ]);
  const calendar = calendarFor(team.site.timeZone, team.site.ngi.code, holidays);
  const host = new URL(appUrl('/')).hostname;
  const events: CalendarEvent[] = [];
  for (const participation of participations) {
    const url = appUrl(rolloutPath(participation.rollout));
    const title = participation.rollout.title;
    // An invitation closed by the rollout's resolution asks nothing of the team any more: no entry.
    if (participation.replyDueAt && participation.status !== 'CLOSED') {
      const answered = participation.status !== 'INVITED';
      events.push({
        uid: `reply-${participation.id}@${host}`,
        start: participation.replyDueAt,
        end: new Date(participation.replyDueAt.getTime() + MINUTES_30),
        summary: `Reply due${answered ? ` (answered: ${participation.status.toLowerCase()})` : ''}: ${title}`,
        description: `Accept or reject the invitation of ${team.name} for ${title}.\n${url}`,
        url,
        categories: ['reply'],
      });
    }
    if (participation.exposureStart && participation.exposureEnd) {
      events.push({
        uid: `exposure-${participation.id}@${host}`,
        start: participation.exposureStart,
        end: participation.exposureEnd,
        summary: `Exposure period: ${title}`,
        description: `The new version is exposed to production users at ${team.name}.\n${url}`,
        url,
        categories: ['exposure'],
      });
    }
    if (participation.exposureEnd && (participation.status === 'ACCEPTED' || participation.status === 'VOLUNTEERED')) {
      const due = reportDueAt(participation.exposureEnd, calendar);
      events.push({
        uid: `report-${participation.id}@${host}`,
        start: due,
        end: new Date(due.getTime() + MINUTES_30),
        summary: `Report due${participation.report ? ' (sent)' : ''}: ${title}`,
        description: `Upload the staged-rollout report of ${team.name}.\n${url}`,
        url,
        categories: ['report'],
      });
    }
  }
  return { name: `${team.name} staged-rollout deadlines`, description: `Deadlines of ${team.name} (${calendar.timeZone})`, events, stamp: now };
}
