import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/account/create-token-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageUser } from '@/lib/auth/current-user';
import { listApiTokens } from '@/lib/auth/list-api-tokens';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requirePageUser('/account');
  const tokens = await listApiTokens(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Roles" id="roles">
          <ul className="flex flex-wrap gap-2">
            {user.roles.length === 0 && <li className="text-sm text-slate-600">No role: ask an Early Adopters admin to add you to a team.</li>}
            {user.roles.map((role) => (
              <li key={role}>
                <Badge tone="info">{ROLE_LABELS[role]}</Badge>
              </li>
            ))}
          </ul>
          {user.managedStacks.length > 0 && (
            <p className="mt-3 text-sm">Manager of: {user.managedStacks.map((stack) => stack.name).join(', ')}</p>
          )}
        </Card>
        <Card title="Groups" id="groups">
          <table className="w-full text-sm">
            <caption className="sr-only">Your groups and where each membership comes from</caption>
            <thead>
              <tr className="text-left text-slate-500">
                <th scope="col" className="py-1">Group</th>
                <th scope="col" className="py-1">Source</th>
              </tr>
            </thead>
            <tbody>
              {user.groups.map((group) => (
                <tr key={group.name} className="border-t border-slate-100">
                  <td className="py-1 font-mono text-xs">{group.name}</td>
                  <td className="py-1">
                    {group.sources.map((source) => (
                      <Badge key={source} tone={source === 'IDP' ? 'info' : 'neutral'} title={source === 'IDP' ? 'From the identity provider, refreshed at every sign-in' : 'Managed in this app'}>
                        {source === 'IDP' ? 'identity provider' : 'app'}
                      </Badge>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
      <Card title="API tokens" id="tokens">
        <p className="mb-3 text-sm text-slate-600">
          Personal tokens for the JSON API. They are stored hashed and shown only once; a token can do what you can do.
        </p>
        <CreateTokenForm />
        {tokens.length > 0 && (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Your API tokens</caption>
              <thead>
                <tr className="text-left text-slate-500">
                  <th scope="col">Name</th>
                  <th scope="col">Token</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-t border-slate-100">
                    <td className="py-2">{token.name}</td>
                    <td className="py-2 font-mono text-xs">{token.prefix}…</td>
                    <td className="py-2">{formatDateTime(token.createdAt, user.timeZone)}</td>
                    <td className="py-2">{formatDateTime(token.lastUsedAt, user.timeZone)}</td>
                    <td className="py-2">{token.expiresAt ? formatDateTime(token.expiresAt, user.timeZone) : 'never'}</td>
                    <td className="py-2 text-right">
                      {token.revokedAt ? <Badge tone="danger">revoked</Badge> : (
                        <InlineActionForm action={revokeTokenAction} hidden={{ tokenId: token.id }} label={`Revoke token ${token.name}`} pendingLabel="Revoking…">
                          Revoke
                        </InlineActionForm>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
