'use client';

import { signIn } from 'next-auth/react';
import { useMemo, useState } from 'react';
import type { DemoUser } from '@/lib/auth/list-demo-users';

interface Props {
  users: { role: string; label: string; users: DemoUser[] }[];
  callbackUrl: string;
}

export function DemoUserList({ users, callbackUrl }: Props) {
  const [filter, setFilter] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(
    () =>
      users
        .map((group) => ({
          ...group,
          users: group.users.filter((user) => !needle || `${user.email} ${user.name} ${user.detail}`.toLowerCase().includes(needle)),
        }))
        .filter((group) => group.users.length > 0),
    [users, needle],
  );

  async function signInAs(email: string) {
    setPending(email);
    await signIn('demo', { email, callbackUrl });
  }

  return (
    <section aria-labelledby="demo" className="mt-6 rounded-lg border border-amber-300 bg-amber-50/50 p-5">
      <h2 id="demo" className="font-medium">Demo sign-in</h2>
      <p className="mt-1 text-sm text-slate-600">
        Demo mode: sign in as any seeded user, without a password. Never enable this in production
        (<code>AUTH_DEMO=1</code> turns it on for a server database).
      </p>
      <label className="mt-3 block text-sm font-medium" htmlFor="demo-filter">
        Find a user
      </label>
      <input
        id="demo-filter"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        placeholder="e-mail, name or team"
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
      />
      {visible.map((group) => (
        <div key={group.role} className="mt-4">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{group.label}</h3>
          <ul className="mt-1 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {group.users.map((user) => (
              <li key={user.email} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span>
                  <span className="font-medium">{user.name}</span>{' '}
                  <span className="text-sm text-slate-500">{user.email}</span>
                  {user.detail && <span className="block text-xs text-slate-500">{user.detail}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => signInAs(user.email)}
                  disabled={pending !== null}
                  aria-label={`Sign in as ${user.email}`}
                  className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-50"
                >
                  {pending === user.email ? 'Signing in…' : 'Sign in'}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {visible.length === 0 && <p className="mt-3 text-sm text-slate-600">No demo user matches “{filter}”.</p>}
    </section>
  );
}
