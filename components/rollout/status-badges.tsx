// Badges for the rollout status, outcome and a team's participation status, worded as in the document.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Outcome, ParticipationStatus, RolloutStatus } from '@/lib/generated/prisma/enums';

const ROLLOUT: Record<RolloutStatus, { label: string; tone: BadgeTone }> = {
  NEW: { label: 'New', tone: 'warning' },
  OPEN: { label: 'Open', tone: 'info' },
  RESOLVED: { label: 'Resolved', tone: 'neutral' },
};

const PARTICIPATION: Record<ParticipationStatus, { label: string; tone: BadgeTone }> = {
  INVITED: { label: 'Invited', tone: 'info' },
  ACCEPTED: { label: 'Accepted', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'neutral' },
  VOLUNTEERED: { label: 'Volunteered', tone: 'success' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'warning' },
  CLOSED: { label: 'Invitation closed', tone: 'neutral' },
};

export function RolloutStatusBadge({ status }: { status: RolloutStatus }) {
  return <Badge tone={ROLLOUT[status].tone}>{ROLLOUT[status].label}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return <Badge tone={outcome === 'ACCEPT' ? 'success' : outcome === 'SUPERSEDED' ? 'neutral' : 'danger'}>{outcome}</Badge>;
}

export function ParticipationBadge({ status }: { status: ParticipationStatus }) {
  return <Badge tone={PARTICIPATION[status].tone}>{PARTICIPATION[status].label}</Badge>;
}
