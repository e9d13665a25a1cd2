// Step 10: issues found during the rollout, discussed in the ticket (a comment) or tracked in an
// external helpdesk (a GGUS ticket number or an http(s) link), open until someone closes them. Open
// findings carry a severity: an open BLOCKER puts the rollout on hold (lib/readiness), and those told.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { inTransaction, type Tx, updateVersioned } from '@/lib/db/transaction';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { announceHold } from './announce-hold';
import { parseHelpdeskReference } from './helpdesk-link';
import { loadRolloutContext, requireRolloutEvent, rolloutFacts } from './load-rollout';
import { isActiveParticipation } from './participation-machine';
import type { FindingInput } from './schemas';

export async function addFinding(user: CurrentUser, number: number, input: Omit<FindingInput, 'teamId' | 'severity'> & { teamId?: string; severity?: FindingInput['severity'] }): Promise<{ message: string; findingId: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const { stack } = rolloutFacts(rollout);
    const asManager = can(user, 'rollout.resolve', { stackId: stack.id });
    if (input.teamId ? !can(user, 'rollout.participate', { teamId: input.teamId }) : !asManager) {
      throw new ForbiddenError('Only a member of a team doing the test, or the rollout’s manager, can log a finding.');
    }
    requireRolloutEvent(rollout, 'participate');
    let teamName: string | null = null;
    if (input.teamId) {
      const participation = await tx.participation.findUnique({ where: { rolloutId_teamId: { rolloutId: rollout.id, teamId: input.teamId } }, include: { team: true } });
      if (!participation || !isActiveParticipation(participation.status)) throw new ConflictError('That team is not doing this test.');
      teamName = participation.team.name;
    }
    let link: { externalId: string | null; url: string } | null = null;
    if (input.kind === 'HELPDESK') {
      const parsed = parseHelpdeskReference(input.reference);
      if (!parsed.ok) throw new ValidationError(parsed.message, { reference: [parsed.message] });
      link = parsed;
    }
    const finding = await tx.finding.create({
      data: {
        rolloutId: rollout.id,
        teamId: input.teamId ?? null,
        authorId: user.id,
        kind: input.kind,
        severity: input.severity ?? 'MAJOR',
        title: input.title,
        body: input.body,
        externalId: link?.externalId ?? null,
        url: link?.url ?? null,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.finding',
      entityType: 'Finding',
      entityId: finding.id,
      after: { rollout: rollout.number, team: teamName, kind: input.kind, severity: input.severity ?? 'MAJOR', title: input.title, url: link?.url ?? null, open: true },
    });
    if (finding.severity === 'BLOCKER') await announceHold(tx, rollout, { key: finding.id, cause: `${teamName ?? user.name} logged the blocker finding "${finding.title}".` });
    const held = finding.severity === 'BLOCKER' ? ' The rollout is on hold until it is closed or downgraded.' : '';
    return { message: `${link ? `Finding logged with its helpdesk ticket ${link.externalId ?? link.url}.` : 'Finding logged.'}${held}`, findingId: finding.id };
  });
}

export const FINDING_STALE = 'Someone else changed this finding at the same moment; reload the page. Nothing was saved.';

/** A finding of the rollout that `user` may change (its team or author, or the manager), at the page's version. */
export async function loadChangeableFinding(tx: Tx, user: CurrentUser, number: number, input: { findingId: string; version?: number }, what: string) {
  const rollout = await loadRolloutContext(tx, number, user);
  const finding = await tx.finding.findFirst({ where: { id: input.findingId, rolloutId: rollout.id } });
  if (!finding) throw new NotFoundError('That finding does not belong to this rollout.');
  const { stack } = rolloutFacts(rollout);
  const allowed =
    can(user, 'rollout.resolve', { stackId: stack.id }) || finding.authorId === user.id || (!!finding.teamId && can(user, 'rollout.participate', { teamId: finding.teamId }));
  if (!allowed) throw new ForbiddenError(`Only the finding’s team or author, or the rollout’s manager, can ${what}.`);
  requireRolloutEvent(rollout, 'participate');
  if (input.version !== undefined && input.version !== finding.version) throw new ConflictError('This finding changed since you loaded the page; reload it. Nothing was saved.');
  return { rollout, finding };
}

export async function setFindingOpen(user: CurrentUser, number: number, input: { findingId: string; open: boolean; version?: number }): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const { rollout, finding } = await loadChangeableFinding(tx, user, number, input, 'close or reopen it');
    if (finding.open === input.open) throw new ConflictError(input.open ? 'The finding is already open.' : 'The finding is already closed.');
    const closedAt = input.open ? null : new Date();
    await updateVersioned(tx, 'finding', finding, { open: input.open, closedAt }, FINDING_STALE);
    await recordAudit(tx, actorOf(user), {
      action: input.open ? 'rollout.findingReopen' : 'rollout.findingClose',
      entityType: 'Finding',
      entityId: finding.id,
      before: { open: finding.open, version: finding.version },
      after: { rollout: rollout.number, title: finding.title, open: input.open, closedAt, version: finding.version + 1 },
    });
    return { message: input.open ? 'Finding reopened.' : 'Finding closed.' };
  });
}
