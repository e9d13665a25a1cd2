// Supersession (issue #15): when a release item of the same stack, component and platform enters staged
// rollout while an older one is still open, the older rollout is resolved SUPERSEDED (never counted in
// Tables 1-2), linked both ways, its child ticket closed as superseded; the new rollout inherits the manager,
// the teams that accepted or were testing (re-invited with a note, reply window restarted), and the open
// findings (copied, "found in <old version>", same severity, so a blocker still blocks). The old reports stay
// on the old rollout and are shown on the new one as evidence "on <old version>" (never counted toward its
// readiness, which reads only its own participations). Everyone involved is told once. Runs inside the
// transaction that starts the new rollout.
// Only within one UMD major release (the release's `umdMajor`, e.g. UMD-3 and UMD-4): majors are distributions
// supported side by side, so sites on UMD-3 still need the UMD-3 rollout's verdict when UMD-4 ships a newer
// version, and a component may only be updated up to a minor release within a major (the reference document).
import 'server-only';
import { COORDINATORS_GROUP } from '@/lib/auth/group-names';
import { recordAudit, type Actor } from '@/lib/audit/record-audit';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { formatLocal } from '@/lib/notify/deadlines';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { teamRecipients } from '@/lib/notify/recipients';
import { policyKindOf } from '@/lib/readiness/policy';
import { currentPolicy } from '@/lib/readiness/policy-store';
import { assertTransition } from '@/lib/releases/release-item-machine';
import { markReleaseInProductionIfComplete } from '@/lib/releases/release-production';
import { supersededDocument } from './superseded-document';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { addWorkingDays } from '@/lib/time/working-days';

const CARRIED_TEAMS = ['ACCEPTED', 'VOLUNTEERED'] as const;

/** The first lines of the new release notes, quoted in the re-invitation. */
function notesExcerpt(notes: string): string[] {
  const lines = notes.trim().split('\n').filter((line) => line.trim()).slice(0, 6);
  return lines.length ? lines.map((line) => `  > ${line}`) : ['  (no release notes given)'];
}

export async function supersedeOlderRollout(tx: Tx, next: { id: string; number: number; title: string }, actor: Actor, now = new Date()) {
  const item = await tx.releaseItem.findFirstOrThrow({
    where: { rollout: { id: next.id } },
    select: { id: true, platformId: true, release: { select: { id: true, number: true, stackId: true, componentId: true, umdMajor: true, productVersion: true, type: true, security: true, releaseNotes: true } } },
  });
  const older = await tx.rollout.findFirst({
    where: {
      status: { not: 'RESOLVED' },
      id: { not: next.id },
      supersededById: null,
      releaseItem: {
        platformId: item.platformId,
        release: { stackId: item.release.stackId, componentId: item.release.componentId, umdMajor: item.release.umdMajor, id: { not: item.release.id } },
      },
    },
    orderBy: { createdAt: 'desc' },
    include: {
      owner: { select: { id: true, email: true } },
      releaseItem: {
        select: {
          id: true,
          state: true,
          version: true,
          platform: { select: { os: true, arch: true } },
          release: { select: { id: true, productVersion: true, submittedBy: { select: { email: true } }, stack: { select: { name: true } }, component: { select: { name: true } } } },
        },
      },
      participations: { include: { team: { include: { site: { include: { ngi: true } } } }, report: { select: { fileName: true, recommendation: true } } } },
      findings: { where: { open: true } },
    },
  });
  if (!older) return null;
  const oldVersion = older.releaseItem.release.productVersion;
  const newVersion = item.release.productVersion;

  // The old ticket: resolved SUPERSEDED, linked, its child ticket closed, its open invitations ended.
  await updateVersioned(tx, 'rollout', { id: older.id }, { status: 'RESOLVED', outcome: 'SUPERSEDED', resolvedAt: now, supersededById: next.id });
  if (older.releaseItem.state === 'STAGED_ROLLOUT') {
    assertTransition('STAGED_ROLLOUT', 'SUPERSEDED');
    await updateVersioned(tx, 'releaseItem', { id: older.releaseItem.id }, { state: 'SUPERSEDED', stateChangedAt: now });
    // Its siblings may all be final already, some in production: the older release is then in production.
    await markReleaseInProductionIfComplete(tx, older.releaseItem.release.id, actor, now);
  }
  await tx.participation.updateMany({ where: { rolloutId: older.id, status: 'INVITED' }, data: { status: 'CLOSED', version: { increment: 1 } } });
  // Every resolved rollout has its Document (the DocDB record): here it says why there is no outcome and keeps the reports.
  const document = await tx.document.create({ data: { rolloutId: older.id, ...supersededDocument(older, next.number, newVersion) } });

  // The new ticket: the manager carries on.
  if (older.owner) {
    await updateVersioned(tx, 'rollout', { id: next.id }, { status: 'OPEN', ownerId: older.owner.id, assignedAt: now });
  }

  // The teams that accepted or were testing: re-invited, reply window restarting now.
  const policy = await currentPolicy(tx, policyKindOf(item.release));
  const holidays = await loadHolidays(tx);
  const url = appUrl(rolloutPath(next));
  const reinvited: string[] = [];
  const told = new Set<string>();
  for (const old of older.participations.filter((p) => (CARRIED_TEAMS as readonly string[]).includes(p.status))) {
    const calendar = calendarFor(old.team.site.timeZone, old.team.site.ngi.code, holidays);
    const replyDueAt = addWorkingDays(now, policy.replyWorkingDays, calendar);
    await tx.participation.create({ data: { rolloutId: next.id, teamId: old.teamId, status: 'INVITED', invitedAt: now, replyDueAt, replyChannel: 'superseded' } });
    const recipients = await teamRecipients(old.teamId, tx);
    recipients.forEach((address) => told.add(address));
    reinvited.push(old.team.name);
    await enqueueMessage(tx, {
      kind: 'team.reinvited',
      recipients,
      rolloutId: next.id,
      dedupeKey: `team.reinvited:${next.id}:${old.teamId}`,
      subject: `[staged-rollout #${next.number}] ${next.title}: version ${newVersion} replaces ${oldVersion}`,
      text: [
        `Dear ${old.team.name},`,
        '',
        `You were testing version ${oldVersion} (rollout #${older.number}). Version ${newVersion} now replaces it; rollout #${older.number} is closed as superseded.`,
        `What changed in ${newVersion}:`,
        ...notesExcerpt(item.release.releaseNotes),
        `Your report on ${oldVersion}, if any, stays as evidence; findings still open were carried over.`,
        '',
        `Please reply "accept ${old.team.name.replace(/^ea-/, '')}" or "reject ${old.team.name.replace(/^ea-/, '')}" by ${formatLocal(replyDueAt, calendar.timeZone)}.`,
        '',
        url,
      ].join('\n'),
    });
  }

  // Open findings: carried over with their severity, marked with the version they were found in.
  for (const finding of older.findings) {
    await tx.finding.create({
      data: {
        rolloutId: next.id,
        teamId: finding.teamId,
        authorId: finding.authorId,
        kind: finding.kind,
        severity: finding.severity,
        title: finding.title,
        body: finding.body,
        externalId: finding.externalId,
        url: finding.url,
        foundInVersion: finding.foundInVersion ?? oldVersion,
        inheritedFromId: finding.id,
        createdAt: finding.createdAt,
      },
    });
  }

  const facts = { oldRollout: older.number, newRollout: next.number, oldVersion, newVersion, reinvited, findings: older.findings.length, manager: older.owner?.email ?? null };
  await recordAudit(tx, actor, {
    action: 'rollout.superseded',
    entityType: 'Rollout',
    entityId: older.id,
    before: { status: older.status, outcome: null, version: older.version },
    after: { status: 'RESOLVED', outcome: 'SUPERSEDED', supersededBy: next.number, document: document.number, ...facts },
  });
  await recordAudit(tx, actor, { action: 'rollout.supersedes', entityType: 'Rollout', entityId: next.id, after: { supersedes: older.number, ...facts } });

  // Everyone else involved, once: the manager, the coordinators, the provider, the other teams of the old rollout.
  const others = new Set<string>();
  if (older.owner) others.add(older.owner.email);
  const coordinators = await tx.user.findMany({ where: { memberships: { some: { group: { name: COORDINATORS_GROUP } } } }, select: { email: true } });
  coordinators.forEach((user) => others.add(user.email));
  const submitter = older.releaseItem.release.submittedBy?.email;
  if (submitter) others.add(submitter);
  for (const p of older.participations.filter((p) => !(CARRIED_TEAMS as readonly string[]).includes(p.status))) {
    (await teamRecipients(p.teamId, tx)).forEach((address) => others.add(address));
  }
  const recipients = [...others].filter((address) => !told.has(address));
  if (recipients.length) {
    await enqueueMessage(tx, {
      kind: 'rollout.superseded',
      recipients,
      rolloutId: older.id,
      dedupeKey: `rollout.superseded:${older.id}`,
      subject: `[staged-rollout #${older.number}] superseded by #${next.number} (${newVersion})`,
      text: [
        `Rollout #${older.number} (${oldVersion}) is closed as superseded: version ${newVersion} takes over in rollout #${next.number}.`,
        older.owner ? `The manager stays the same.` : `Rollout #${next.number} awaits a manager.`,
        reinvited.length ? `Re-invited: ${reinvited.join(', ')}.` : 'No team was testing; none was re-invited.',
        ...(older.findings.length ? [`${older.findings.length} open finding(s) carried over.`] : []),
        '',
        url,
      ].join('\n'),
    });
  }
  return { superseded: older.number, reinvited };
}
