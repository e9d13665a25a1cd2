// Maps an audit event to what it is about: its rollout, stack, component and teams, so that the
// followers of any of them hear about it. Works from the entity's id and, for deleted rows, from the
// ids recorded in the event's before/after snapshot.
import 'server-only';
import type { Tx } from '@/lib/db/transaction';
import { releasePath, rolloutPath, teamPath } from './links';

/** Entity types whose changes subscribers hear about (not accounts, tokens, settings or mail). */
export const FOLLOWED_ENTITY_TYPES = new Set([
  'Rollout',
  'Release',
  'ReleaseItem',
  'Participation',
  'Team',
  'Finding',
  'Comment',
  'Report',
  'Document',
  'Commitment',
  'Component',
  'Stack',
]);

export interface EventScope {
  rollout?: { id: string; number: number; title: string };
  stackId?: string;
  componentId?: string;
  teamIds: string[];
  /** What the event is about, for the message: "Staged Rollout … (#12)", "ea-IT-INFN", … */
  label: string;
  path: string;
  /** The words of a comment or finding, quoted in the message. */
  excerpt?: string;
}

interface Hints {
  rolloutId?: string;
  releaseId?: string;
  releaseItemId?: string;
  participationId?: string;
  teamId?: string;
  componentId?: string;
  stackId?: string;
}

const ID_FIELDS: (keyof Hints)[] = ['rolloutId', 'releaseId', 'releaseItemId', 'participationId', 'teamId', 'componentId', 'stackId'];
const OWN_ID: Record<string, keyof Hints> = {
  Rollout: 'rolloutId',
  Release: 'releaseId',
  ReleaseItem: 'releaseItemId',
  Participation: 'participationId',
  Team: 'teamId',
  Component: 'componentId',
  Stack: 'stackId',
};

function hintsOf(event: { entityType: string; entityId: string; before: unknown; after: unknown }): Hints {
  const hints: Hints = {};
  for (const snapshot of [event.before, event.after]) {
    if (!snapshot || typeof snapshot !== 'object') continue;
    for (const field of ID_FIELDS) {
      const value = (snapshot as Record<string, unknown>)[field];
      if (typeof value === 'string' && value) hints[field] ??= value;
    }
  }
  const own = OWN_ID[event.entityType];
  if (own) hints[own] = event.entityId;
  return hints;
}

export async function resolveEventScope(
  client: Tx,
  event: { entityType: string; entityId: string; before: unknown; after: unknown },
): Promise<EventScope | null> {
  if (!FOLLOWED_ENTITY_TYPES.has(event.entityType)) return null;
  const hints = hintsOf(event);
  // Rows that only point at their parent: look the parent up when the snapshot did not name it.
  let excerpt: string | undefined;
  if (event.entityType === 'Comment') {
    const row = await client.comment.findUnique({ where: { id: event.entityId }, select: { rolloutId: true, body: true } });
    if (row) [hints.rolloutId, excerpt] = [row.rolloutId, row.body];
  } else if (event.entityType === 'Finding') {
    const row = await client.finding.findUnique({ where: { id: event.entityId }, select: { rolloutId: true, teamId: true, title: true, body: true } });
    if (row) {
      hints.rolloutId = row.rolloutId;
      hints.teamId ??= row.teamId ?? undefined;
      excerpt = [row.title, row.body].filter(Boolean).join('\n');
    }
  } else if (event.entityType === 'Document' && !hints.rolloutId) {
    const row = await client.document.findUnique({ where: { id: event.entityId }, select: { rolloutId: true } });
    if (row) hints.rolloutId = row.rolloutId;
  }
  if (event.entityType === 'Report' && !hints.participationId) {
    const row = await client.report.findUnique({ where: { id: event.entityId }, select: { participationId: true } });
    if (row) hints.participationId = row.participationId;
  }
  if (event.entityType === 'Commitment' && (!hints.teamId || !hints.componentId)) {
    const row = await client.commitment.findUnique({ where: { id: event.entityId }, select: { teamId: true, componentId: true } });
    if (row) Object.assign(hints, row);
  }
  const teamIds = new Set<string>();
  if (hints.teamId) teamIds.add(hints.teamId);
  if (hints.participationId) {
    const row = await client.participation.findUnique({ where: { id: hints.participationId }, select: { rolloutId: true, teamId: true } });
    if (row) {
      hints.rolloutId ??= row.rolloutId;
      teamIds.add(row.teamId);
    }
  }
  if (hints.releaseItemId && !hints.rolloutId) {
    const row = await client.releaseItem.findUnique({ where: { id: hints.releaseItemId }, select: { releaseId: true, rollout: { select: { id: true } } } });
    if (row) {
      hints.releaseId ??= row.releaseId;
      if (row.rollout) hints.rolloutId = row.rollout.id;
    }
  }
  const scope: EventScope = { teamIds: [...teamIds], label: event.entityType, path: '/', excerpt: excerpt && excerpt.length > 600 ? `${excerpt.slice(0, 600)}…` : excerpt };
  if (hints.rolloutId) {
    const rollout = await client.rollout.findUnique({
      where: { id: hints.rolloutId },
      select: { id: true, number: true, title: true, releaseItem: { select: { release: { select: { stackId: true, componentId: true } } } } },
    });
    if (rollout) {
      scope.rollout = { id: rollout.id, number: rollout.number, title: rollout.title };
      scope.stackId = rollout.releaseItem.release.stackId;
      scope.componentId = rollout.releaseItem.release.componentId;
      scope.label = `${rollout.title} (#${rollout.number})`;
      scope.path = rolloutPath(rollout);
      return scope;
    }
  }
  if (hints.releaseId) {
    const release = await client.release.findUnique({
      where: { id: hints.releaseId },
      select: { number: true, stackId: true, componentId: true, productVersion: true, umdMajor: true, component: { select: { name: true } } },
    });
    if (release) {
      Object.assign(scope, { stackId: release.stackId, componentId: release.componentId });
      scope.label = `Release ${release.umdMajor} ${release.component.name} ${release.productVersion} (#${release.number})`;
      scope.path = releasePath(release);
      return scope;
    }
  }
  if (hints.componentId) {
    const component = await client.component.findUnique({ where: { id: hints.componentId }, select: { id: true, name: true, stackId: true } });
    if (component) Object.assign(scope, { componentId: component.id, stackId: component.stackId, label: component.name, path: '/coverage' });
  }
  if (hints.stackId && !scope.stackId) {
    const stack = await client.stack.findUnique({ where: { id: hints.stackId }, select: { id: true, name: true } });
    if (stack) Object.assign(scope, { stackId: stack.id, label: stack.name, path: '/coverage' });
  }
  if (scope.teamIds.length && !scope.componentId) {
    const team = await client.team.findUnique({ where: { id: scope.teamIds[0]! }, select: { name: true } });
    if (team) Object.assign(scope, { label: team.name, path: teamPath(team) });
  }
  return scope.stackId || scope.componentId || scope.teamIds.length ? scope : null;
}
