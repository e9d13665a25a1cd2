// Data-quality hints on a team's page: GOCDB endpoints whose HOST_OS / HOST_ARCH do not match the
// platform the team committed to for that component. A hint, never a block.
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import { getTeamPlatformHints } from '@/lib/gocdb/get-endpoint-views';

export async function PlatformHintsCard({ teamId, timeZone }: { teamId: string; timeZone: string }) {
  const hints = await getTeamPlatformHints(teamId);
  if (hints.length === 0) return null;
  return (
    <Card title="GOCDB platform check" id="platform-hints">
      <p className="mb-2 text-sm text-slate-600">GOCDB describes these endpoints with another platform than the team committed to. Check the commitment, or the service in GOCDB.</p>
      <ul className="space-y-1 text-sm" aria-label="Platform hints">
        {hints.map((hint) => (
          <li key={`${hint.component}:${hint.platform}:${hint.hostname}`}>
            <span className="font-medium">{hint.component}</span> committed on {hint.platform}; GOCDB says <span className="break-all">{hint.hostname}</span> runs{' '}
            <span className={hint.mismatch.os ? 'font-medium text-amber-900' : undefined}>{hint.hostOs || '(no OS)'}</span>{' '}
            <span className={hint.mismatch.arch ? 'font-medium text-amber-900' : undefined}>{hint.hostArch || '(no arch)'}</span>{' '}
            <span className="text-slate-600">(read {formatDateTime(hint.readAt, timeZone)})</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
