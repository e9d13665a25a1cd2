// A release item's state as a coloured badge, with the RT state name users know.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ReleaseItemState } from '@/lib/generated/prisma/enums';
import { RELEASE_ITEM_STATE_LABELS } from '@/lib/releases/release-item-machine';

const TONES: Record<ReleaseItemState, BadgeTone> = {
  UNVERIFIED: 'neutral',
  IN_VERIFICATION: 'info',
  VERIFICATION_REJECTED: 'danger',
  STAGED_ROLLOUT: 'warning',
  SKIPPED_ROLLOUT: 'success',
  PRODUCTION: 'success',
  ROLLOUT_REJECTED: 'danger',
  SUPERSEDED: 'neutral',
};

export function ReleaseItemStateBadge({ state, noTest = false }: { state: ReleaseItemState; noTest?: boolean }) {
  const label = RELEASE_ITEM_STATE_LABELS[state];
  return (
    <Badge tone={TONES[state]} title={noTest ? 'In production without staged rollout (counts as "No test")' : undefined}>
      {noTest && state === 'PRODUCTION' ? `${label} (no staged rollout)` : label}
    </Badge>
  );
}
