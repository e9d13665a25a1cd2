// The RT-like history of a rollout: audit events of the ticket, its participations, findings,
// reports and release item, its comments, and every message sent for it, merged oldest first. Steps
// without an audit event (imported or seeded history) are told from the ticket's own dates.
import 'server-only';
import { db } from '@/lib/db/client';
import type { RolloutDetail } from './get-rollout-detail';
import { derivedEntries, stepKey } from './timeline-derived';
import { describeEvent, type EventText } from './timeline-text';

export type TimelineEntry =
  | ({ kind: 'event'; id: string; at: Date; actor: string; action: string } & EventText)
  | { kind: 'comment'; id: string; at: Date; actor: string; body: string }
  | { kind: 'message'; id: string; at: Date; messageKind: string; subject: string; recipients: string[]; status: string };

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
  const entries: TimelineEntry[] = [];
  const present = new Set(events.map((event) => stepKey(event.action, event.entityType, event.entityId)));
  for (const derived of derivedEntries(rollout, present)) {
    const { key, ...text } = derived;
    entries.push({ kind: 'event', id: `derived-${key}`, actor: 'from the ticket record', action: key, ...text });
  }
  for (const event of events) {
    // Only the ticket's own step of the release item belongs here; verification lives on the release page.
    if (event.action.startsWith('releaseItem.') && event.action !== 'releaseItem.outcome') continue;
    const text = describeEvent(event.action, event.after, timeZone);
    if (text) entries.push({ kind: 'event', id: event.id, at: event.at, actor: event.actorLabel, action: event.action, ...text });
  }
  for (const comment of comments) entries.push({ kind: 'comment', id: comment.id, at: comment.createdAt, actor: comment.author?.name ?? 'e-mail', body: comment.body });
  for (const message of messages) {
    entries.push({ kind: 'message', id: message.id, at: message.createdAt, messageKind: message.kind, subject: message.subject, recipients: message.recipients, status: message.status });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'message' ? 1 : 0) - (b.kind === 'message' ? 1 : 0));
}
