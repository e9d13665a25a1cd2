// The readiness state of a rollout as a badge (list, ticket, release, overview): Ready, Waiting, Held.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ReadinessState } from '@/lib/readiness/readiness';

export const READINESS_LABELS: Record<ReadinessState, { label: string; tone: BadgeTone }> = {
  READY: { label: 'Ready', tone: 'success' },
  WAITING: { label: 'Waiting', tone: 'info' },
  HELD: { label: 'HELD', tone: 'danger' },
};

export function ReadinessBadge({ state }: { state: ReadinessState }) {
  return <Badge tone={READINESS_LABELS[state].tone}>{READINESS_LABELS[state].label}</Badge>;
}
