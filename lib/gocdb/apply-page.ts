// Writes one page of GOCDB records into the site registry tables, inside the caller's transaction
// (one transaction per page: a failing page leaves what earlier pages wrote, and nothing of itself).
// Rows are matched by GOCDB's keys (NGI NAME, site and endpoint PRIMARY_KEY); an NGI or site typed by
// hand with the same name is adopted rather than duplicated. A record that cannot be placed (a site
// whose NGI GOCDB did not list, an endpoint of an unknown site) is skipped with a reason, never half-written.
import 'server-only';
import { type Tx, updateVersioned } from '@/lib/db/transaction';
import { equalsIgnoringCase } from '@/lib/db/like';
import { emptyCounts, type SyncCounts } from './counts';
import { ngiCodeFor } from './ngi-code';
import type { GocdbEndpoint, GocdbNgi, GocdbSite } from './parse-xml';

function validTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export async function applyNgis(tx: Tx, records: GocdbNgi[], now: Date): Promise<SyncCounts> {
  const counts = emptyCounts();
  for (const record of records) {
    const known = await tx.ngi.findUnique({ where: { gocdbName: record.name } });
    if (known) {
      await tx.ngi.update({ where: { id: known.id }, data: { gocdbSyncedAt: now, gocdbRemovedAt: null } });
      if (known.gocdbRemovedAt) counts.updated++;
      continue;
    }
    let code = ngiCodeFor(record.name);
    const typed = await tx.ngi.findFirst({ where: { code: equalsIgnoringCase(code) } });
    if (typed && typed.gocdbName === null) {
      await updateVersioned(tx, 'ngi', { id: typed.id }, { gocdbName: record.name, gocdbSyncedAt: now });
      counts.updated++;
      continue;
    }
    if (typed) code = record.name.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 16); // the short code belongs to another GOCDB NGI
    await tx.ngi.create({ data: { code, name: record.name, gocdbName: record.name, gocdbSyncedAt: now } });
    counts.added++;
  }
  return counts;
}

export async function applySites(tx: Tx, records: GocdbSite[], now: Date): Promise<SyncCounts> {
  const counts = emptyCounts();
  for (const record of records) {
    const ngi = await tx.ngi.findUnique({ where: { gocdbName: record.ngiName } });
    if (!ngi) {
      counts.errors.push(`Site ${record.shortName}: its NGI ${record.ngiName} is not in GOCDB's NGI list; the site was not imported.`);
      continue;
    }
    const fields = {
      country: record.country,
      certificationStatus: record.certificationStatus || null,
      productionInfrastructure: record.productionInfrastructure || null,
      ...(validTimeZone(record.timeZone) ? { timeZone: record.timeZone } : {}),
    };
    const known =
      (await tx.site.findUnique({ where: { gocdbKey: record.primaryKey }, include: { team: true } })) ??
      (await tx.site.findFirst({ where: { ngiId: ngi.id, name: equalsIgnoringCase(record.shortName), gocdbKey: null }, include: { team: true } }));
    if (!known) {
      await tx.site.create({ data: { ...fields, ngiId: ngi.id, name: record.shortName, gocdbKey: record.primaryKey, gocdbSyncedAt: now } });
      counts.added++;
      continue;
    }
    // A site with a team keeps its NGI and name: both are part of the team's name (ea-<NGI>-<Site>).
    const identity = known.team ? {} : { ngiId: ngi.id, name: record.shortName };
    const changed =
      known.gocdbKey !== record.primaryKey ||
      known.gocdbRemovedAt !== null ||
      known.country !== fields.country ||
      known.certificationStatus !== fields.certificationStatus ||
      known.productionInfrastructure !== fields.productionInfrastructure ||
      (fields.timeZone !== undefined && known.timeZone !== fields.timeZone) ||
      (!known.team && (known.ngiId !== ngi.id || known.name !== record.shortName));
    if (known.team && (known.ngiId !== ngi.id || known.name !== record.shortName)) {
      counts.errors.push(`Site ${record.shortName}: GOCDB now places it as ${record.ngiName}/${record.shortName}; team ${known.team.name} keeps its name, edit the team to follow.`);
    }
    await tx.site.update({
      where: { id: known.id },
      data: { ...fields, ...identity, gocdbKey: record.primaryKey, gocdbSyncedAt: now, gocdbRemovedAt: null, ...(changed ? { version: { increment: 1 } } : {}) },
    });
    if (changed) counts.updated++;
  }
  return counts;
}

export async function applyEndpoints(tx: Tx, records: GocdbEndpoint[], now: Date): Promise<SyncCounts> {
  const counts = emptyCounts();
  for (const record of records) {
    const site = await tx.site.findFirst({ where: { name: record.siteName, gocdbKey: { not: null } } });
    if (!site) {
      counts.errors.push(`Endpoint ${record.hostname} (${record.serviceType}): its site ${record.siteName} is not among the synced sites; not imported.`);
      continue;
    }
    const values = {
      siteId: site.id,
      hostname: record.hostname,
      serviceType: record.serviceType,
      hostOs: record.hostOs,
      hostArch: record.hostArch,
      beta: record.beta,
      inProduction: record.inProduction,
      monitored: record.monitored,
    };
    const known = await tx.gocdbServiceEndpoint.findUnique({ where: { gocdbKey: record.primaryKey } });
    if (!known) {
      await tx.gocdbServiceEndpoint.create({ data: { ...values, gocdbKey: record.primaryKey, readAt: now } });
      counts.added++;
      continue;
    }
    const changed = known.removedAt !== null || (Object.keys(values) as (keyof typeof values)[]).some((key) => known[key] !== values[key]);
    await tx.gocdbServiceEndpoint.update({
      where: { id: known.id },
      data: { ...values, readAt: now, removedAt: null, ...(known.beta !== record.beta ? { betaChangedAt: now } : {}) },
    });
    if (changed) counts.updated++;
  }
  return counts;
}
