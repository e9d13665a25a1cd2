// /admin/gocdb: the GOCDB site-registry sync: its settings, a "Sync now" button, the recent runs (counts
// and errors) and what is synced. Admins only.
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { SyncRunsList } from '@/components/gocdb/sync-runs-list';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/authorize';
import { requirePageUser } from '@/lib/auth/current-user';
import { getGocdbAdminView } from '@/lib/gocdb/get-admin-view';
import { syncGocdbAction } from './actions';

export const metadata: Metadata = { title: 'GOCDB sync' };

export default async function GocdbAdminPage() {
  const user = await requirePageUser('/admin/gocdb');
  if (!can(user, 'gocdb.sync')) forbidden();
  const view = await getGocdbAdminView();
  return (
    <div className="space-y-6">
      <PageHeader
        title="GOCDB sync"
        description="NGIs, sites and the service endpoints of the catalogue's service types, read from GOCDB's programmatic interface. Nothing is ever written back to GOCDB."
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="Runs" id="runs" actions={view.configured ? <InlineActionForm action={syncGocdbAction} hidden={{}} label="Sync now from GOCDB" variant="primary" pendingLabel="Syncing…">Sync now</InlineActionForm> : undefined}>
          <SyncRunsList runs={view.runs} timeZone={user.timeZone} />
        </Card>
        <div className="space-y-6">
          <Card title="Settings" id="settings">
            {view.configured ? (
              <dl className="space-y-1 text-sm">
                <dt className="font-medium">GOCDB_URL</dt>
                <dd className="break-all text-slate-700">{view.configured.url}</dd>
                <dt className="font-medium">Worker interval</dt>
                <dd className="text-slate-700">every {view.configured.intervalMinutes} minutes</dd>
                <dt className="font-medium">Client certificate</dt>
                <dd className="text-slate-700">{view.configured.clientCertificate ? 'GOCDB_CERT / GOCDB_KEY set' : 'none (public methods only)'}</dd>
              </dl>
            ) : (
              <p className="text-sm text-slate-700">{view.reason}. Teams are created with NGIs and sites typed by hand.</p>
            )}
          </Card>
          <Card title="Synced" id="synced">
            <ul className="space-y-1 text-sm" aria-label="Synced records">
              <li>{view.totals.ngis} NGIs</li>
              <li>
                {view.totals.sites} sites{view.totals.removedSites > 0 && `, ${view.totals.removedSites} marked removed from GOCDB`}
              </li>
              {view.totals.endpoints.map((row) => (
                <li key={row.serviceType}>
                  {row.count} {row.serviceType} endpoints
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Service types read" id="types">
            {view.mapped.length === 0 ? (
              <p className="text-sm text-slate-700">
                No component has a GOCDB service type yet: set one in the <Link href="/catalog" className="underline">catalogue</Link> (e.g. CREAM → CREAM-CE) to read its endpoints.
              </p>
            ) : (
              <ul className="space-y-1 text-sm" aria-label="Mapped components">
                {view.mapped.map((component) => (
                  <li key={component.id}>
                    <Link href={`/catalog/components/${component.id}`} className="underline">
                      {component.stack.name} {component.name}
                    </Link>{' '}
                    → <code>{component.gocdbServiceType}</code>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
