// Entering StagedRollOut (workflow steps 1-2.1), inside the caller's transaction: the packages move to
// the stack's staged-rollout repository (recorded as an event), the `staged-rollout` ticket is created
// (owner Nobody, status New, titled by the naming convention) and the coordinators are notified.
import { COORDINATORS_GROUP } from '@/lib/auth/group-names';
import type { Actor } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutTitle } from '@/lib/rollout/naming';
import { supersedeOlderRollout } from '@/lib/supersession/supersede-rollout';
import { releasePath, releaseRef } from './release-format';
import { releaseRepositoryUrl } from './repository-url';

export interface StagedItem {
  id: string;
  packages: string;
  verificationReportUrl: string;
  platform: { os: string; arch: string };
  release: {
    number: number;
    umdMajor: string;
    productVersion: string;
    type: string;
    security: boolean;
    documentationUrl: string;
    component: { name: string };
    stack: { name: string; repoUrl: string };
  };
}

export async function startStagedRollout(tx: Tx, item: StagedItem, actor: Actor): Promise<{ rolloutId: string; number: number; title: string }> {
  const { release } = item;
  const repositoryUrl = releaseRepositoryUrl(release.stack.repoUrl, release.umdMajor, 'testing') || null;
  await recordAudit(tx, actor, {
    action: 'releaseItem.packagesMoved',
    entityType: 'ReleaseItem',
    entityId: item.id,
    after: { repository: 'staged-rollout', repositoryUrl, packages: item.packages.split('\n').filter(Boolean) },
  });

  const title = rolloutTitle({
    umdMajor: release.umdMajor,
    component: release.component.name,
    version: release.productVersion,
    os: item.platform.os,
    arch: item.platform.arch,
  });
  const rollout = await tx.rollout.create({ data: { releaseItemId: item.id, title, status: 'NEW', ownerId: null } });
  const links = {
    releaseNotes: appUrl(releasePath(release.number)),
    documentation: release.documentationUrl || null,
    verificationReport: item.verificationReportUrl,
    stagedRolloutRepository: repositoryUrl,
  };
  await recordAudit(tx, actor, {
    action: 'rollout.create',
    entityType: 'Rollout',
    entityId: rollout.id,
    after: { number: rollout.number, title, status: 'NEW', owner: 'Nobody', release: releaseRef(release.number), links },
  });

  const coordinators = await tx.user.findMany({
    where: { memberships: { some: { group: { name: COORDINATORS_GROUP } } } },
    select: { email: true },
  });
  const flags = [release.type === 'EMERGENCY' ? 'emergency release' : null, release.security ? 'security release' : null].filter(Boolean);
  await enqueueMessage(tx, {
    kind: 'rollout.created',
    recipients: coordinators.map((user) => user.email),
    subject: `New staged-rollout ticket: ${title}`,
    text: [
      `${title} has passed verification and awaits a Staged Rollout Manager${flags.length ? ` (${flags.join(', ')})` : ''}.`,
      `Owner: Nobody. Status: New. Please assign it to a manager of ${release.stack.name}.`,
      '',
      `Ticket: ${appUrl(`/rollouts/${rollout.number}`)}`,
      `Release notes (${releaseRef(release.number)}): ${links.releaseNotes}`,
      ...(links.documentation ? [`Documentation: ${links.documentation}`] : []),
      `Verification report: ${links.verificationReport}`,
      `Staged-rollout repository: ${links.stagedRolloutRepository ?? 'not configured for this stack'}`,
    ].join('\n'),
    rolloutId: rollout.id,
    dedupeKey: `rollout.created:${rollout.id}`,
  });
  // A newer version of the same component and platform takes over an open rollout (issue #15).
  await supersedeOlderRollout(tx, { id: rollout.id, number: rollout.number, title }, actor);
  return { rolloutId: rollout.id, number: rollout.number, title };
}
