import Link from 'next/link';
import type { CurrentUser } from '@/lib/auth/principal';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { navItemsFor } from './nav-items';
import { SignOutButton } from './sign-out-button';

/** The header's frame while the user's navigation streams in (the static shell of every app page). */
export function AppHeaderPlaceholder() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-brand-900">
          Early Adopters
        </Link>
        <span className="h-4 flex-1 animate-pulse rounded bg-slate-100" aria-hidden="true" />
      </div>
    </header>
  );
}

export function AppHeader({ user, demo }: { user: CurrentUser | null; demo: boolean }) {
  const all = navItemsFor(user);
  const items = all.filter((item) => !item.admin);
  const admin = all.filter((item) => item.admin);
  return (
    <header className="border-b border-slate-200 bg-white">
      {demo && (
        <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-900">
          Demo sign-in is enabled on this server: anybody can act as any seeded user.
        </p>
      )}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-brand-900">
          Early Adopters
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand-700 hover:underline">
              {item.label}
            </Link>
          ))}
          {admin.length > 0 && (
            <details className="relative">
              <summary className="cursor-pointer text-slate-700 hover:text-brand-700">Admin</summary>
              <ul className="absolute left-0 z-20 mt-1 min-w-36 rounded border border-slate-200 bg-white py-1 shadow-lg">
                {admin.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="block px-3 py-1.5 text-slate-700 hover:bg-slate-50 hover:text-brand-700">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </nav>
        {user ? (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/account" className="text-right leading-tight hover:underline">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-xs text-slate-500">
                {user.roles.filter((role) => role !== 'listMember').map((role) => ROLE_LABELS[role]).join(' · ') || 'No role'}
              </span>
            </Link>
            <SignOutButton />
          </div>
        ) : (
          <Link href="/signin" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
