// The "Overdue" card of the coordinator's dashboard (home page): everything late for coordinators and
// admins, the manager's own stacks for a manager; nothing for other roles.
import { Card } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/principal';
import { OverdueList } from './overdue-list';

export function OverdueCard({ user }: { user: CurrentUser | null }) {
  if (!user) return null;
  const everything = user.roles.includes('coordinator') || user.roles.includes('admin');
  if (!everything && !user.roles.includes('manager')) return null;
  return (
    <Card title="Overdue" id="overdue">
      <OverdueList stackId={everything ? undefined : user.managedStackIds.slice()} emptyText="Nothing is overdue: every invited team replied in time and every report arrived." />
    </Card>
  );
}
