// A finding's severity as a badge; a blocker is what puts a rollout on hold.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { FindingSeverity } from '@/lib/generated/prisma/enums';

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { BLOCKER: 'Blocker', MAJOR: 'Major', MINOR: 'Minor', INFO: 'Info' };
const TONES: Record<FindingSeverity, BadgeTone> = { BLOCKER: 'danger', MAJOR: 'warning', MINOR: 'neutral', INFO: 'info' };

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return <Badge tone={TONES[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}
