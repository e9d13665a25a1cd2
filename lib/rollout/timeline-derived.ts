// Timeline entries read from the ticket's own dates, for steps that have no audit event (rollouts
// imported from the old RT queue or seeded as history): a resolved ticket never shows an empty
// history. Pure; an audit event of the same step always wins over its derived twin.
import type { EventText } from './timeline-text';

export interface DerivedSource {
  createdAt: Date;
  assignedAt: Date | null;
  volunteersCalledAt: Date | null;
  resolvedAt: Date | null;
  outcome: 'ACCEPT' | 'REJECT' | 'SUPERSEDED' | null;
  owner: { email: string } | null;
  document: { number: number } | null;
  participations: {
    id: string;
    status: string;
    invitedAt: Date;
    repliedAt: Date | null;
    replyChannel: string | null;
    exposureStart: Date | null;
    exposureEnd: Date | null;
    team: { name: string };
    report: { id: string; fileName: string; recommendation: string; submittedAt: Date } | null;
  }[];
  findings: { id: string; title: string; url: string | null; createdAt: Date; team: { name: string } | null }[];
}

export interface DerivedEntry extends EventText {
  key: string;
  at: Date;
}

const REPLY_STEP: Record<string, string> = { ACCEPTED: 'rollout.accept', DECLINED: 'rollout.decline', VOLUNTEERED: 'rollout.volunteer' };

/** Step keys of the audit events already present: `<action>` for the ticket, `<action>:<entity id>` otherwise.
 *  The seeded history's own names (participation.invite/reply, report.upload) count as the app's steps. */
export function stepKey(action: string, entityType: string, entityId: string, after?: unknown, reportId?: string): string {
  if (action === 'participation.invite') return `rollout.invite:${entityId}`;
  if (action === 'participation.reply') return `${REPLY_STEP[String((after as { status?: unknown } | null)?.status)] ?? action}:${entityId}`;
  if (action === 'report.upload' && reportId) return `rollout.report:${reportId}`;
  const normalised = action === 'rollout.reassign' ? 'rollout.assign' : action === 'rollout.reportReplace' ? 'rollout.report' : action;
  return entityType === 'Rollout' ? normalised : `${normalised}:${entityId}`;
}

export function derivedEntries(rollout: DerivedSource, present: ReadonlySet<string>): DerivedEntry[] {
  const out: DerivedEntry[] = [];
  const add = (key: string, at: Date | null, text: EventText) => {
    if (at && !present.has(key)) out.push({ key, at, ...text });
  };
  add('rollout.create', rollout.createdAt, { title: 'Ticket created: owner Nobody, status New', tone: 'info' });
  add('rollout.assign', rollout.assignedAt, { title: `Assigned to ${rollout.owner?.email ?? 'a manager'}: status Open`, tone: 'info' });
  if (!present.has('rollout.selectTeams')) {
    for (const p of rollout.participations.filter((x) => x.replyChannel !== 'volunteer')) {
      add(`rollout.invite:${p.id}`, p.invitedAt, { title: `Invited ${p.team.name}` });
    }
  }
  add('rollout.callVolunteers', rollout.volunteersCalledAt, { title: 'Called for volunteers on the stack’s mailing list', tone: 'warning' });
  for (const p of rollout.participations) {
    const reply = p.status === 'VOLUNTEERED' || p.replyChannel === 'volunteer' ? 'rollout.volunteer' : p.status === 'DECLINED' ? 'rollout.decline' : 'rollout.accept';
    const words = { 'rollout.volunteer': 'volunteered', 'rollout.decline': 'declined', 'rollout.accept': 'accepted' }[reply];
    add(`${reply}:${p.id}`, p.repliedAt, { title: `${p.team.name} ${words}${p.replyChannel === 'email' ? ' by e-mail' : ''}`, tone: reply === 'rollout.decline' ? 'warning' : 'success' });
    add(`rollout.exposureStart:${p.id}`, p.exposureStart, { title: `${p.team.name} installed: exposure to production`, tone: 'info' });
    if (p.report) {
      add(`rollout.report:${p.report.id}`, p.report.submittedAt, {
        title: `${p.team.name} uploaded its report ${p.report.fileName}: recommends ${p.report.recommendation}`,
        tone: p.report.recommendation === 'REJECT' ? 'danger' : 'success',
      });
    }
  }
  for (const f of rollout.findings) add(`rollout.finding:${f.id}`, f.createdAt, { title: `${f.team?.name ?? 'Manager'} logged a finding: ${f.title}`, href: f.url ?? undefined, tone: 'warning' });
  add('rollout.resolve', rollout.resolvedAt, {
    title: `Resolved: outcome ${rollout.outcome ?? '—'}${rollout.document ? `, document #${rollout.document.number}` : ''}`,
    tone: rollout.outcome === 'REJECT' ? 'danger' : rollout.outcome === 'SUPERSEDED' ? 'neutral' : 'success',
  });
  return out;
}
