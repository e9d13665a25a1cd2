// What /admin/gocdb shows: whether the sync is configured, the recent runs with their counts and
// errors, how much of the registry is synced, and which catalogue components map to which service type.
import 'server-only';
import { db } from '@/lib/db/client';
import { readGocdbConfig } from './config';

export async function getGocdbAdminView() {
  const gocdb = readGocdbConfig();
  // One after the other: fewer connections on the embedded database.
  const runs = await db.gocdbSyncRun.findMany({ orderBy: { startedAt: 'desc' }, take: 20 });
  const ngis = await db.ngi.count({ where: { gocdbName: { not: null }, gocdbRemovedAt: null } });
  const sites = await db.site.count({ where: { gocdbKey: { not: null }, gocdbRemovedAt: null } });
  const removedSites = await db.site.count({ where: { gocdbRemovedAt: { not: null } } });
  const endpoints = await db.gocdbServiceEndpoint.groupBy({ by: ['serviceType'], where: { removedAt: null }, _count: { _all: true }, orderBy: { serviceType: 'asc' } });
  const mapped = await db.component.findMany({
    where: { gocdbServiceType: { not: null }, retiredAt: null },
    select: { id: true, name: true, gocdbServiceType: true, stack: { select: { name: true } } },
    orderBy: [{ gocdbServiceType: 'asc' }, { name: 'asc' }],
  });
  return {
    configured: gocdb.configured ? { url: gocdb.config.display, intervalMinutes: gocdb.config.intervalMinutes, clientCertificate: Boolean(gocdb.config.certFile) } : null,
    reason: gocdb.configured ? null : gocdb.reason,
    runs,
    totals: { ngis, sites, removedSites, endpoints: endpoints.map((row) => ({ serviceType: row.serviceType, count: row._count._all })) },
    mapped,
  };
}
