// Issue #15 over HTTP against the production server: an embargoed security rollout, made here through the API
// (intake with "embargoed until", verification, assignment, one invited team, a comment), read by eight roles on
// every read path: pages, the JSON API, the feeds (RSS/Atom/iCal) and the CSV export. The coordinator, the admins,
// the stack's manager and the invited team see it; another stack's manager, a team of the stack's mailing list,
// a team outside it and another provider see nothing of it, and no call for volunteers reaches the list. After
// the coordinator's early lift, everyone sees it and the feeds publish it. One test, plain HTTP (no browser).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { httpSessionAs, memberOf } from './support/http-session';

test.describe.configure({ timeout: 180_000 });

const SEES = ['admin', 'coordinator', 'stackManager', 'invitedTeam'] as const;
const BLIND = ['otherManager', 'listMember', 'outsiderTeam', 'otherProvider'] as const;
type Role = (typeof SEES)[number] | (typeof BLIND)[number];

interface World {
  number: number;
  release: number;
  version: string;
  title: string;
  invitedTeam: string;
  component: { id: string; name: string };
}

/**
 * One read path: whether the rollout shows to this reader. `leakOnly` paths never show it to some who may
 * see it (a team's invitations, the overview's counts): they are only checked never to show it to the blind.
 */
interface ReadPath {
  name: string;
  leakOnly?: boolean;
  shows: (api: APIRequestContext, world: World) => Promise<boolean>;
}

async function body(api: APIRequestContext, path: string): Promise<string> {
  const response = await api.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBeLessThan(500);
  return response.text();
}
const ok = async (api: APIRequestContext, path: string) => {
  const response = await api.get(path, { maxRedirects: 0 });
  expect([200, 404], path).toContain(response.status());
  return response.status() === 200;
};
const link = (world: World) => `href="/rollouts/${world.number}"`;

const SIGNED_IN_PATHS: ReadPath[] = [
  { name: 'page /rollouts?q= (list and search)', shows: async (api, w) => (await body(api, `/rollouts?q=${w.version}`)).includes(link(w)) },
  { name: 'page /rollouts/{n}', shows: (api, w) => ok(api, `/rollouts/${w.number}`) },
  { name: 'page /releases?q=', shows: async (api, w) => (await body(api, `/releases?q=${w.version}`)).includes(`href="/releases/${w.release}"`) },
  { name: 'page /releases/{n}', shows: (api, w) => ok(api, `/releases/${w.release}`) },
  { name: 'page /teams/{invited team}', shows: async (api, w) => (await body(api, `/teams/${w.invitedTeam}`)).includes(link(w)) },
  { name: 'page / (overview)', leakOnly: true, shows: async (api, w) => (await body(api, '/')).includes(w.version) },
  { name: 'page /rollouts/invitations', leakOnly: true, shows: async (api, w) => (await body(api, '/rollouts/invitations')).includes(w.version) },
  { name: 'page /outbox (their mail)', leakOnly: true, shows: async (api, w) => (await body(api, '/outbox')).includes(w.version) },
  { name: 'page /catalog/components/{id} (versions)', shows: async (api, w) => (await body(api, `/catalog/components/${w.component.id}`)).includes(`href="/releases/${w.release}"`) },
  { name: 'api GET /components?q= (latest version)', shows: async (api, w) => (await body(api, `/api/v1/components?q=${w.component.name}`)).includes(`"latestVersion":"${w.version}"`) },
  { name: 'api GET /rollouts?q=', shows: async (api, w) => (await body(api, `/api/v1/rollouts?q=${w.version}`)).includes(`/rollouts/${w.number}"`) },
  { name: 'api GET /rollouts/{n}', shows: (api, w) => ok(api, `/api/v1/rollouts/${w.number}`) },
  { name: 'api GET /rollouts/{n}/comments', shows: (api, w) => ok(api, `/api/v1/rollouts/${w.number}/comments`) },
  { name: 'api GET /releases?q=', shows: async (api, w) => (await body(api, `/api/v1/releases?q=${w.version}`)).includes(`/releases/${w.release}"`) },
  { name: 'api GET /releases/{n}', shows: (api, w) => ok(api, `/api/v1/releases/${w.release}`) },
  { name: 'api GET /releases/{n}/history', shows: (api, w) => ok(api, `/api/v1/releases/${w.release}/history`) },
  { name: 'api GET /teams/{invited team}', shows: async (api, w) => (await body(api, `/api/v1/teams/${w.invitedTeam}`)).includes(w.version) },
  { name: 'api GET /teams/{invited team}/history', leakOnly: true, shows: async (api, w) => (await body(api, `/api/v1/teams/${w.invitedTeam}/history`)).includes(w.version) },
];

/** The public feeds: the same for every reader, so read once, signed out. */
const FEEDS: ReadPath[] = [
  { name: 'feed /feeds/rollouts.rss', shows: async (api, w) => (await body(api, '/feeds/rollouts.rss')).includes(w.title) },
  { name: 'feed /feeds/rollouts.atom', shows: async (api, w) => (await body(api, '/feeds/rollouts.atom')).includes(w.title) },
  { name: 'feed /feeds/teams/{invited team}.ics', shows: async (api, w) => (await body(api, `/feeds/teams/${w.invitedTeam}.ics`)).includes(w.version) },
  { name: 'feed /feeds/releases.rss', leakOnly: true, shows: async (api, w) => (await body(api, '/feeds/releases.rss')).includes(w.version) },
  { name: 'feed /feeds/releases/glite.atom', leakOnly: true, shows: async (api, w) => (await body(api, '/feeds/releases/glite.atom')).includes(w.version) },
];

/** The "Rollouts taken part in" count of one team in the teams CSV export (the same for every reader). */
async function csvRolloutCount(api: APIRequestContext, team: string): Promise<number> {
  const lines = (await body(api, `/teams/export?q=${team}`)).trim().split(/\r?\n/).map((line) => line.split(','));
  const column = lines[0]!.indexOf('Rollouts taken part in');
  const row = lines.find((cells) => cells[0] === team);
  expect(column, 'the CSV has the rollouts column').toBeGreaterThanOrEqual(0);
  return Number(row?.[column]);
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  expect(response.status(), `${what}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

test('an embargoed security rollout: seen by its circle only on every read path, by everyone after the lift', async ({ playwright, baseURL }) => {
  const as = (email: string) => httpSessionAs(baseURL!, email);
  const coordinator = await as('coordinator@demo.local');

  // Three gLite teams and one outside gLite (its member is on no gLite list).
  type Team = { id: string; name: string };
  const glite = (await json<{ data: Team[] }>(await coordinator.get('/api/v1/teams?stack=glite&perPage=100'), 'gLite teams')).data;
  const all = (await json<{ data: Team[] }>(await coordinator.get('/api/v1/teams?perPage=100'), 'teams')).data;
  const [invited, listTeam] = glite;
  const outsider = all.find((team) => !glite.some((g) => g.id === team.id));
  expect(invited && listTeam && outsider, 'the demo has gLite teams and others').toBeTruthy();

  // Intake, embargoed from the start; a UMD major of its own, so it supersedes no other spec's rollout.
  type Component = { id: string; name: string; platforms: { os: string; arch: string }[] };
  const components = (await json<{ data: Component[] }>(await coordinator.get('/api/v1/components?stack=glite&perPage=100'), 'components')).data;
  const component = components.find((c) => c.platforms.length > 0)!;
  const platform = component.platforms[0]!;
  const stamp = Date.now().toString(36);
  const version = `7.${stamp}-1`;
  const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const submitted = await json<{ number: number; items: { id: string; version: number }[] }>(
    await coordinator.post('/api/v1/releases', {
      data: {
        stack: 'glite',
        product: component.name,
        umdMajor: `UMD-E2E-${stamp}`,
        productVersion: version,
        type: 'EMERGENCY',
        security: true,
        embargoedUntil: until,
        releaseNotes: 'Fixes CVE-2026-0001 (not public yet).',
        packages: { [`${platform.os} ${platform.arch}`]: `${component.name.toLowerCase()}-${version}.rpm` },
        cadenceOverride: true,
        cadenceOverrideReason: 'A security fix tested under embargo by the e2e spec.',
      },
    }),
    'intake',
  );
  const item = submitted.items[0]!;
  const transition = (to: string, expectedVersion: number) =>
    coordinator.post(`/api/v1/releases/${submitted.number}/items/${item.id}/transition`, { data: { to, expectedVersion, reportUrl: 'https://verification.example.org/e2e' } });
  await json(await transition('IN_VERIFICATION', item.version), 'in verification');
  await json(await transition('STAGED_ROLLOUT', item.version + 1), 'staged rollout');
  type Release = { items: { rollout: { number: number } | null }[] };
  const number = (await json<Release>(await coordinator.get(`/api/v1/releases/${submitted.number}`), 'release')).items[0]!.rollout!.number;
  type Rollout = { version: number; title: string };
  let rollout = await json<Rollout>(await coordinator.get(`/api/v1/rollouts/${number}`), 'rollout');
  await json(await coordinator.post(`/api/v1/rollouts/${number}/assign`, { data: { manager: 'manager-glite@demo.local', version: rollout.version } }), 'assign');

  const sessions: Record<Role, APIRequestContext> = {
    admin: await as('admin@demo.local'),
    coordinator,
    stackManager: await as('manager-glite@demo.local'),
    invitedTeam: await as(memberOf(invited!.name)),
    otherManager: await as('manager-arc@demo.local'),
    listMember: await as(memberOf(listTeam!.name)),
    outsiderTeam: await as(memberOf(outsider!.name)),
    otherProvider: await as('provider@demo.local'),
  };
  expect(Object.keys(sessions).sort()).toEqual([...SEES, ...BLIND].sort());
  const manager = sessions.stackManager;
  rollout = await json<Rollout>(await manager.get(`/api/v1/rollouts/${number}`), 'rollout');
  await json(
    await manager.post(`/api/v1/rollouts/${number}/invite`, {
      data: { teamIds: [invited!.id], template: 'Please test this security fix under embargo; do not discuss it in public.', version: rollout.version },
    }),
    'invite',
  );
  await json(await manager.post(`/api/v1/rollouts/${number}/comment`, { data: { body: `Embargoed note on ${version}.` } }), 'comment');
  const world: World = { number, release: submitted.number, version, title: rollout.title, invitedTeam: invited!.name, component: { id: component.id, name: component.name } };

  // No call for volunteers goes to the stack's public list while the embargo lasts.
  rollout = await json<Rollout>(await manager.get(`/api/v1/rollouts/${number}`), 'rollout');
  const call = await manager.post(`/api/v1/rollouts/${number}/volunteer-call`, { data: { version: rollout.version } });
  expect(call.status()).toBe(409);
  expect(((await call.json()) as { message: string }).message).toContain('under embargo');

  const anonymous = await playwright.request.newContext({ baseURL });
  const csvBefore = await csvRolloutCount(sessions.listMember, invited!.name);
  expect(await csvRolloutCount(sessions.stackManager, invited!.name), 'the CSV is the same for every reader').toBe(csvBefore);

  async function mismatches(lifted: boolean): Promise<string[]> {
    const wrong: string[] = [];
    for (const [role, api] of Object.entries(sessions) as [Role, APIRequestContext][]) {
      const mayShow = lifted || (SEES as readonly string[]).includes(role);
      // One reader's paths at once (the server answers them in parallel); readers one after another.
      const shown = await Promise.all(SIGNED_IN_PATHS.map((path) => path.shows(api, world)));
      SIGNED_IN_PATHS.forEach((path, i) => {
        if (path.leakOnly ? shown[i] && !mayShow : shown[i] !== mayShow) wrong.push(`${lifted ? 'after' : 'during'}: ${role} ${shown[i] ? 'sees' : 'does not see'} it on ${path.name}`);
      });
    }
    for (const path of FEEDS) {
      const shown = await path.shows(anonymous, world);
      if (path.leakOnly ? shown && !lifted : shown !== lifted) wrong.push(`${lifted ? 'after' : 'during'}: anonymous ${shown ? 'sees' : 'does not see'} it on ${path.name}`);
    }
    return wrong;
  }

  expect(await mismatches(false)).toEqual([]);

  // The coordinator lifts the embargo early, with a reason: audited, and everything appears.
  const lift = await coordinator.post(`/api/v1/releases/${submitted.number}/embargo/lift`, { data: { reason: 'The advisory was published today by the provider.' } });
  expect(lift.status(), await lift.text()).toBeLessThan(300);
  expect(await mismatches(true)).toEqual([]);
  expect(await csvRolloutCount(sessions.outsiderTeam, invited!.name)).toBe(csvBefore + 1);
  const history = await body(coordinator, `/api/v1/releases/${submitted.number}/history`);
  expect(history).toContain('release.embargoLift');
  expect(history).toContain('The advisory was published today by the provider.');

  for (const api of [...Object.values(sessions), anonymous]) await api.dispose();
});
