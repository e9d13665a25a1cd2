import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { PENDING: 'warning', SENDING: 'info', SENT: 'success', FAILED: 'danger' };
const LABELS: Record<string, string> = { PENDING: 'queued', SENDING: 'sending', SENT: 'sent', FAILED: 'failed' };

export function OutboxStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONES[status] ?? 'neutral'}>{LABELS[status] ?? status}</Badge>;
}
