// The "Embargoed" mark of a security release under embargo (issue #15), in the releases and rollouts lists
// and on their pages; only its readers ever see it (everyone else does not see the release at all).
import { Badge } from '@/components/ui/badge';

export function EmbargoBadge({ until }: { until?: string }) {
  return (
    <Badge tone="warning" title="Under embargo: only the coordinators, the stack's managers, the invited teams and the admins see it">
      {until ? `Embargoed until ${until}` : 'Embargoed'}
    </Badge>
  );
}
