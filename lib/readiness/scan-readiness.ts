// The worker's readiness round (about once a minute, next to the deadline scanner): for every open,
// assigned rollout it records a stall (told once to the manager and the coordinators, with the
// choices) and runs auto-accept (notice, cancellation, resolution; auto-accept-plan.ts decides).
// Safe with the worker on several instances: each rollout is judged in its own transaction holding
// the rollout's row lock (SELECT … FOR UPDATE), re-read after the lock, so of two workers one acts and
// the other sees the result (one resolution, one set of mails; the outbox dedupe keys back this up).
import 'server-only';
import { type Actor, recordAudit } from '@/lib/audit/record-audit';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { appUrl, enqueueMessage } from '@/lib/notify/enqueue-message';
import { rolloutPath } from '@/lib/notify/links';
import { coordinatorRecipients, teamRecipients } from '@/lib/notify/recipients';
import { writeResolution } from '@/lib/rollout/resolve-rollout';
import { EVIDENCE_REPORT_SELECT, evidenceOf, evidenceSummary } from '@/lib/rollout/evidence-summary';
import { type RolloutContext, rolloutContextInclude } from '@/lib/rollout/load-rollout';
import { autoAcceptCancelledMessage, autoAcceptNoticeMessage, stalledMessage } from '@/lib/rollout/readiness-messages';
import { calendarFor, loadHolidays } from '@/lib/time/team-calendar';
import { addWorkingDays } from '@/lib/time/working-days';
import { autoAcceptStep, factsFingerprint, noticeWorkingDays } from './auto-accept-plan';
import { readinessOfOpenRollouts } from './open-readiness';
import type { Readiness } from './readiness';
import { loadRolloutReadiness } from './rollout-readiness';

export const AUTO_ACCEPT_ACTOR: Actor = { id: null, label: 'auto-accept' };

export interface ReadinessScanResult {
  stalled: number;
  noticed: number;
  cancelled: number;
  accepted: number;
}

/** When a notice period that began at `noticeAt` ends (UTC working days, the global holidays). */
export async function noticeEnd(noticeAt: Date, client: Tx = db, days = noticeWorkingDays()): Promise<Date> {
  return addWorkingDays(noticeAt, days, calendarFor('UTC', null, await loadHolidays(client)));
}

const ref = (rollout: { number: number; title: string }) => ({ number: rollout.number, title: rollout.title, url: appUrl(rolloutPath(rollout)) });

async function testingTeamRecipients(tx: Tx, rolloutId: string): Promise<string[]> {
  const teams = await tx.participation.findMany({ where: { rolloutId, status: { in: ['ACCEPTED', 'VOLUNTEERED'] } }, select: { teamId: true } });
  const lists = [];
  for (const { teamId } of teams) lists.push(...(await teamRecipients(teamId, tx)));
  return lists;
}

async function recordStall(tx: Tx, rollout: RolloutContext & { stalledAt: Date | null }, readiness: Readiness, now: Date): Promise<number> {
  if (readiness.stalled === !!rollout.stalledAt) return 0;
  const { count } = await tx.rollout.updateMany({ where: { id: rollout.id, stalledAt: rollout.stalledAt }, data: { stalledAt: readiness.stalled ? now : null } });
  if (count === 0 || !readiness.stalled) return 0;
  const missing = readiness.rules.filter((rule) => !rule.met).map((rule) => rule.detail);
  await recordAudit(tx, AUTO_ACCEPT_ACTOR, { action: 'rollout.stalled', entityType: 'Rollout', entityId: rollout.id, before: { stalledAt: null }, after: { stalledAt: now, missing } });
  const teams = await tx.participation.count({ where: { rolloutId: rollout.id } });
  await enqueueMessage(tx, {
    kind: 'rollout.stalled',
    recipients: [...new Set([...(rollout.owner ? [rollout.owner.email] : []), ...(await coordinatorRecipients(tx))])],
    rolloutId: rollout.id,
    // Told once per stall: a stall after the manager extended (more teams) is a new one.
    dedupeKey: `rollout.stalled:${rollout.id}:${teams}`,
    ...stalledMessage(ref(rollout), missing),
  });
  return 1;
}

async function generatedSummary(tx: Tx, rolloutId: string, noticeAt: Date, now: Date): Promise<string> {
  const rows = await tx.rollout.findUniqueOrThrow({
    where: { id: rolloutId },
    select: {
      title: true,
      participations: { select: { team: { select: { name: true } }, report: { select: EVIDENCE_REPORT_SELECT } } },
      findings: { select: { title: true, severity: true, open: true } },
      releaseItem: { select: { release: { select: { component: { select: { testPlan: { where: { retiredAt: null }, select: { id: true, title: true, mandatory: true } } } } } } } },
    },
  });
  const held = `Accepted automatically: every readiness rule held without interruption from ${noticeAt.toISOString()} to ${now.toISOString()} (the notice period), and nothing changed meanwhile.`;
  return `${evidenceSummary(evidenceOf(rows))}\n\n${held}`;
}

type Outcome = keyof ReadinessScanResult | null;

async function judgeOne(rolloutId: string, enabledStacks: Set<string>, now: Date, noticeDays: number): Promise<Outcome[]> {
  return inTransaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Rollout" WHERE "id" = ${rolloutId} FOR UPDATE`;
    const rollout = await tx.rollout.findUnique({ where: { id: rolloutId }, include: rolloutContextInclude });
    if (!rollout || rollout.status !== 'OPEN' || rollout.supersededBy) return [];
    const release = rollout.releaseItem.release;
    const { readiness, policy } = await loadRolloutReadiness(tx, { ...rollout, release }, now);
    const outcomes: Outcome[] = [(await recordStall(tx, rollout, readiness, now)) ? 'stalled' : null];

    const findings = await tx.finding.findMany({ where: { rolloutId }, select: { id: true } });
    const rejectReports = await tx.report.findMany({ where: { participation: { rolloutId }, recommendation: 'REJECT' }, select: { id: true, submittedAt: true } });
    const fingerprint = factsFingerprint({ policyId: `${policy.id}:${policy.version}`, findingIds: findings.map((f) => f.id), rejectReports });
    const notice = rollout.autoAcceptNoticeAt
      ? { at: rollout.autoAcceptNoticeAt, fingerprint: rollout.autoAcceptFacts ?? '', acceptAt: await noticeEnd(rollout.autoAcceptNoticeAt, tx, noticeDays) }
      : null;
    const step = autoAcceptStep({ enabled: enabledStacks.has(release.stackId), readiness, fingerprint, notice, now });
    const recipients = async () => [...new Set([...(rollout.owner ? [rollout.owner.email] : []), ...(await testingTeamRecipients(tx, rolloutId))])];

    if (step.kind === 'start') {
      const acceptAt = await noticeEnd(now, tx, noticeDays);
      await tx.rollout.updateMany({ where: { id: rolloutId, autoAcceptNoticeAt: null }, data: { autoAcceptNoticeAt: now, autoAcceptFacts: fingerprint } });
      await recordAudit(tx, AUTO_ACCEPT_ACTOR, { action: 'rollout.autoAcceptNotice', entityType: 'Rollout', entityId: rolloutId, after: { noticeAt: now, acceptAt, noticeWorkingDays: noticeDays } });
      await enqueueMessage(tx, {
        kind: 'rollout.autoAcceptNotice',
        recipients: await recipients(),
        rolloutId,
        dedupeKey: `rollout.autoAcceptNotice:${rolloutId}:${now.toISOString()}`,
        ...autoAcceptNoticeMessage(ref(rollout), `${acceptAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`),
      });
      outcomes.push('noticed');
    } else if (step.kind === 'cancel') {
      await tx.rollout.updateMany({ where: { id: rolloutId }, data: { autoAcceptNoticeAt: null, autoAcceptFacts: null } });
      await recordAudit(tx, AUTO_ACCEPT_ACTOR, { action: 'rollout.autoAcceptCancel', entityType: 'Rollout', entityId: rolloutId, before: { noticeAt: notice!.at }, after: { noticeAt: null, why: step.why } });
      await enqueueMessage(tx, {
        kind: 'rollout.autoAcceptCancel',
        recipients: await recipients(),
        rolloutId,
        dedupeKey: `rollout.autoAcceptCancel:${rolloutId}:${notice!.at.toISOString()}`,
        ...autoAcceptCancelledMessage(ref(rollout), step.why),
      });
      outcomes.push('cancelled');
    } else if (step.kind === 'accept') {
      const summary = await generatedSummary(tx, rolloutId, notice!.at, now);
      const input = { outcome: 'ACCEPT' as const, summary, summaryExt: 'md' as const, knownIssues: '', override: false, overrideReason: '', version: rollout.version };
      await writeResolution(tx, rollout, input, { readiness, policy, overridden: false, actor: AUTO_ACCEPT_ACTOR, overrideById: null, now });
      outcomes.push('accepted');
    }
    return outcomes;
  });
}

/** One round over the open, assigned rollouts. `now` is the test clock (never a sleep). */
export async function scanReadiness(options: { now?: Date } = {}): Promise<ReadinessScanResult> {
  const now = options.now ?? new Date();
  const result: ReadinessScanResult = { stalled: 0, noticed: 0, cancelled: 0, accepted: 0 };
  const [open, stacks] = await Promise.all([
    db.rollout.findMany({
      where: { status: 'OPEN', ownerId: { not: null }, supersededById: null },
      select: { id: true, stalledAt: true, autoAcceptNoticeAt: true, releaseItem: { select: { release: { select: { stackId: true } } } } },
      orderBy: { number: 'asc' },
    }),
    db.stack.findMany({ where: { autoAccept: true }, select: { id: true } }),
  ]);
  const enabled = new Set(stacks.map((stack) => stack.id));
  const noticeDays = noticeWorkingDays();
  // A first look without locks (three queries in all): only rollouts where something may happen get a transaction.
  const judged = await readinessOfOpenRollouts(now, open.map((rollout) => rollout.id));
  const candidates = open.filter((rollout) => {
    const readiness = judged.get(rollout.id);
    if (!readiness) return false;
    return rollout.autoAcceptNoticeAt !== null || readiness.stalled !== (rollout.stalledAt !== null) || (enabled.has(rollout.releaseItem.release.stackId) && readiness.ready);
  });
  for (const { id } of candidates) {
    try {
      for (const outcome of await judgeOne(id, enabled, now, noticeDays)) if (outcome) result[outcome] += 1;
    } catch (error) {
      // One rollout's failure (e.g. a manager resolving it at the same moment) never stops the round.
      console.error(`[readiness] rollout ${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
