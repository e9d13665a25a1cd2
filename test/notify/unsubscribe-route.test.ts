// The one-click unsubscribe route itself (no sign-in): GET only shows a confirmation (a link scanner
// must not unsubscribe anyone), POST from the button or from a mail client (RFC 8058) removes it.
import { describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/unsubscribe/[token]/route';
import { db } from '@/lib/db/client';
import { followTarget } from '@/lib/notify/subscriptions';
import { createTeam, createUser } from './fixtures';

function context(token: string) {
  return { params: Promise.resolve({ token }) };
}

async function subscription() {
  const user = await createUser();
  const { team } = await createTeam();
  const { id } = await followTarget({ id: user.id, label: user.email }, { targetType: 'TEAM', targetId: team.id, mode: 'IMMEDIATE' });
  return { user, team, row: await db.subscription.findUniqueOrThrow({ where: { id } }) };
}

describe('/unsubscribe/<token>', () => {
  it('GET shows what would stop and a POST button, and removes nothing', async () => {
    const { user, team, row } = await subscription();
    const response = await GET(new Request(`http://app/unsubscribe/${row.unsubscribeToken}`), context(row.unsubscribeToken));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(user.email);
    expect(html).toContain(team.name);
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\/[^"]+"/);
    expect(await db.subscription.count({ where: { id: row.id } })).toBe(1);
  });

  it('POST from the confirmation button unsubscribes, a second POST finds nothing', async () => {
    const { row } = await subscription();
    const post = () => POST(new Request(`http://app/unsubscribe/${row.unsubscribeToken}`, { method: 'POST', body: 'confirm=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), context(row.unsubscribeToken));
    expect(await (await post()).text()).toContain('Unsubscribed');
    expect(await db.subscription.count({ where: { id: row.id } })).toBe(0);
    expect(await (await post()).text()).toContain('Nothing to do');
  });

  it('answers a mail client one-click POST (RFC 8058) in plain text', async () => {
    const { row } = await subscription();
    const response = await POST(new Request(`http://app/unsubscribe/${row.unsubscribeToken}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), context(row.unsubscribeToken));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Unsubscribed.\n');
    expect(await db.subscription.count({ where: { id: row.id } })).toBe(0);
  });

  it('refuses malformed tokens with a 404 page', async () => {
    const response = await GET(new Request('http://app/unsubscribe/%3Cscript%3E'), context('<script>'));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<script>');
  });
});
