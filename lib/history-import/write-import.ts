// Writes checked, resolved import records inside the caller's transaction: each row is found by its
// natural key (release: component + UMD major + version; item: release + platform; rollout and
// document: item; participation: rollout + team; report: participation), created when missing,
// updated when a given field differs (version-guarded), left alone otherwise. So a second import of
// the same file finds everything unchanged and writes nothing.
import type { Tx } from '@/lib/db/transaction';
import { ConflictError } from '@/lib/errors';
import { reportFileName, rolloutTitle, summaryFileName } from '@/lib/rollout/naming';
import { changedFields, type Fields, withNulls } from './field-diff';
import { importedReportFile } from './imported-report-file';
import { componentRef, type References } from './resolve-references';
import type { ImportCounts, ImportEntity, ImportParticipation, ImportRelease, ImportRollout } from './types';

type ItemState = 'STAGED_ROLLOUT' | 'SKIPPED_ROLLOUT' | 'PRODUCTION' | 'ROLLOUT_REJECTED';

interface Ctx {
  tx: Tx;
  refs: References;
  counts: ImportCounts;
}

/** Counts the outcome and, for versioned rows, applies the update only to the version that was read. */
async function settle(
  ctx: Ctx,
  entity: ImportEntity,
  existing: (Fields & { id: string; version?: number }) | null,
  desired: Fields,
  create: () => Promise<{ id: string }>,
  update: (id: string, data: Fields, version: number | undefined) => Promise<number>,
): Promise<string> {
  if (!existing) {
    const row = await create();
    ctx.counts.created[entity] += 1;
    return row.id;
  }
  const diff = changedFields(existing, desired);
  if (Object.keys(diff).length === 0) {
    ctx.counts.unchanged[entity] += 1;
    return existing.id;
  }
  if ((await update(existing.id, diff, existing.version)) === 0) throw new ConflictError(`A ${entity} changed while importing; nothing was imported. Try again.`);
  ctx.counts.updated[entity] += 1;
  return existing.id;
}

const versioned = (version: number | undefined) => (version === undefined ? {} : { version });

async function writeParticipation(ctx: Ctx, release: ImportRelease, rollout: ImportRollout, rolloutId: string, p: ImportParticipation) {
  const { tx, refs } = ctx;
  const team = refs.teams.get(p.team)!;
  const desired = { status: p.status, invitedAt: p.invitedAt, repliedAt: p.repliedAt, exposureStart: p.exposureStart, exposureEnd: p.exposureEnd };
  const existing = await tx.participation.findUnique({ where: { rolloutId_teamId: { rolloutId, teamId: team.id } }, select: { id: true, version: true, ...selectOf(desired) } });
  const participationId = await settle(
    ctx,
    'participation',
    existing,
    desired,
    () => tx.participation.create({ data: { rolloutId, teamId: team.id, ...withNulls(desired) }, select: { id: true } }),
    async (id, data, version) => (await tx.participation.updateMany({ where: { id, ...versioned(version) }, data: { ...data, version: { increment: 1 } } })).count,
  );
  const { reportSubmittedAt, recommendation } = p;
  if (!reportSubmittedAt || !recommendation) return;
  const report = { submittedAt: reportSubmittedAt, recommendation, releaseNotesCorrect: p.releaseNotesCorrect, testsPerformed: p.testsPerformed };
  const existingReport = await tx.report.findUnique({ where: { participationId }, select: { id: true, ...selectOf(report) } });
  const stackName = refs.stacks.get(release.stack)!.name;
  await settle(
    ctx,
    'report',
    existingReport,
    report,
    () =>
      tx.report.create({
        data: {
          participationId,
          fileName: reportFileName({ ngiCode: team.ngiCode, siteName: team.siteName, stack: stackName, component: release.component, version: release.version, ext: 'txt' }),
          ...importedReportFile({ team: p.team, title: rolloutTitleOf(release, rollout), recommendation, submittedAt: reportSubmittedAt }),
          releaseNotesCorrect: p.releaseNotesCorrect ?? true,
          testsPerformed: p.testsPerformed ?? 'Not recorded (imported history).',
          recommendation,
          submittedAt: reportSubmittedAt,
        },
        select: { id: true },
      }),
    async (id, data) => (await tx.report.updateMany({ where: { id }, data })).count,
  );
}

function rolloutTitleOf(release: ImportRelease, rollout: ImportRollout): string {
  const [os, arch] = rollout.platform.split(' ');
  return rolloutTitle({ umdMajor: release.umdMajor, component: release.component, version: release.version, os, arch });
}

function selectOf(fields: Fields): Record<string, true> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, true]));
}

async function writeItem(ctx: Ctx, releaseId: string, platform: string, state: ItemState, stateChangedAt: Date): Promise<string> {
  const { tx } = ctx;
  const platformId = ctx.refs.platforms.get(platform)!.id;
  const desired = { state, stateChangedAt };
  const existing = await tx.releaseItem.findUnique({ where: { releaseId_platformId: { releaseId, platformId } }, select: { id: true, version: true, state: true, stateChangedAt: true } });
  return settle(
    ctx,
    'releaseItem',
    existing,
    desired,
    () => tx.releaseItem.create({ data: { releaseId, platformId, ...desired }, select: { id: true } }),
    async (id, data, version) => (await tx.releaseItem.updateMany({ where: { id, ...versioned(version) }, data: { ...data, version: { increment: 1 } } })).count,
  );
}

async function writeRollout(ctx: Ctx, release: ImportRelease, releaseId: string, rollout: ImportRollout): Promise<void> {
  const { tx, refs } = ctx;
  const state: ItemState = rollout.outcome === 'ACCEPT' ? 'PRODUCTION' : rollout.outcome === 'REJECT' ? 'ROLLOUT_REJECTED' : 'STAGED_ROLLOUT';
  const itemId = await writeItem(ctx, releaseId, rollout.platform, state, rollout.resolvedAt ?? rollout.createdAt);
  const ownerId = rollout.manager ? refs.users.get(rollout.manager)!.id : undefined;
  const desired = {
    title: rolloutTitleOf(release, rollout),
    status: rollout.outcome ? ('RESOLVED' as const) : ('OPEN' as const),
    outcome: rollout.outcome,
    createdAt: rollout.createdAt,
    resolvedAt: rollout.resolvedAt,
    ownerId,
  };
  const existing = await tx.rollout.findUnique({ where: { releaseItemId: itemId }, select: { id: true, version: true, ...selectOf(desired) } });
  const rolloutId = await settle(
    ctx,
    'rollout',
    existing,
    desired,
    () => tx.rollout.create({ data: { releaseItemId: itemId, ...withNulls(desired), assignedAt: ownerId ? rollout.createdAt : null }, select: { id: true } }),
    async (id, data, version) => (await tx.rollout.updateMany({ where: { id, ...versioned(version) }, data: { ...data, version: { increment: 1 } } })).count,
  );
  if (rollout.document) {
    const stack = refs.stacks.get(release.stack)!.name;
    const desiredDoc = { description: rollout.document };
    const existingDoc = await tx.document.findUnique({ where: { rolloutId }, select: { id: true, description: true } });
    await settle(
      ctx,
      'document',
      existingDoc,
      desiredDoc,
      () =>
        tx.document.create({
          data: {
            rolloutId,
            description: rollout.document!,
            summaryFileName: summaryFileName({ stack, component: release.component, version: release.version, ext: 'txt' }),
            summary: 'Imported from the staged rollout history; the summary file was not imported.',
            createdAt: rollout.resolvedAt ?? rollout.createdAt,
          },
          select: { id: true },
        }),
      async (id, data) => (await tx.document.updateMany({ where: { id }, data })).count,
    );
  }
  for (const participation of rollout.participations) await writeParticipation(ctx, release, rollout, rolloutId, participation);
}

export async function writeRelease(ctx: Ctx, release: ImportRelease): Promise<void> {
  const { tx, refs } = ctx;
  const stackId = refs.stacks.get(release.stack)!.id;
  const componentId = refs.components.get(componentRef(release.stack, release.component))!.id;
  const desired = { type: release.type, submittedAt: release.submittedAt, productionAt: release.productionAt, skipJustification: release.skipJustification };
  const existing = await tx.release.findFirst({
    where: { componentId, umdMajor: release.umdMajor, productVersion: release.version },
    orderBy: { number: 'asc' },
    select: { id: true, version: true, ...selectOf(desired) },
  });
  const releaseId = await settle(
    ctx,
    'release',
    existing,
    desired,
    () => tx.release.create({ data: { stackId, componentId, umdMajor: release.umdMajor, productVersion: release.version, ...withNulls(desired), type: release.type, submittedAt: release.submittedAt }, select: { id: true } }),
    async (id, data, version) => (await tx.release.updateMany({ where: { id, ...versioned(version) }, data: { ...data, version: { increment: 1 } } })).count,
  );
  const rolloutPlatforms = new Set(release.rollouts.map((rollout) => rollout.platform));
  for (const platform of release.platforms) {
    if (rolloutPlatforms.has(platform)) continue;
    await writeItem(ctx, releaseId, platform, release.skipJustification ? 'SKIPPED_ROLLOUT' : 'PRODUCTION', release.productionAt!);
  }
  for (const rollout of release.rollouts) await writeRollout(ctx, release, releaseId, rollout);
}
