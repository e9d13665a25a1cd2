// The RT-like history of a rollout: audit events of the ticket, its participations, findings,
// reports and release item, its comments, and every message sent for it, merged oldest first; each
// mail sits under the step that caused it (timeline-grouping.ts). Steps without an audit event
// (imported or seeded history) are told from the ticket's own dates.
import 'server-only';
import { db } from '@/lib/db/client';
import type { RolloutDetail } from './get-rollout-detail';
import { derivedEntries, stepKey } from './timeline-derived';
import { groupMessages, type MessageBatch, type TimelineMessage } from './timeline-grouping';
import { describeEvent, type EventText } from './timeline-text';

export type { TimelineMessage };
type Step =
  | ({ kind: 'event'; id: string; at: Date; actor: string; action: string; messages: TimelineMessage[] } & EventText)
  | { kind: 'comment'; id: string; at: Date; actor: string; body: string; messages: TimelineMessage[] };
export type TimelineEntry = Step | MessageBatch;

export async function getRolloutTimeline(rollout: RolloutDetail, timeZone = 'UTC'): Promise<TimelineEntry[]> {
  const scope = {
    rolloutId: rollout.id,
    releaseItemId: rollout.releaseItemId,
    participationIds: rollout.participations.map((p) => p.id),
    reportIds: rollout.participations.flatMap((p) => (p.report ? [p.report.id] : [])),
    findingIds: rollout.findings.map((f) => f.id),
  };
  const entities = [
    { entityType: 'Rollout', entityId: scope.rolloutId },
    { entityType: 'ReleaseItem', entityId: scope.releaseItemId },
    ...scope.participationIds.map((entityId) => ({ entityType: 'Participation', entityId })),
    ...scope.reportIds.map((entityId) => ({ entityType: 'Report', entityId })),
    ...scope.findingIds.map((entityId) => ({ entityType: 'Finding', entityId })),
  ];
  const [events, comments, messages] = await Promise.all([
    db.auditEvent.findMany({ where: { OR: entities }, orderBy: { at: 'asc' }, take: 500, select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true, after: true } }),
    db.comment.findMany({ where: { rolloutId: scope.rolloutId }, orderBy: { createdAt: 'asc' }, include: { author: { select: { name: true } } } }),
    db.outboxMessage.findMany({
      where: { rolloutId: scope.rolloutId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, createdAt: true, kind: true, subject: true, recipients: true, status: true },
    }),
  ]);
  const steps: Step[] = [];
  // Seeded history records a team's steps on its participation without the team or the report's id.
  const participationOf = new Map(rollout.participations.map((p) => [p.id, p]));
  const known = (event: (typeof events)[number]) => {
    const participation = event.entityType === 'Participation' ? participationOf.get(event.entityId) : undefined;
    const after = participation && event.after && typeof event.after === 'object' ? { team: participation.team.name, ...(event.after as object) } : event.after;
    return { ...event, after, reportId: participation?.report?.id };
  };
  const audited = events.map(known);
  const present = new Set(audited.map((event) => stepKey(event.action, event.entityType, event.entityId, event.after, event.reportId)));
  for (const derived of derivedEntries(rollout, present)) {
    const { key, ...text } = derived;
    steps.push({ kind: 'event', id: `derived-${key}`, actor: 'from the ticket record', action: key, messages: [], ...text });
  }
  for (const event of audited) {
    // Only the ticket's own step of the release item belongs here; verification lives on the release page.
    if (event.action.startsWith('releaseItem.') && event.action !== 'releaseItem.outcome') continue;
    const text = describeEvent(event.action, event.after, timeZone);
    if (text) steps.push({ kind: 'event', id: event.id, at: event.at, actor: event.actorLabel, action: event.action, messages: [], ...text });
  }
  for (const comment of comments) steps.push({ kind: 'comment', id: comment.id, at: comment.createdAt, actor: comment.author?.name ?? 'e-mail', body: comment.body, messages: [] });
  const mails = messages.map((message) => ({ id: message.id, at: message.createdAt, messageKind: message.kind, subject: message.subject, recipients: message.recipients, status: message.status }));
  return groupMessages(steps, mails);
}
