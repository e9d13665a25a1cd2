// "Site registry (GOCDB)" on a rollout: each team's endpoints of the component's service type with
// BETA / IN_PRODUCTION / NODE_MONITORED as last read, when, and where the app and GOCDB disagree.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { describeBetaCheck } from '@/lib/gocdb/beta-check';
import { getRolloutEndpoints } from '@/lib/gocdb/get-endpoint-views';

const yesNo = (value: boolean) => (value ? 'Y' : 'N');

export async function RolloutEndpointsCard({ rolloutId, timeZone }: { rolloutId: string; timeZone: string }) {
  const view = await getRolloutEndpoints(rolloutId);
  if (!view.serviceType || view.rows.length === 0) return null;
  return (
    <Card title="Site registry (GOCDB)" id="gocdb-title">
      <p className="mb-3 text-sm text-slate-600">
        {view.component} endpoints (service type <code>{view.serviceType}</code>) at each team’s site, as last read from GOCDB. The app never writes to GOCDB.
      </p>
      <ul className="space-y-4" aria-label="GOCDB endpoints per team">
        {view.rows.map((row) => (
          <li key={row.participationId} className="space-y-1 text-sm" data-testid="gocdb-team-endpoints">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{row.team}</span>
              <span className="text-slate-600">declared beta in the app: {row.declared ? 'yes' : 'no'}</span>
              {row.check.kind !== 'agrees' && <Badge tone={row.check.kind === 'no-endpoint' ? 'neutral' : 'warning'}>{describeBetaCheck(row.check, view.serviceType!)}</Badge>}
            </div>
            {row.endpoints.length > 0 && (
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm">
                  <thead className="text-xs text-slate-600">
                    <tr>
                      <th scope="col" className="pr-3">Host</th>
                      <th scope="col" className="pr-3">BETA</th>
                      <th scope="col" className="pr-3">IN_PRODUCTION</th>
                      <th scope="col" className="pr-3">NODE_MONITORED</th>
                      <th scope="col">Read</th>
                    </tr>
                  </thead>
                  <tbody>
                    {row.endpoints.map((endpoint) => (
                      <tr key={endpoint.id}>
                        <td className="pr-3 break-all">{endpoint.hostname}</td>
                        <td className="pr-3">{yesNo(endpoint.beta)}</td>
                        <td className="pr-3">{yesNo(endpoint.inProduction)}</td>
                        <td className="pr-3">{yesNo(endpoint.monitored)}</td>
                        <td>{formatDateTime(endpoint.readAt, timeZone)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
