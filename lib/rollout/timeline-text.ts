// One line of the rollout timeline for each audit event (pure): what happened, in words, with an
// optional body and link. Unknown actions fall back to their name in words so nothing is ever hidden.
import { formatDateTime } from '@/lib/format';
import { humanAction } from '@/lib/notify/describe-event';

export interface EventText {
  title: string;
  body?: string;
  href?: string;
  tone?: 'info' | 'success' | 'warning' | 'danger' | 'neutral';
}

type Data = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** null: the event is shown another way (comments as themselves, per-team invitations in the summary). */
/** A coordinator's override of unmet readiness rules (older rows: an ACCEPT confirmed over negative findings). */
function overrideText(a: Record<string, unknown>): string {
  if (!a.outcomeReason) return '';
  const over = (a.overriddenRules ?? a.overriddenFindings) as string[] | undefined;
  const label = a.overriddenRules ? 'Accepted with override of' : 'Accepted despite';
  return over?.length ? `${label}: ${over.join('; ')}. Reason: ${String(a.outcomeReason)}` : `Reason: ${String(a.outcomeReason)}`;
}

/** What a supersession handed over, for both tickets' timelines. */
function carriedOver(a: Data): string {
  const teams = (a.reinvited as string[] | undefined) ?? [];
  return [teams.length ? `Re-invited: ${teams.join(', ')}.` : 'No team was testing.', `Open findings carried over: ${str(a.findings) || '0'}.`].join(' ');
}

export function describeEvent(action: string, after: unknown, timeZone = 'UTC'): EventText | null {
  const when = (value: unknown) => (value ? formatDateTime(str(value), timeZone) : '—');
  const a = (after && typeof after === 'object' ? after : {}) as Data;
  const team = str(a.team);
  switch (action) {
    case 'rollout.create':
      return { title: 'Ticket created: owner Nobody, status New', tone: 'info' };
    case 'rollout.assign':
      return { title: `Assigned to ${str(a.owner)}: status Open`, tone: 'info' };
    case 'rollout.reassign':
      return { title: `Re-assigned to ${str(a.owner)}`, tone: 'info' };
    case 'rollout.selectTeams':
      return { title: `Invited ${(a.teams as string[] | undefined)?.join(', ') ?? 'teams'}`, body: str(a.template) || undefined };
    case 'rollout.invite':
    case 'rollout.comment':
      return null;
    case 'rollout.accept':
    case 'rollout.decline': {
      const verb = action === 'rollout.accept' ? 'accepted' : 'declined';
      const channel = a.channel === 'email' ? ' by e-mail' : '';
      return { title: `${team} ${verb}${channel}${a.late ? ' (late)' : ''}`, body: str(a.line) || undefined, tone: action === 'rollout.accept' ? 'success' : 'warning' };
    }
    case 'rollout.replyRefused':
      return { title: `Refused an e-mail reply from ${str(a.from)} for ${team}: not a member or contact of the team`, body: str(a.line), tone: 'danger' };
    case 'rollout.callVolunteers':
      return { title: `Called for volunteers on ${str(a.list)}`, tone: 'warning' };
    case 'rollout.volunteer':
      return { title: `${team} volunteered`, tone: 'success' };
    case 'participation.invite':
      return { title: `Invited ${team || 'a team'}`, tone: 'info' };
    case 'participation.reply': {
      const words: Record<string, string> = { ACCEPTED: 'accepted', DECLINED: 'declined', VOLUNTEERED: 'volunteered', WITHDRAWN: 'withdrew' };
      const status = str(a.status);
      return { title: `${team || 'The team'} ${words[status] ?? `replied (${status.toLowerCase()})`}`, tone: status === 'DECLINED' || status === 'WITHDRAWN' ? 'warning' : 'success' };
    }
    case 'report.upload':
      return { title: `${team || 'A team'} uploaded its report ${str(a.fileName)}: recommends ${str(a.recommendation)}`, tone: a.recommendation === 'REJECT' ? 'danger' : 'success' };
    case 'rollout.withdraw':
      return { title: `${team} withdrew`, body: str(a.reason) || undefined, tone: 'warning' };
    case 'rollout.betaSet':
      return { title: `${team} set the beta flag on its service` };
    case 'rollout.betaRemoved':
      return { title: `${team} removed the beta flag` };
    case 'rollout.installNotes':
      return { title: `${team} updated its installation and test notes`, body: str(a.installNotes) || undefined };
    case 'rollout.exposureStart':
      return { title: `${team} installed: exposure to production until ${when(a.exposureEnd)}`, tone: 'info' };
    case 'rollout.exposureEnd':
      return { title: `Exposure of ${team} now ends ${when(a.exposureEnd)}`, body: a.exposureReason ? `Outside the policy (${str(a.outsidePolicy)}). Reason: ${str(a.exposureReason)}` : undefined };
    case 'rollout.finding':
      return { title: `${team || 'Manager'} logged a finding: ${str(a.title)}`, href: str(a.url) || undefined, tone: 'warning' };
    case 'rollout.findingClose':
      return { title: `Finding closed: ${str(a.title)}`, body: a.reason ? `Reason: ${str(a.reason)}` : undefined, tone: 'success' };
    case 'rollout.findingReopen':
      return { title: `Finding reopened: ${str(a.title)}`, tone: 'warning' };
    case 'rollout.report':
    case 'rollout.reportReplace':
      return {
        title: `${team} ${action === 'rollout.report' ? 'uploaded' : 'replaced'} its report ${str(a.fileName)}: recommends ${str(a.recommendation)}`,
        tone: a.recommendation === 'REJECT' ? 'danger' : 'success',
      };
    case 'rollout.resolve':
      return {
        title: `Resolved: outcome ${str(a.outcome)}, document #${str(a.document)}`,
        body: [overrideText(a), str(a.knownIssues) ? `Known issues: ${str(a.knownIssues)}` : '']
          .filter(Boolean)
          .join('\n') || undefined,
        tone: a.outcome === 'ACCEPT' ? 'success' : 'danger',
      };
    case 'rollout.superseded':
      return {
        title: `Superseded by rollout #${str(a.newRollout)} (version ${str(a.newVersion)}): resolved SUPERSEDED`,
        body: carriedOver(a),
        tone: 'neutral',
      };
    case 'rollout.supersedes':
      return { title: `Takes over rollout #${str(a.oldRollout)} (version ${str(a.oldVersion)})`, body: carriedOver(a), tone: 'info' };
    case 'rollout.exposureShortened':
      return { title: `Exposure shortened to ${str(a.exposureDays)} days`, body: `Reason: ${str(a.reason)}`, tone: 'info' };
    case 'rollout.autoAcceptNotice':
      return { title: `Auto-accept notice: every readiness rule holds; accepted automatically at ${when(a.acceptAt)} unless something changes`, tone: 'info' };
    case 'rollout.autoAcceptCancel':
      return { title: 'Auto-accept notice cancelled', body: str(a.why) ? `Why: ${str(a.why)}` : undefined, tone: 'warning' };
    case 'rollout.stalled':
      return { title: 'Stalled: the reply windows and exposures passed without enough evidence', body: ((a.missing as string[] | undefined) ?? []).join(' ') || undefined, tone: 'warning' };
    case 'readiness.testClockRound':
      return { title: `Readiness round at the test time ${when(a.at)} (test clock)`, tone: 'neutral' };
    case 'releaseItem.outcome':
      return { title: `Release item moved to ${str(a.state) === 'PRODUCTION' ? 'production' : 'rejected'}`, tone: a.state === 'PRODUCTION' ? 'success' : 'danger' };
    default:
      return { title: humanAction(action), tone: 'neutral' };
  }
}
