// GET /api/v1/users through its route handler with real tokens: who may list, the managers of a stack
// with the stacks they manage, strict queries; and assigning a rollout by the manager's e-mail.
import { describe, expect, it } from 'vitest';
import { makeRolloutWorld, makeUserIn } from '@/lib/rollout/test-fixtures';
import { callRoute, tokenOf } from '@/test/authz/call-route';
import { POST as transition } from '../rollouts/[number]/[transition]/route';
import { GET as listUsers } from './route';

describe('GET /api/v1/users', () => {
  it('lists the managers of a stack with the stacks they manage, for a coordinator; others are refused', async () => {
    const world = await makeRolloutWorld();
    const token = await tokenOf(world.coordinator);
    const response = await callRoute(listUsers, `/api/v1/users?role=manager&stack=${world.stack.slug}`, { token });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 1, page: 1, perPage: 25 });
    expect(body.data).toEqual([
      { id: world.manager.id, name: world.manager.name, email: world.manager.email, manager: true, managedStacks: [{ id: world.stack.id, slug: world.stack.slug, name: world.stack.name }], openRollouts: 0 },
    ]);
    const byText = await (await callRoute(listUsers, `/api/v1/users?q=${encodeURIComponent(world.otherManager.email.toUpperCase())}`, { token })).json();
    expect(byText.data.map((user: { id: string }) => user.id)).toEqual([world.otherManager.id]);

    const bad = await callRoute(listUsers, '/api/v1/users?role=admin', { token });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toEqual({ role: ['role must be one of: manager.'] });
    const nobody = await makeUserIn([]);
    expect((await callRoute(listUsers, '/api/v1/users', { token: await tokenOf(nobody) })).status).toBe(403);
    expect((await callRoute(listUsers, '/api/v1/users', { token: await tokenOf(world.manager) })).status).toBe(403);
  });

  it('lets the coordinator assign a rollout by the manager e-mail it listed', async () => {
    const world = await makeRolloutWorld();
    const token = await tokenOf(world.coordinator);
    const n = String(world.rollout.number);
    const unknown = await callRoute(transition, `/api/v1/rollouts/${n}/assign`, { token, params: { number: n, transition: 'assign' }, body: { manager: 'nobody@nowhere.example' } });
    expect(unknown.status).toBe(404);
    const assigned = await callRoute(transition, `/api/v1/rollouts/${n}/assign`, { token, params: { number: n, transition: 'assign' }, body: { manager: world.manager.email.toUpperCase() } });
    expect(assigned.status).toBe(200);
    const listed = await (await callRoute(listUsers, `/api/v1/users?stack=${world.stack.slug}`, { token })).json();
    expect(listed.data[0]).toMatchObject({ id: world.manager.id, openRollouts: 1 });
  });
});
