// Which page addresses are decided before rendering (issue #21): the pages that refuse some readers
// (a permission) and the pages of one entity (a rollout, a release, a team, a component) that may not exist
// or be hidden from this reader. Pure, so the table can be tested against the pages themselves.
import type { Permission } from '@/lib/auth/permissions';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';

export type GatedPage =
  | { kind: 'permission'; permission: Permission }
  | { kind: 'rollout'; number: number | null }
  | { kind: 'release'; number: number | null }
  | { kind: 'team'; name: string; edit: boolean }
  | { kind: 'component'; id: string };

/** The pages a permission opens; each page checks the same permission itself (see gated-pages.test.ts). */
export const PERMISSION_PAGES: Readonly<Record<string, Permission>> = {
  '/admin/audit': 'audit.view',
  '/admin/gocdb': 'gocdb.sync',
  '/admin/groups': 'group.manage',
  '/admin/holidays': 'settings.edit',
  '/admin/readiness': 'policy.edit',
  '/catalog/components/new': 'catalog.edit',
  '/metrics': 'metrics.view',
  '/teams/new': 'team.create',
};

/** A ticket number as the pages read it (at most 9 digits); anything else names no ticket. */
function ticketNumber(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export function gatedPage(pathname: string): GatedPage | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const permission = PERMISSION_PAGES[path];
  if (permission) return { kind: 'permission', permission };
  let match = /^\/rollouts\/([^/]+)$/.exec(path);
  if (match && match[1] !== 'invitations') return { kind: 'rollout', number: ticketNumber(match[1]!) };
  match = /^\/releases\/([^/]+)$/.exec(path);
  if (match && match[1] !== 'new') return { kind: 'release', number: ticketNumber(match[1]!) };
  match = /^\/teams\/([^/]+)(\/edit)?$/.exec(path);
  if (match && match[1] !== 'export') return { kind: 'team', name: safeDecodeURIComponent(match[1]!), edit: !!match[2] };
  match = /^\/catalog\/components\/([^/]+)$/.exec(path);
  if (match) return { kind: 'component', id: safeDecodeURIComponent(match[1]!) };
  return null;
}
