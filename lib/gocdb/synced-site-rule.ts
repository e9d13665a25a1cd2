// When GOCDB is configured, an NGI read from GOCDB takes its teams' sites from GOCDB only: the site
// must be one the sync imported and GOCDB still lists. NGIs typed by hand, and every NGI while GOCDB_URL
// is unset, keep the free-text path.
import 'server-only';
import { ValidationError } from '@/lib/errors';
import { readGocdbConfig } from './config';

export function assertSiteFromGocdb(
  ngi: { code: string; gocdbName: string | null },
  site: { name: string; gocdbKey: string | null; gocdbRemovedAt: Date | null } | null,
  siteName: string,
  env: Record<string, string | undefined> = process.env,
): void {
  if (!ngi.gocdbName || !readGocdbConfig(env).configured) return;
  if (site?.gocdbKey && !site.gocdbRemovedAt) return;
  const reason = site?.gocdbRemovedAt ? `${site.name} is no longer in GOCDB.` : `GOCDB lists no site ${siteName} in ${ngi.gocdbName}.`;
  throw new ValidationError(reason, { siteName: [`${reason} Pick one of ${ngi.code}'s sites synced from GOCDB.`] });
}
