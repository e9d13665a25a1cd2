// The rollouts JSON API and the inbound-mail endpoint through their route handlers, authenticated with
// real API tokens: the same lib functions and permission checks as the pages, 4xx JSON with a reason.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/auth/api-tokens';
import type { CurrentUser } from '@/lib/auth/principal';
import { db } from '@/lib/db/client';
import { reportFileName } from '@/lib/rollout/naming';
import { completeExposure, makeRolloutWorld, makeTeam } from '@/lib/rollout/test-fixtures';
import { POST as inboundMail } from '../inbound-mail/route';
import { POST as transition } from './[number]/[transition]/route';
import { POST as uploadReport } from './[number]/report/route';
import { GET as download } from './[number]/reports/[reportId]/route';
import { GET as comments } from './[number]/comments/route';
import { GET as getOne } from './[number]/route';
import { GET as list } from './route';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function tokenOf(user: CurrentUser) {
  return (await createApiToken({ id: user.id, label: user.email }, user.id, 'rollouts api test')).token;
}

function call<P extends Record<string, string>>(handler: Handler<P>, path: string, token: string, params: P, body?: unknown | FormData, headers: Record<string, string> = {}) {
  const isForm = body instanceof FormData;
  return handler(
    new NextRequest(`http://localhost${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(isForm || body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
}

const post = (token: string, number: number, name: string, body: unknown) => call(transition, `/api/v1/rollouts/${number}/${name}`, token, { number: String(number), transition: name }, body);

afterEach(() => {
  delete process.env.INBOUND_MAIL_SECRET;
});

describe('rollouts API', () => {
  it('drives a rollout from NEW to ACCEPT through the API, with the same refusals as the pages', async () => {
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    const [coordinator, manager, member, outsider] = await Promise.all([tokenOf(world.coordinator), tokenOf(world.manager), tokenOf(team.member), tokenOf(world.otherManager)]);
    const n = world.rollout.number;

    const forbidden = await post(manager, n, 'assign', { managerId: world.manager.id });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: 'forbidden', message: expect.stringContaining('Coordinator') });
    expect((await post(coordinator, n, 'assign', { managerId: world.manager.id, version: 1 })).status).toBe(200);
    const stale = await post(coordinator, n, 'assign', { managerId: world.manager.id, version: 1 });
    expect(stale.status).toBe(409);

    expect((await post(outsider, n, 'invite', { teamIds: [team.team.id], template: 'Dear {{team}}, please test this release.' })).status).toBe(403);
    const bad = await post(manager, n, 'invite', { teamIds: [], template: 'short' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toMatchObject({ teamIds: expect.any(Array), template: expect.any(Array) });
    expect((await post(manager, n, 'invite', { teamIds: [team.team.id], template: 'Dear {{team}}, please test this release.' })).status).toBe(200);
    expect((await post(member, n, 'reply', { team: team.team.name, answer: 'accept' })).status).toBe(200);
    expect((await post(member, n, 'exposure-start', { team: team.team.name })).status).toBe(200);

    const form = new FormData();
    const name = reportFileName({ ngiCode: team.ngi.code, siteName: team.site.name, stack: world.stack.name, component: world.component.name, version: '1.8.0-1', ext: 'txt' });
    form.set('file', new File(['All tests passed on our CE.'], 'wrong.txt'));
    for (const [key, value] of Object.entries({ team: team.team.name, releaseNotesCorrect: 'yes', testsPerformed: 'Job submission and proxy renewal.', recommendation: 'ACCEPT' })) form.set(key, value);
    const wrong = await call(uploadReport, `/api/v1/rollouts/${n}/report`, member, { number: String(n) }, form);
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).fieldErrors.expectedFileName).toEqual([name]);
    form.set('file', new File(['All tests passed on our CE.'], name));
    const uploaded = await call(uploadReport, `/api/v1/rollouts/${n}/report`, member, { number: String(n) }, form);
    expect(uploaded.status).toBe(200);
    const { reportId } = await uploaded.json();

    const file = await call(download, `/api/v1/rollouts/${n}/reports/${reportId}`, outsider, { number: String(n), reportId });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain(`attachment; filename="${name}"`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await file.text()).toBe('All tests passed on our CE.');

    const detail = await (await call(getOne, `/api/v1/rollouts/${n}`, member, { number: String(n) })).json();
    expect(detail).toMatchObject({ status: 'OPEN', participations: [{ team: team.team.name, status: 'ACCEPTED', report: { fileName: name, recommendation: 'ACCEPT' } }] });
    // The team reported on day 0 of its exposure: not ready, and ACCEPT is refused with the unmet rules.
    expect(detail.readiness).toMatchObject({ ready: false, state: 'WAITING' });
    expect(detail.readiness.rules.filter((r: { met: boolean }) => !r.met).map((r: { id: string }) => r.id)).toEqual(['exposures', 'acceptReports']);
    expect(detail.readiness.rules.find((r: { id: string }) => r.id === 'exposures')).toMatchObject({ actor: team.team.name, due: expect.any(String) });
    expect(detail.policy).toMatchObject({ kind: 'MINOR', version: 1, exposureDefaultDays: 7 });
    const premature = await post(manager, n, 'resolve', { outcome: 'ACCEPT', summary: 'One site ran it for a week without problems.', version: detail.version });
    expect(premature.status).toBe(409);
    const refusal = await premature.json();
    expect(refusal).toMatchObject({ error: 'not_ready', rules: [{ id: 'exposures', met: false }, { id: 'acceptReports', met: false }] });

    await completeExposure(world, team);
    const ready = await (await call(getOne, `/api/v1/rollouts/${n}`, member, { number: String(n) })).json();
    expect(ready.readiness).toMatchObject({ ready: true, state: 'READY' });
    const closed = await post(manager, n, 'resolve', { outcome: 'ACCEPT', summary: 'One site ran it for a week without problems.', version: detail.version });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ ok: true, documentNumber: expect.any(Number) });
    const listed = await (await call(list, `/api/v1/rollouts?stack=${world.stack.slug}&status=RESOLVED`, member, {})).json();
    expect(listed).toMatchObject({ total: 1, page: 1, perPage: 25 });
    expect(listed.data).toEqual([expect.objectContaining({ number: n, outcome: 'ACCEPT', teams: [team.team.name] })]);
    // The detail starts with the list's item: the same fields with the same values.
    const after = await (await call(getOne, `/api/v1/rollouts/${n}`, member, { number: String(n) })).json();
    expect(after).toMatchObject(listed.data[0]);
    expect(after.participations[0].report.url).toMatch(new RegExp(`^https?://[^/]+/api/v1/rollouts/${n}/reports/${reportId}$`));
    expect((await post(manager, n, 'teleport', {})).status).toBe(404);
  }, 60_000); // the whole workflow, ~30 requests: over the default 30 s on a loaded 2-core machine

  it('gives the rollout an ETag that changes with it, and refuses a write under a stale If-Match with 412', async () => {
    const world = await makeRolloutWorld();
    const token = await tokenOf(world.coordinator);
    const n = world.rollout.number;
    const read = async () => call(getOne, `/api/v1/rollouts/${n}`, token, { number: String(n) });
    const before = (await read()).headers.get('etag')!;
    expect(before).toMatch(/^"[\w-]{27}"$/);
    expect((await call(getOne, `/api/v1/rollouts/${n}`, token, { number: String(n) }, undefined, { 'if-none-match': before })).status).toBe(304);
    const assigned = await call(transition, `/api/v1/rollouts/${n}/assign`, token, { number: String(n), transition: 'assign' }, { managerId: world.manager.id }, { 'if-match': before });
    expect(assigned.status).toBe(200);
    const after = (await read()).headers.get('etag')!;
    expect(after).not.toBe(before);
    const stale = await call(transition, `/api/v1/rollouts/${n}/comment`, token, { number: String(n), transition: 'comment' }, { body: 'Late thought.' }, { 'if-match': before });
    expect(stale.status).toBe(412);
    expect(await db.comment.count({ where: { rolloutId: world.rollout.id } })).toBe(0);
    const current = await call(transition, `/api/v1/rollouts/${n}/comment`, token, { number: String(n), transition: 'comment' }, { body: 'Now.' }, { 'if-match': after });
    expect(current.status).toBe(200);
    const listed = await (await call(comments, `/api/v1/rollouts/${n}/comments`, token, { number: String(n) })).json();
    expect(listed).toMatchObject({ total: 1, data: [{ body: 'Now.', author: { id: world.coordinator.id, name: world.coordinator.name } }] });
  });

  it('filters the list by team and overdue', async () => {
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    const token = await tokenOf(world.coordinator);
    await post(token, world.rollout.number, 'assign', { managerId: world.manager.id });
    await post(token, world.rollout.number, 'invite', { teamIds: [team.team.id], template: 'Dear {{team}}, please test this release.' });
    const byTeam = await (await call(list, `/api/v1/rollouts?team=${team.team.name.toLowerCase()}`, token, {})).json();
    expect(byTeam.data.map((i: { number: number }) => i.number)).toEqual([world.rollout.number]);
    const lowerCase = await call(list, `/api/v1/rollouts?status=open&sort=bogus&stauts=OPEN`, token, {});
    expect(lowerCase.status).toBe(400);
    expect((await lowerCase.json()).fieldErrors).toEqual({
      status: ['status must be one of: NEW, OPEN, RESOLVED.'],
      sort: ['sort must be one of: number, title, status, stack, owner, createdAt.'],
      stauts: [expect.stringContaining('Unknown parameter stauts; this list accepts: page, perPage, sort, dir, q, status,')],
    });
    const notYet = await (await call(list, `/api/v1/rollouts?team=${team.team.name}&overdue=yes`, token, {})).json();
    expect(notYet.total).toBe(0);
    await db.participation.updateMany({ where: { teamId: team.team.id }, data: { replyDueAt: new Date(Date.now() - 60_000) } });
    const late = await (await call(list, `/api/v1/rollouts?team=${team.team.name}&overdue=yes`, token, {})).json();
    expect(late.data).toEqual([expect.objectContaining({ number: world.rollout.number, overdue: true })]);
  });
});

describe('POST /api/v1/inbound-mail', () => {
  const mail = (secret: string | null, body: string, type = 'message/rfc822') =>
    inboundMail(new NextRequest('http://localhost/api/v1/inbound-mail', { method: 'POST', headers: { 'content-type': type, ...(secret ? { 'x-inbound-mail-secret': secret } : {}) }, body }));

  it('is off (503 with the reason) without INBOUND_MAIL_SECRET, and 401 with a wrong secret', async () => {
    const off = await mail('x', 'From: a@b.c\n\naccept A-B');
    expect(off.status).toBe(503);
    expect((await off.json()).message).toContain('INBOUND_MAIL_SECRET');
    process.env.INBOUND_MAIL_SECRET = 'right';
    expect((await mail('wrong', 'From: a@b.c\n\naccept A-B')).status).toBe(401);
    expect((await mail(null, 'From: a@b.c\n\naccept A-B')).status).toBe(401);
  });

  it('records a raw e-mail acceptance from a team member, and refuses a stranger with 403', async () => {
    process.env.INBOUND_MAIL_SECRET = 'right';
    const world = await makeRolloutWorld();
    const team = await makeTeam(world);
    const token = await tokenOf(world.coordinator);
    await post(token, world.rollout.number, 'assign', { managerId: world.manager.id });
    await post(token, world.rollout.number, 'invite', { teamIds: [team.team.id], template: 'Dear {{team}}, please test this release.' });
    const stranger = await mail('right', `From: mallory@evil.example\r\nSubject: Re: [staged-rollout #${world.rollout.number}] x\r\n\r\naccept ${team.ngiSite}\r\n`);
    expect(stranger.status).toBe(403);
    const ok = await mail('right', `From: ${team.member.name} <${team.member.email}>\r\nSubject: Re: [staged-rollout #${world.rollout.number}] Invitation\r\n\r\naccept ${team.ngiSite}\r\n\r\n> reject ${team.ngiSite}\r\n`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, action: 'accept', team: team.team.name });
    const json = await mail('right', JSON.stringify({ from: team.member.email, subject: `[staged-rollout #${world.rollout.number}]`, text: `accept ${team.ngiSite}` }), 'application/json');
    expect(await json.json()).toMatchObject({ ok: true, changed: false });
  });
});
