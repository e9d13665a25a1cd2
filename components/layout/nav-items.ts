// The main navigation: what each role sees. Visibility only; pages check permissions themselves.
import type { CurrentUser } from '@/lib/auth/principal';
import { canAtAll } from '@/lib/auth/authorize';

export interface NavItem {
  href: string;
  label: string;
  /** Administration pages: folded under one "Admin" menu, so the bar stays one line at 1,280 px. */
  admin?: true;
}

export function navItemsFor(user: CurrentUser | null): NavItem[] {
  if (!user) return [];
  const items: NavItem[] = [];
  if (user.teams.length > 0) items.push({ href: '/my-team', label: 'My team' });
  items.push({ href: '/teams', label: 'Teams' }, { href: '/coverage', label: 'Coverage' }, { href: '/rollouts', label: 'Rollouts' }, { href: '/releases', label: 'Releases' });
  if (canAtAll(user, 'metrics.view')) items.push({ href: '/metrics', label: 'Metrics' });
  if (canAtAll(user, 'catalog.edit')) items.push({ href: '/catalog', label: 'Catalogue', admin: true });
  if (canAtAll(user, 'group.manage')) items.push({ href: '/admin/groups', label: 'Groups', admin: true });
  if (canAtAll(user, 'audit.view')) items.push({ href: '/admin/audit', label: 'Audit', admin: true });
  if (canAtAll(user, 'settings.edit')) items.push({ href: '/admin/holidays', label: 'Holidays', admin: true });
  if (canAtAll(user, 'gocdb.sync')) items.push({ href: '/admin/gocdb', label: 'GOCDB', admin: true });
  if (canAtAll(user, 'policy.edit')) items.push({ href: '/admin/readiness', label: 'Readiness policy', admin: true });
  items.push({ href: '/outbox', label: 'Messages' }, { href: '/subscriptions', label: 'Following' });
  return items;
}
