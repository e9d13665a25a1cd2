import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { PENDING: 'warning', SENDING: 'info', SENT: 'success', FAILED: 'danger' };
/** How each status reads on the page: the badge and the status filter. */
export const OUTBOX_STATUS_LABELS: Record<string, string> = { PENDING: 'queued', SENDING: 'sending', SENT: 'sent', FAILED: 'failed' };

export function OutboxStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONES[status] ?? 'neutral'}>{OUTBOX_STATUS_LABELS[status] ?? status}</Badge>;
}
