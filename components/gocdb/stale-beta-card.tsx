// "Beta flags left in GOCDB" on the coordinator's dashboard: endpoints still BETA=Y after their team's
// rollout was resolved, until a sync reads BETA=N. Coordinators, managers and admins see it.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/principal';
import { formatDateTime } from '@/lib/format';
import { findStaleBetaFlags } from '@/lib/gocdb/stale-beta';
import { rolloutPath, teamPath } from '@/lib/notify/links';

export async function StaleBetaCard({ user }: { user: CurrentUser | null }) {
  if (!user || !['coordinator', 'admin', 'manager'].some((role) => user.roles.includes(role as (typeof user.roles)[number]))) return null;
  const flags = await findStaleBetaFlags(undefined, { viewer: user });
  if (flags.length === 0) return null;
  return (
    <Card title="Beta flags left in GOCDB" id="stale-beta">
      <p className="mb-2 text-sm text-slate-600">These endpoints still show BETA=Y in GOCDB after their rollout was resolved; the teams were reminded. Each clears when a sync reads BETA=N.</p>
      <ul className="divide-y divide-slate-100 text-sm" aria-label="Beta flags left in GOCDB">
        {flags.map((flag) => (
          <li key={`${flag.endpointId}:${flag.rollout.id}`} className="flex flex-wrap gap-x-3 py-2">
            <span className="break-all font-medium">{flag.hostname}</span>
            <span>{flag.serviceType}</span>
            <Link href={teamPath(flag.team)} className="underline">
              {flag.team.name}
            </Link>
            <Link href={rolloutPath(flag.rollout)} className="underline">
              rollout #{flag.rollout.number}
            </Link>
            <span className="text-slate-600">read {formatDateTime(flag.readAt, user.timeZone)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
