// Step 12: a taking-part team's report: the file (exact name of section 2.4, allowed type by magic
// bytes, 10 MB, stored in the database with its sha256) plus the structured fields the document asks
// for, the version installed, the OS/arch it ran on and the test-plan items run. A second upload replaces
// the first while the rollout is open (and needs a new answer if it recommends REJECT); the manager is
// told each time. A REJECT recommendation holds the rollout until answered: the hold is announced.
import 'server-only';
import { createHash } from 'node:crypto';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ValidationError } from '@/lib/errors';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { updateParticipationGuarded } from './load-participation';
import { rolloutFacts } from './load-rollout';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import { reportReceivedMessage } from './messages';
import { checkReportFile } from './report-file';
import type { ReportFields } from './schemas';
import { openTeamAction } from './team-action';
import { announceHold } from './announce-hold';

/** The ticked test-plan items must be current items of the component's plan. */
async function checkTestedItems(tx: Tx, componentId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx.testPlanItem.count({ where: { id: { in: unique }, componentId, retiredAt: null } });
  if (found !== unique.length) throw new ValidationError('The test plan changed since you loaded the page; reload it and tick the items again.', { testedItemIds: ['Reload the page: the test plan changed.'] });
  return unique;
}

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export async function uploadReport(user: CurrentUser, number: number, fields: ReportFields, file: UploadedFile | null): Promise<{ message: string; reportId: string }> {
  return inTransaction(async (tx) => {
    const { rollout, participation } = await openTeamAction(tx, user, number, fields, 'rollout.report', 'report');
    const { names } = rolloutFacts(rollout);
    const parts = { ngiCode: participation.team.site.ngi.code, siteName: participation.team.site.name, ...names };
    if (!file || file.bytes.length === 0) throw new ValidationError('Choose the report file to upload.', { file: ['Choose the report file to upload.'] });
    const check = checkReportFile(parts, file.name, file.bytes);
    if (!check.ok) throw new ValidationError(check.message, { file: [check.message], expectedFileName: [check.expected] });
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const data = {
      fileName: file.name,
      contentType: check.contentType,
      size: file.bytes.length,
      content: Buffer.from(file.bytes),
      sha256,
      releaseNotesCorrect: fields.releaseNotesCorrect,
      testsPerformed: fields.testsPerformed,
      jobsPerDay: fields.jobsPerDay ?? null,
      transfersPerDay: fields.transfersPerDay ?? null,
      vos: fields.vos,
      recommendation: fields.recommendation,
      installedVersion: fields.installedVersion,
      ranOnOs: fields.ranOnOs,
      ranOnArch: fields.ranOnArch,
      // A new report is a new recommendation: any earlier answer does not carry over.
      rejectAnswer: null,
      rejectAnsweredAt: null,
      rejectAnsweredBy: null,
      submittedById: user.id,
      submittedAt: new Date(),
    };
    const testedItemIds = await checkTestedItems(tx, rollout.releaseItem.release.componentId, fields.testedItemIds);
    // Bumping the participation serialises two uploads for the same team: one wins, one conflicts.
    await updateParticipationGuarded(tx, participation, {});
    const report = await tx.report.upsert({ where: { participationId: participation.id }, create: { participationId: participation.id, ...data }, update: data });
    await tx.reportTestedItem.deleteMany({ where: { reportId: report.id } });
    if (testedItemIds.length) await tx.reportTestedItem.createMany({ data: testedItemIds.map((testPlanItemId) => ({ reportId: report.id, testPlanItemId })) });
    await recordAudit(tx, actorOf(user), {
      action: participation.report ? 'rollout.reportReplace' : 'rollout.report',
      entityType: 'Report',
      entityId: report.id,
      before: participation.report ? { fileName: participation.report.fileName, recommendation: participation.report.recommendation } : undefined,
      after: { rollout: rollout.number, team: participation.team.name, ...data, content: undefined, testedItemIds },
    });
    if (fields.recommendation === 'REJECT') {
      await announceHold(tx, rollout, { key: `report:${report.id}:${sha256}`, cause: `${participation.team.name} recommends REJECT (report ${file.name}); the manager must answer it.` });
    }
    if (rollout.owner) {
      await enqueueMessage(tx, {
        kind: 'rollout.reportReceived',
        recipients: [rollout.owner.email],
        userId: rollout.owner.id,
        rolloutId: rollout.id,
        dedupeKey: `rollout.reportReceived:${participation.id}:${sha256}`,
        ...reportReceivedMessage({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) }, participation.team.name, file.name, fields.recommendation),
      });
    }
    return { message: `Report ${file.name} received (${fields.recommendation}).`, reportId: report.id };
  });
}
