// A team's participation in a rollout, with the team's naming parts, for the team-side transitions
// (reply, beta flag, notes, exposure, findings, report), and the page-version guard for it.
import 'server-only';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

export const participationInclude = {
  team: { include: { site: { include: { ngi: true } } } },
  report: { select: { id: true, fileName: true, recommendation: true, submittedAt: true } },
} as const satisfies Prisma.ParticipationInclude;

export type ParticipationContext = Prisma.ParticipationGetPayload<{ include: typeof participationInclude }>;

export async function findParticipation(tx: Tx, rolloutId: string, teamId: string): Promise<ParticipationContext | null> {
  return tx.participation.findUnique({ where: { rolloutId_teamId: { rolloutId, teamId } }, include: participationInclude });
}

export async function loadParticipation(tx: Tx, rolloutId: string, teamId: string, rolloutNumber: number): Promise<ParticipationContext> {
  const participation = await findParticipation(tx, rolloutId, teamId);
  if (!participation) throw new NotFoundError(`That team is not taking part in rollout #${rolloutNumber}.`);
  return participation;
}

export function requireFreshParticipation(participation: { version: number; team: { name: string } }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== participation.version) {
    throw new ConflictError(`${participation.team.name}’s entry changed since you loaded the page. Reload the page to see the change; nothing was saved.`);
  }
}

/** `<NGI>-<Site>` of a team, as written in e-mail replies and report names. */
export function ngiSiteOf(team: { site: { name: string; ngi: { code: string } } }): string {
  return `${team.site.ngi.code}-${team.site.name}`;
}

/** The version-guarded update of a participation; `where` adds a state guard (e.g. still INVITED). */
export async function updateParticipationGuarded(
  tx: Tx,
  participation: { id: string; version: number },
  data: Prisma.ParticipationUpdateManyMutationInput,
  where: Prisma.ParticipationWhereInput = {},
): Promise<void> {
  await updateVersioned(
    tx,
    'participation',
    { id: participation.id, version: participation.version, where },
    data,
    'This team’s entry was changed by someone else at the same moment; reload the page. Nothing was saved.',
  );
}
