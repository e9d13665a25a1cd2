// "Site registry (GOCDB)" on a team's page: the site's endpoints as last read from GOCDB (BETA,
// IN_PRODUCTION, NODE_MONITORED, when), and data-quality hints where HOST_OS / HOST_ARCH do not match
// the platform the team committed to for that component. Hints, never a block.
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { getTeamPlatformHints, getTeamSiteEndpoints } from '@/lib/gocdb/get-endpoint-views';

const yesNo = (value: boolean) => (value ? 'Y' : 'N');

export async function SiteRegistryCard({ teamId, timeZone }: { teamId: string; timeZone: string }) {
  const endpoints = await getTeamSiteEndpoints(teamId);
  if (endpoints.length === 0) return null;
  const hints = await getTeamPlatformHints(teamId);
  return (
    <Card title="Site registry (GOCDB)" id="site-registry">
      <ul className="divide-y divide-slate-100 text-sm" aria-label="GOCDB endpoints of the site">
        {endpoints.map((endpoint) => (
          <li key={endpoint.id} className="flex flex-wrap gap-x-3 py-1.5" data-testid="gocdb-endpoint">
            <span className="break-all font-medium">{endpoint.hostname}</span>
            <span>{endpoint.serviceType}</span>
            <span>
              {endpoint.hostOs || '(no OS)'} {endpoint.hostArch || '(no arch)'}
            </span>
            <span>BETA {yesNo(endpoint.beta)}</span>
            <span>IN_PRODUCTION {yesNo(endpoint.inProduction)}</span>
            <span>NODE_MONITORED {yesNo(endpoint.monitored)}</span>
            <span className="text-slate-600">read {formatDateTime(endpoint.readAt, timeZone)}</span>
          </li>
        ))}
      </ul>
      {hints.length > 0 && (
        <div className="mt-3">
          <h3 className="text-sm font-medium text-amber-900">Platform check</h3>
          <ul className="space-y-1 text-sm" aria-label="Platform hints">
            {hints.map((hint) => (
              <li key={`${hint.component}:${hint.platform}:${hint.hostname}`}>
                <span className="font-medium">{hint.component}</span> is committed on {hint.platform}, but GOCDB says <span className="break-all">{hint.hostname}</span> runs{' '}
                {[hint.mismatch.os && hint.hostOs, hint.mismatch.arch && hint.hostArch].filter(Boolean).join(' ')}. Check the commitment, or the service in GOCDB.
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
