// Cross-role security spec of an embargoed security rollout: for every role, every read path (the data
// layer the pages use, the status of their full page loads, the JSON API, the feeds, the CSV exports, the
// metrics, the coverage signals and the subscription mail) either shows the rollout (admins, coordinators, the stack's managers, the invited team)
// or shows nothing of it (everyone else), and after the lift everybody sees it.
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMINS_GROUP, stackListGroup } from '@/lib/auth/group-names';
import type { CurrentUser } from '@/lib/auth/principal';
import { getGapSignals } from '@/lib/coverage/get-gap-signals';
import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/embargo/visibility';
import { liftEmbargo, setEmbargo } from '@/lib/embargo/set-embargo';
import { recordLapsedEmbargoes } from '@/lib/embargo/record-lapsed-embargoes';
import { loadMetricRows } from '@/lib/metrics/load-metric-rows';
import { dateRangePeriod } from '@/lib/metrics/project-quarters';
import { getOverview } from '@/lib/overview/get-overview';
import { applyRolloutOutcome } from '@/lib/releases/apply-rollout-outcome';
import { getReleaseByNumber, listReleases } from '@/lib/releases/queries';
import { releaseTableParams } from '@/lib/releases/table-params';
import { callVolunteers } from '@/lib/rollout/call-volunteers';
import { addComment } from '@/lib/rollout/add-comment';
import { getRolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { rolloutTableParams } from '@/lib/rollout/list-params';
import { listRollouts } from '@/lib/rollout/list-rollouts';
import { recordTeamReply } from '@/lib/rollout/record-team-reply';
import { makeRolloutWorld, makeTeam, makeUserIn, openAndInvite, type RolloutWorld, type TestTeam } from '@/lib/rollout/test-fixtures';
import { getTeamByName } from '@/lib/teams/get-team';
import { getComponent } from '@/lib/catalog/get-catalog';
import { findStaleBetaFlags } from '@/lib/gocdb/stale-beta';
import { gatedPage } from '@/lib/page-gate/gated-pages';
import { pageVerdict } from '@/lib/page-gate/page-verdict';
import { GET as apiRelease } from '@/app/api/v1/releases/[number]/route';
import { GET as apiReleases } from '@/app/api/v1/releases/route';
import { POST as apiLift } from '@/app/api/v1/releases/[number]/embargo/lift/route';
import { GET as apiRollout } from '@/app/api/v1/rollouts/[number]/route';
import { GET as apiRollouts } from '@/app/api/v1/rollouts/route';
import { GET as apiSummary } from '@/app/api/v1/rollouts/[number]/summary/route';
import { GET as apiComments } from '@/app/api/v1/rollouts/[number]/comments/route';
import { GET as apiReleaseHistory } from '@/app/api/v1/releases/[number]/history/route';
import { GET as apiTeam } from '@/app/api/v1/teams/[name]/route';
import { GET as apiComponents } from '@/app/api/v1/components/route';
import { GET as releasesRss } from '@/app/feeds/releases.rss/route';
import { GET as rolloutsRss } from '@/app/feeds/rollouts.rss/route';
import { GET as teamIcs } from '@/app/feeds/teams/[file]/route';
import { GET as teamsCsv } from '@/app/(app)/teams/export/route';
import { callRoute, tokenOf } from './call-route';

const DAY = 86_400_000;
let world: RolloutWorld;
let invited: TestTeam;
let outsider: TestTeam;
let roles: Record<string, CurrentUser>;
let tokens: Record<string, string>;

const SEES = ['admin', 'coordinator', 'stackManager', 'invitedTeam'] as const;
const BLIND = ['otherManager', 'outsiderTeam', 'listMember', 'otherProvider'] as const;
const ALL = [...SEES, ...BLIND] as const;
type RoleName = (typeof ALL)[number];

async function textOf(response: Response): Promise<string> {
  expect(response.status).toBeLessThan(500);
  return response.text();
}

/** Every read path; each answers whether the rollout (by its unique title) or its release showed to this reader. */
const READ_PATHS: Record<string, (viewer: Viewer, token: string) => Promise<boolean>> = {
  'data: rollouts list and search': async (viewer) => (await listRollouts(rolloutTableParams.parse({ q: world.tag }), viewer)).rows.some((r) => r.title === world.rollout.title),
  'data: rollout detail': async (viewer) => (await getRolloutDetail(world.rollout.number, viewer)) !== null,
  'data: releases list': async (viewer) => (await listReleases(releaseTableParams.parse({ q: world.component.name }), viewer)).rows.length > 0,
  'data: release detail': async (viewer) => (await getReleaseByNumber(world.release.number, viewer)) !== null,
  'data: team page rollouts': async (viewer) => (await getTeamByName(invited.team.name, viewer))!.participations.length > 0,
  'data: component page versions': async (viewer) => (await getComponent(world.component.id, viewer))!.releases.some((release) => release.number === world.release.number),
  'api: GET /components (versions, latest version)': async (_, token) =>
    JSON.parse(await textOf(await callRoute(apiComponents, `/api/v1/components?q=${world.component.name}`, { token }))).data[0].versions > 0,
  // The status a full page load gets (proxy.ts): 404 for an outsider, as for a rollout that does not exist.
  'page status: /rollouts/{n}': async (viewer) => (await pageVerdict(viewer as CurrentUser, gatedPage(`/rollouts/${world.rollout.number}`)!)) === 'ok',
  'page status: /releases/{n}': async (viewer) => (await pageVerdict(viewer as CurrentUser, gatedPage(`/releases/${world.release.number}`)!)) === 'ok',
  'api: GET /rollouts?q=': async (_, token) => (await textOf(await callRoute(apiRollouts, `/api/v1/rollouts?q=${world.tag}`, { token }))).includes(world.rollout.title),
  'api: GET /rollouts/{n}': async (_, token) => (await callRoute(apiRollout, `/api/v1/rollouts/${world.rollout.number}`, { token, params: { number: String(world.rollout.number) } })).status === 200,
  'api: GET /rollouts/{n}/summary': async (_, token) =>
    (await callRoute(apiSummary, `/api/v1/rollouts/${world.rollout.number}/summary`, { token, params: { number: String(world.rollout.number) } })).status === 200,
  'api: GET /releases?q=': async (_, token) => JSON.parse(await textOf(await callRoute(apiReleases, `/api/v1/releases?q=${world.component.name}`, { token }))).total > 0,
  'api: GET /releases/{n}': async (_, token) =>
    (await callRoute(apiRelease, `/api/v1/releases/${world.release.number}`, { token, params: { number: String(world.release.number) } })).status === 200,
  'api: GET /rollouts/{n}/comments': async (_, token) =>
    (await callRoute(apiComments, `/api/v1/rollouts/${world.rollout.number}/comments`, { token, params: { number: String(world.rollout.number) } })).status === 200,
  'api: GET /releases/{n}/history': async (_, token) =>
    (await callRoute(apiReleaseHistory, `/api/v1/releases/${world.release.number}/history`, { token, params: { number: String(world.release.number) } })).status === 200,
  'api: GET /teams/{name}': async (_, token) =>
    (await textOf(await callRoute(apiTeam, `/api/v1/teams/${invited.team.name}`, { token, params: { name: invited.team.name } }))).includes(world.rollout.title),
};

/** One case per role and read path: `visible` is what that role must get. */
function eachRoleAndPath(roleNames: readonly RoleName[], visible: boolean) {
  for (const role of roleNames) {
    describe(role, () => {
      for (const [path, read] of Object.entries(READ_PATHS)) {
        it(`${visible ? 'sees' : 'does not see'} it: ${path}`, async () => {
          expect(await read(roles[role]!, tokens[role]!)).toBe(visible);
        });
      }
    });
  }
}

beforeAll(async () => {
  world = await makeRolloutWorld({ security: true });
  invited = await makeTeam(world);
  outsider = await makeTeam(world, { commit: 'none' });
  await openAndInvite(world, [invited]);
  await recordTeamReply(invited.member, world.rollout.number, { teamId: invited.team.id, answer: 'accept' });
  await db.document.create({ data: { rolloutId: world.rollout.id, description: `Staged rollout ${world.tag}`, summaryFileName: `summary-${world.tag}.txt`, summary: 'Fine.' } });
  roles = {
    admin: await makeUserIn([{ name: ADMINS_GROUP, kind: 'ADMINS' }]),
    coordinator: world.coordinator,
    stackManager: world.manager,
    invitedTeam: invited.member,
    otherManager: world.otherManager,
    outsiderTeam: outsider.member,
    listMember: await makeUserIn([{ name: stackListGroup(world.stack.slug), kind: 'STACK_LIST' }]),
    otherProvider: await makeUserIn([{ name: 'technology-providers', kind: 'PROVIDERS' }]),
  };
  tokens = Object.fromEntries(await Promise.all(Object.entries(roles).map(async ([name, user]) => [name, await tokenOf(user)] as const)));
  // The release's submitter (a provider) embargoes it for a week.
  await setEmbargo(world.submitter, world.release.number, { until: new Date(Date.now() + 7 * DAY) });
});

describe('while the release is under embargo', () => {
  eachRoleAndPath(SEES, true);
  eachRoleAndPath(BLIND, false);

  it('an outsider cannot act on it either: the rollout is "not found", not "forbidden"', async () => {
    await expect(addComment(outsider.member, world.rollout.number, { body: 'Anything here?' })).rejects.toMatchObject({ status: 404 });
  });

  it('keeps it out of the overview counts, the public feeds, the team calendar, the teams CSV, coverage and metrics', async () => {
    const seen = await getOverview(world.coordinator);
    const blind = await getOverview(outsider.member);
    expect(seen.rolloutsInProgress - blind.rolloutsInProgress).toBeGreaterThanOrEqual(1);
    expect(await (await rolloutsRss()).text()).not.toContain(world.rollout.title);
    const ics = await teamIcs(new Request('http://localhost/'), { params: Promise.resolve({ file: `${invited.team.name}.ics` }) });
    expect(await ics.text()).not.toContain(world.rollout.title);
    const csv = await textOf(await callRoute(teamsCsv, `/teams/export?q=${invited.team.name}`, { token: tokens.coordinator }));
    expect(csv.split('\n').find((line) => line.includes(invited.team.name))).toMatch(/,0(,|$)/);
    expect((await getGapSignals()).get(world.component.id)?.rollouts ?? []).toEqual([]);
    const period = dateRangePeriod(new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    expect((await loadMetricRows(period)).participations.some((p) => p.stackSlug === world.stack.slug)).toBe(false);
  });

  it('names a resolved embargoed rollout in the overview\'s stale beta flags only to its circle (the worker still sees it)', async () => {
    const other = await makeRolloutWorld({ security: true });
    const team = await makeTeam(other);
    await openAndInvite(other, [team]);
    await recordTeamReply(team.member, other.rollout.number, { teamId: team.team.id, answer: 'accept' });
    await db.component.update({ where: { id: other.component.id }, data: { gocdbServiceType: `E2E-${other.tag}` } });
    await db.rollout.update({ where: { id: other.rollout.id }, data: { status: 'RESOLVED', resolvedAt: new Date() } });
    await db.gocdbServiceEndpoint.create({
      data: { gocdbKey: `k-${other.tag}`, siteId: team.team.siteId, hostname: `ce.${other.tag}.example.org`, serviceType: `E2E-${other.tag}`, beta: true, inProduction: true, monitored: true, readAt: new Date() },
    });
    await setEmbargo(other.submitter, other.release.number, { until: new Date(Date.now() + 7 * DAY) });
    const names = async (reader?: { viewer: Viewer }) => (await findStaleBetaFlags(undefined, reader)).some((flag) => flag.rollout.id === other.rollout.id);
    expect(await names()).toBe(true);
    expect(await names({ viewer: other.manager })).toBe(true);
    expect(await names({ viewer: other.otherManager })).toBe(false);
  });

  it('sends no call for volunteers to the public list', async () => {
    await expect(callVolunteers(world.manager, world.rollout.number, { note: '' })).rejects.toThrow(/embargo/);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'rollout.volunteers' } })).toBe(0);
  });

  it('the lift is refused to anyone but the coordinator, and needs a reason', async () => {
    const n = String(world.release.number);
    const asManager = await callRoute(apiLift, `/api/v1/releases/${n}/embargo/lift`, { token: tokens.stackManager, params: { number: n }, body: { reason: 'The advisory is out now.' } });
    expect(asManager.status).toBe(403);
    const noReason = await callRoute(apiLift, `/api/v1/releases/${n}/embargo/lift`, { token: tokens.coordinator, params: { number: n }, body: { reason: '' } });
    expect(noReason.status).toBe(400);
    expect((await db.release.findUniqueOrThrow({ where: { id: world.release.id } })).embargoLiftedAt).toBeNull();
  });
});

describe('after the coordinator lifts the embargo early', () => {
  beforeAll(async () => {
    await liftEmbargo(world.coordinator, world.release.number, { reason: 'The advisory was published today.' });
  });

  eachRoleAndPath(ALL, true);

  it('the feeds, the teams CSV and the audit show it', async () => {
    expect(await (await rolloutsRss()).text()).toContain(world.rollout.title);
    await db.release.update({ where: { id: world.release.id }, data: { productionAt: new Date() } });
    expect(await (await releasesRss()).text()).toContain(world.component.name);
    const csv = await textOf(await callRoute(teamsCsv, `/teams/export?q=${invited.team.name}`, { token: tokens.coordinator }));
    expect(csv.split('\n').find((line) => line.includes(invited.team.name))).toMatch(/,1(,|$)/);
    const lift = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.release.id, action: 'release.embargoLift' } });
    expect(lift.after).toMatchObject({ reason: 'The advisory was published today.', early: true });
  });
});

describe('an embargo whose date passes', () => {
  it('becomes visible by the clock, and the worker records the lift once', async () => {
    const other = await makeRolloutWorld({ security: true });
    const until = new Date(Date.now() + DAY);
    await setEmbargo(other.coordinator, other.release.number, { until });
    const stranger = await makeUserIn([{ name: 'technology-providers', kind: 'PROVIDERS' }]);
    expect(await getReleaseByNumber(other.release.number, stranger)).toBeNull();
    await db.release.update({ where: { id: other.release.id }, data: { embargoedUntil: new Date(Date.now() - 1000) } });
    expect(await getReleaseByNumber(other.release.number, stranger)).not.toBeNull();
    await recordLapsedEmbargoes();
    await recordLapsedEmbargoes();
    expect(await db.auditEvent.count({ where: { entityId: other.release.id, action: 'release.embargoLift' } })).toBe(1);
  });

  it('holds the production announcement to the public lists until the embargo ends; an early lift sends it at once', async () => {
    const sec = await makeRolloutWorld({ security: true });
    const until = new Date(Date.now() + 3 * DAY);
    await setEmbargo(sec.coordinator, sec.release.number, { until });
    await db.$transaction((tx) => applyRolloutOutcome(tx, { releaseItemId: sec.item.id, outcome: 'ACCEPT', actor: { id: null, label: 'test' } }));
    const held = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.production:${sec.item.id}` } });
    expect(held.nextAttemptAt.getTime()).toBe(until.getTime());
    await liftEmbargo(sec.coordinator, sec.release.number, { reason: 'Advisory EGI-SVG-2026-01 published.' });
    const released = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `release.production:${sec.item.id}` } });
    expect(released.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('only a security release can be embargoed, and only in the future', async () => {
    const plain = await makeRolloutWorld();
    await expect(setEmbargo(plain.coordinator, plain.release.number, { until: new Date(Date.now() + DAY) })).rejects.toThrow(/security/);
    const sec = await makeRolloutWorld({ security: true });
    await expect(setEmbargo(sec.coordinator, sec.release.number, { until: new Date(Date.now() - DAY) })).rejects.toMatchObject({ status: 400 });
    const stranger = await makeUserIn([{ name: 'technology-providers', kind: 'PROVIDERS' }]);
    await expect(setEmbargo(stranger, sec.release.number, { until: new Date(Date.now() + DAY) })).rejects.toMatchObject({ status: 403 });
  });
});

describe('the embargo form and API input', () => {
  it('reads a datetime-local value as UTC and refuses what is not a date, next to the field', async () => {
    const { ZSetEmbargo } = await import('@/lib/embargo/schemas');
    expect(ZSetEmbargo.parse({ until: '2031-05-01T12:30' }).until.toISOString()).toBe('2031-05-01T12:30:00.000Z');
    expect(ZSetEmbargo.parse({ until: '2031-05-01T12:30:00+02:00' }).until.toISOString()).toBe('2031-05-01T10:30:00.000Z');
    const refused = ZSetEmbargo.safeParse({ until: 'next week' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['until'], message: 'Enter the date and time the embargo ends.' });
  });
});
