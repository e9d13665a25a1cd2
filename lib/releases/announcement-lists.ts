// Where a release going to production is announced (reference document, "communication channels"):
// the operations-portal broadcast lists, in one place. Override them with PRODUCTION_ANNOUNCE_TO
// (comma-separated addresses); the defaults below are the four audiences the document names.

export interface AnnouncementList {
  address: string;
  audience: string;
}

export const DEFAULT_PRODUCTION_ANNOUNCE_LISTS: readonly AnnouncementList[] = [
  { address: 'site-admins@mailman.egi.eu', audience: 'Production site administrators (from the GOCDB)' },
  { address: 'wlcg-tier1-contacts@cern.ch', audience: 'WLCG Tier-1 contacts (static list maintained at CERN)' },
  { address: 'inspire-sa2@mailman.egi.eu', audience: 'EGI SA2: repository administrators, DMSU, quality criteria and verification' },
  { address: 'noc-managers@mailman.egi.eu', audience: 'NGI Operations Centre managers' },
];

export const PRODUCTION_ANNOUNCE_ENV = 'PRODUCTION_ANNOUNCE_TO';

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** The configured recipients of production announcements; an empty or unset variable means the defaults. */
export function productionAnnouncementRecipients(env: Record<string, string | undefined> = process.env): string[] {
  const configured = (env[PRODUCTION_ANNOUNCE_ENV] ?? '')
    .split(',')
    .map((address) => address.trim().toLowerCase())
    .filter((address) => ADDRESS.test(address));
  const addresses = configured.length ? configured : DEFAULT_PRODUCTION_ANNOUNCE_LISTS.map((list) => list.address);
  return [...new Set(addresses)];
}
